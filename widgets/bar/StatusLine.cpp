#include "bar/StatusLine.h"

#include "window/IconProvider.h"
#include "state/CommandText.h"

#include <QBoxLayout>
#include <QLabel>

StatusLine::StatusLine(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statusLine"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(10);

    auto makeLabel = [this, layout](const char *name, const QString &accessible) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setAccessibleName(accessible);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
        return label;
    };
    m_agent = makeLabel("agentLabel", tr("Agent"));
    m_state = makeLabel("stateLabel", tr("Agent state"));
    m_timer = makeLabel("parkTimerLabel", tr("Park timer"));
    m_timer->setVisible(false);
    layout->addStretch(1);
    m_certificateWarning = makeLabel("certificateWarning", tr("Certificate warning"));
    m_certificateWarning->setText(tr("Certificate warning"));
    m_certificateWarning->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
    m_certificateWarning->setVisible(false);
    m_connectionIcon = new QLabel(this);
    m_connectionIcon->setObjectName(QStringLiteral("connectionIcon"));
    layout->addWidget(m_connectionIcon);
    m_connection = makeLabel("connectionLabel", tr("Connection"));
}

void StatusLine::setOrientation(Qt::Orientation orientation)
{
    auto *layout = static_cast<QBoxLayout *>(this->layout());
    layout->setDirection(orientation == Qt::Horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    for (QLabel *label : {m_agent, m_state, m_timer, m_connection})
        label->setWordWrap(orientation == Qt::Vertical);
}

void StatusLine::setCertificateWarning(const QString &warning)
{
    m_certificateWarning->setToolTip(warning);
    m_certificateWarning->setAccessibleDescription(warning);
    m_certificateWarning->setVisible(!warning.isEmpty());
}

QString StatusLine::statusText(const AgentSnapshot &snapshot, const LedgerFacts &ledger)
{
    const QString &status = snapshot.status;
    QString text;
    if (status == QLatin1String("INCALL"))
        text = tr("In call");
    else if (status == QLatin1String("READY"))
        text = tr("Ready");
    else if (status == QLatin1String("QUEUE"))
        text = tr("Call arriving");
    else if (status == QLatin1String("PAUSED"))
        text = snapshot.pauseCode.isEmpty() ? tr("Paused") : tr("Paused (%1)").arg(snapshot.pauseCode);
    else if (status == QLatin1String("CLOSER"))
        text = tr("Waiting for inbound calls");
    else
        text = status;

    const QString &sub = snapshot.subStatus;
    QString detail;
    if (sub == QLatin1String("PARK"))
        detail = ledger.customerInIvr ? tr("customer in park IVR") : tr("customer parked");
    else if (sub == QLatin1String("DEAD"))
        detail = tr("customer hung up");
    else if (sub == QLatin1String("DISPO"))
        detail = tr("writing disposition");
    else if (sub == QLatin1String("3-WAY"))
        detail = tr("3-way call");
    else if (sub == QLatin1String("RING"))
        detail = tr("ringing");
    else if (sub == QLatin1String("PREVIEW"))
        detail = tr("previewing lead");
    else if (sub == QLatin1String("DIAL"))
        detail = tr("dialling");
    else if (!sub.isEmpty())
        detail = sub;
    if (ledger.thirdPartyParked)
        detail = detail.isEmpty() ? tr("third party parked") : tr("%1, third party parked").arg(detail);
    if (!snapshot.hasLead() && status != QLatin1String("INCALL"))
        detail = detail.isEmpty() ? tr("no lead") : detail;
    return detail.isEmpty() ? text : tr("%1, %2").arg(text, detail);
}

void StatusLine::showSession(const AgentSession &session, qint64 nowMonotonicMs)
{
    const std::optional<AgentSnapshot> snapshot = session.snapshot();
    if (snapshot && snapshot->status.isEmpty() == false) {
        QString who = snapshot->fullName.isEmpty() ? session.agent() : tr("%1 (%2)").arg(snapshot->fullName, session.agent());
        if (!snapshot->campaign.isEmpty())
            who = tr("%1 · %2").arg(who, snapshot->campaign);
        m_agent->setText(who);
        const FeedState feed = session.feed();
        const bool old = feed == FeedState::Offline || feed == FeedState::Stale || feed == FeedState::AuthStopped;
        // An old state must not pass for the present one.
        m_state->setText(old ? tr("Last known: %1").arg(statusText(*snapshot, session.ledgerFacts()))
                             : statusText(*snapshot, session.ledgerFacts()));
        m_state->setEnabled(!old);
    } else {
        m_agent->setText(tr("Agent %1").arg(session.agent()));
        m_state->setText(session.feed() == FeedState::Live ? tr("Not logged in") : QString());
    }

    const std::optional<qint64> parked = session.parkedForMs();
    m_timer->setVisible(parked.has_value());
    if (parked) {
        const ParkAlert alert = session.parkAlert();
        m_timer->setText(tr("Parked %1").arg(CommandText::duration(*parked)));
        m_timer->setProperty("alert", alert == ParkAlert::Critical ? QStringLiteral("critical")
                                      : alert == ParkAlert::Warning ? QStringLiteral("warning")
                                                                    : QString());
        if (alert == ParkAlert::Critical)
            m_timer->setStyleSheet(QStringLiteral("QLabel { background: #C5221F; color: white; font-weight: bold; padding: 1px 6px; border-radius: 3px; }"));
        else if (alert == ParkAlert::Warning)
            m_timer->setStyleSheet(QStringLiteral("QLabel { background: #F9AB00; color: black; font-weight: bold; padding: 1px 6px; border-radius: 3px; }"));
        else
            m_timer->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
        m_timer->setAccessibleDescription(m_timer->text());
    }

    const ConnectionState connection = session.connection();
    m_connection->setText(CommandText::connection(connection, nowMonotonicMs));
    m_connection->setToolTip(connection.detail);
    QString icon = QStringLiteral("connected");
    if (connection.kind == ConnectionState::Kind::Offline || connection.kind == ConnectionState::Kind::Connecting)
        icon = QStringLiteral("offline");
    else if (connection.kind == ConnectionState::Kind::SignedOut)
        icon = QStringLiteral("signed-out");
    else if (connection.kind == ConnectionState::Kind::Slow)
        icon = QStringLiteral("warning");
    if (icon != m_lastConnectionIcon) {
        m_lastConnectionIcon = icon;
        m_connectionIcon->setPixmap(IconProvider::icon(icon, palette()).pixmap(16, 16));
    }
}
