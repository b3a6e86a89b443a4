#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

// Asks for the API password when no keychain holds it. Shown with open(),
// never exec(): polls and timers keep running while it waits.
class PasswordPrompt final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordPrompt)

public:
    PasswordPrompt(const QString &apiUser, const QString &server, const QString &why, QWidget *parent = nullptr);
    QString password() const;

Q_SIGNALS:
    void passwordEntered(const QString &password);

private:
    QLineEdit *m_password = nullptr;
    QLabel *m_warning = nullptr;
};
