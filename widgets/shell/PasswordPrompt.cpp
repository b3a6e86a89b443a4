#include "shell/PasswordPrompt.h"

#include "vicidial/Redactor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordPrompt::PasswordPrompt(const QString &apiUser, const QString &server, const QString &why, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(tr("ParkBar: API password"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Enter the password of API user <b>%1</b> on <b>%2</b>.").arg(apiUser.toHtmlEscaped(), server.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!why.isEmpty()) {
        auto *reason = new QLabel(why, this);
        reason->setObjectName(QStringLiteral("passwordPromptReason"));
        reason->setWordWrap(true);
        reason->setEnabled(false);
        layout->addWidget(reason);
    }

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("API password"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #B06000; }"));
    m_warning->hide();
    layout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Sign in"));
    ok->setEnabled(false);
    layout->addWidget(buttons);

    connect(m_password, &QLineEdit::textChanged, this, [this, ok](const QString &text) {
        ok->setEnabled(!text.isEmpty());
        const bool altered = Redactor::nonAgentApiAltersPassword(text);
        m_warning->setText(altered ? tr("This password has characters other than letters, digits, - and _. VICIdial's "
                                        "non-agent API removes them, so reading the agent's state would always fail.")
                                   : QString());
        m_warning->setVisible(altered);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT passwordEntered(m_password->text());
        m_password->clear();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}
