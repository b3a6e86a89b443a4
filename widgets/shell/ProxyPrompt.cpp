#include "shell/ProxyPrompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProxyPrompt::ProxyPrompt(const QString &proxy, const QString &why, const QString &user, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("proxyPrompt"));
    setWindowTitle(tr("ParkBar: proxy sign-in"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The proxy <b>%1</b> asks for a user name and password before it lets ParkBar reach the "
                                "server. They are kept in the keychain, never in a file.")
                                 .arg(proxy.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!why.isEmpty()) {
        auto *reason = new QLabel(why, this);
        reason->setObjectName(QStringLiteral("proxyPromptReason"));
        reason->setWordWrap(true);
        reason->setEnabled(false);
        layout->addWidget(reason);
    }
    auto *form = new QFormLayout;
    m_user = new QLineEdit(user, this);
    m_user->setObjectName(QStringLiteral("proxyUserField"));
    m_user->setAccessibleName(tr("Proxy user name"));
    form->addRow(tr("&User name:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("proxyPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Proxy password"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Sign in"));
    ok->setEnabled(false);
    layout->addWidget(buttons);
    auto complete = [this, ok] { ok->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty()); };
    connect(m_user, &QLineEdit::textChanged, this, complete);
    connect(m_password, &QLineEdit::textChanged, this, complete);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT credentialsEntered(m_user->text().trimmed(), m_password->text());
        m_password->clear();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}
