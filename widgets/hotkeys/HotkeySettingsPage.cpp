#include "hotkeys/HotkeySettingsPage.h"

#include "hotkeys/GlobalHotkeyManager.h"
#include "hotkeys/HotkeyRecorder.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kIconSize = 16;

bool isProblem(HotkeyStatus status)
{
    return status == HotkeyStatus::TakenByOtherProgram || status == HotkeyStatus::ConflictsWithOwn
        || status == HotkeyStatus::Invalid || status == HotkeyStatus::RefusedByDesktop;
}

} // namespace

HotkeySettingsPage::HotkeySettingsPage(GlobalHotkeyManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager)
{
    setObjectName(QStringLiteral("hotkeySettingsPage"));
    setAccessibleName(tr("System-wide hotkeys"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("System-wide hotkeys"), this);
    title->setObjectName(QStringLiteral("hotkeyTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("hotkeyIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("hotkeyBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerIcon = new QLabel(m_banner);
    m_bannerIcon->setObjectName(QStringLiteral("hotkeyBannerIcon"));
    m_bannerIcon->setAlignment(Qt::AlignTop);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("hotkeyBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    layout->addWidget(m_banner);

    buildRows();
    layout->addStretch(1);

    // Availability and the desktop's answers (Wayland) arrive later.
    connect(m_manager, &GlobalHotkeyManager::statesChanged, this, &HotkeySettingsPage::refresh);
    setBindings(m_manager->bindings());
}

HotkeySettingsPage::~HotkeySettingsPage()
{
    if (m_manager)
        m_manager->setSuspended(false);
}

void HotkeySettingsPage::buildRows()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(4, 1);

    const auto addHeader = [this, grid](const QString &text, const QString &name, int column, int span) {
        auto *header = new QLabel(text, this);
        header->setObjectName(name);
        header->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(header, 0, column, 1, span);
    };
    addHeader(tr("Action"), QStringLiteral("hotkeyHeaderAction"), 0, 1);
    addHeader(tr("Key combination"), QStringLiteral("hotkeyHeaderKeys"), 1, 2);
    addHeader(tr("Status"), QStringLiteral("hotkeyHeaderStatus"), 3, 2);

    int line = 1;
    for (HotkeyTarget target : kAllHotkeyTargets) {
        const QString id = hotkeyTargetId(target);
        const QString name = hotkeyTargetDisplayName(target);
        Row row;
        row.label = new QLabel(name, this);
        row.label->setObjectName(QStringLiteral("hotkeyLabel_%1").arg(id));

        row.recorder = new HotkeyRecorder(this);
        row.recorder->setObjectName(QStringLiteral("hotkeyRecorder_%1").arg(id));
        row.recorder->setAccessibleName(tr("Hotkey for %1").arg(name));
        row.recorder->setMinimumWidth(170);
        row.label->setBuddy(row.recorder);
        connect(row.recorder, &HotkeyRecorder::recorded, this,
                [this, target](const QKeySequence &sequence) { onRecorded(target, sequence); });

        row.clear = new QToolButton(this);
        row.clear->setObjectName(QStringLiteral("hotkeyClear_%1").arg(id));
        row.clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        row.clear->setAutoRaise(true);
        row.clear->setToolTip(tr("Clear"));
        row.clear->setAccessibleName(tr("Clear the hotkey for %1").arg(name));
        QSizePolicy keepPlace = row.clear->sizePolicy();
        keepPlace.setRetainSizeWhenHidden(true);
        row.clear->setSizePolicy(keepPlace);
        connect(row.clear, &QToolButton::clicked, this, [this, target] { onRecorded(target, QKeySequence()); });

        row.statusIcon = new QLabel(this);
        row.statusIcon->setObjectName(QStringLiteral("hotkeyStatusIcon_%1").arg(id));
        row.statusIcon->setFixedSize(kIconSize, kIconSize);
        row.statusText = new QLabel(this);
        row.statusText->setObjectName(QStringLiteral("hotkeyStatus_%1").arg(id));
        row.statusText->setAccessibleName(tr("Status of the hotkey for %1").arg(name));
        row.statusText->setWordWrap(true);
        row.statusText->setMinimumWidth(260);

        grid->addWidget(row.label, line, 0);
        grid->addWidget(row.recorder, line, 1);
        grid->addWidget(row.clear, line, 2);
        grid->addWidget(row.statusIcon, line, 3, Qt::AlignVCenter);
        grid->addWidget(row.statusText, line, 4);
        m_rows.insert(target, row);
        ++line;
    }
    static_cast<QVBoxLayout *>(layout())->addLayout(grid);
}

void HotkeySettingsPage::setBindings(const HotkeyBindings &bindings)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        it->sequence = bindings.value(it.key());
        it->refusal = {};
        it->recorder->setSequence(it->sequence);
    }
    reprobeAll();
}

HotkeyBindings HotkeySettingsPage::bindings() const
{
    HotkeyBindings bindings;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!it->sequence.isEmpty())
            bindings.insert(it.key(), it->sequence);
    }
    return bindings;
}

void HotkeySettingsPage::onRecorded(HotkeyTarget target, const QKeySequence &sequence)
{
    Row &row = m_rows[target];
    row.refusal = {};
    HotkeyStatus probed = m_manager->probe(sequence);
    // Refused at once: the person is still at the keyboard to try another.
    if (probed == HotkeyStatus::TakenByOtherProgram || probed == HotkeyStatus::Invalid) {
        row.refusal.status = probed;
        row.refusal.sequence = sequence;
        row.recorder->setSequence(row.sequence);
        refresh();
        return;
    }
    const bool changed = row.sequence != sequence;
    row.sequence = sequence;
    row.probed = probed;
    row.recorder->setSequence(sequence);
    refresh();
    if (changed)
        Q_EMIT bindingsChanged();
}

// The world may have changed since the rows were filled: another program may
// have taken or released a combination.
void HotkeySettingsPage::reprobeAll()
{
    for (Row &row : m_rows)
        row.probed = m_manager->probe(row.sequence);
    refresh();
}

HotkeyState HotkeySettingsPage::rowState(HotkeyTarget target) const
{
    const Row &row = m_rows[target];
    if (row.refusal.status != HotkeyStatus::Off)
        return row.refusal;
    HotkeyState state;
    state.sequence = row.sequence;
    const QMap<HotkeyTarget, HotkeyTarget> conflicts = hotkeyConflicts(bindings());
    if (conflicts.contains(target)) {
        state.status = HotkeyStatus::ConflictsWithOwn;
        state.conflictsWith = conflicts.value(target);
    } else if (m_manager->desktopDecidesKeys() && m_manager->bindings().value(target) == row.sequence
               && m_manager->state(target).status != HotkeyStatus::Off) {
        return m_manager->state(target); // what the desktop made of it
    } else {
        state.status = row.probed;
    }
    return state;
}

QString HotkeySettingsPage::rowStatusText(HotkeyTarget target) const
{
    const HotkeyState state = rowState(target);
    switch (state.status) {
    case HotkeyStatus::Off: return tr("Not set");
    case HotkeyStatus::Active:
        if (!state.desktopTrigger.isEmpty())
            return hotkeyStatusText(state);
        return m_manager->desktopDecidesKeys() ? tr("Your desktop will confirm this key") : tr("Free: works in every window");
    case HotkeyStatus::Unavailable: return tr("Saved; not active on this desktop");
    case HotkeyStatus::WaitingForDesktop: return tr("Your desktop will confirm this key");
    default: return hotkeyStatusText(state);
    }
}

void HotkeySettingsPage::refresh()
{
    for (HotkeyTarget target : kAllHotkeyTargets)
        showRow(target);
    refreshBanner();
}

void HotkeySettingsPage::showRow(HotkeyTarget target)
{
    Row &row = m_rows[target];
    const HotkeyState state = rowState(target);
    row.statusText->setText(rowStatusText(target));
    row.clear->setVisible(!row.sequence.isEmpty());
    QIcon icon;
    if (isProblem(state.status))
        icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    else if (state.status == HotkeyStatus::Active)
        icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    row.statusIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(kIconSize, kIconSize));
    row.statusText->setForegroundRole(state.status == HotkeyStatus::Off ? QPalette::PlaceholderText
                                                                         : QPalette::WindowText);
}

void HotkeySettingsPage::refreshBanner()
{
    const bool available = m_manager->isAvailable();
    QString intro = tr("These keys work while any window has focus, including the VICIdial screen. "
                       "A hotkey does exactly what its button on the bar does, and nothing while that button is off.");
    if (available)
        intro += u' ' + tr("They are paused while this page is open.");
    if (m_manager->desktopDecidesKeys())
        intro += u' ' + tr("Your desktop decides the final keys and may ask you to confirm them.");
    m_intro->setText(intro);

    m_banner->setVisible(!available);
    if (!available) {
        m_bannerText->setText(m_manager->unavailableReason());
        m_bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(kIconSize * 2, kIconSize * 2));
    }
}

void HotkeySettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_manager->setSuspended(true);
    reprobeAll();
}

void HotkeySettingsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_manager)
        m_manager->setSuspended(false);
}

void HotkeySettingsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        refresh();
}
