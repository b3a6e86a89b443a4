#pragma once

#include <QDialog>

class QLineEdit;

// Asks for a proxy's user name and password after it answered 407. Shown
// with open(), never exec(): nothing waits on it.
class ProxyPrompt final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyPrompt)

public:
    ProxyPrompt(const QString &proxy, const QString &why, const QString &user, QWidget *parent = nullptr);

Q_SIGNALS:
    void credentialsEntered(const QString &user, const QString &password);

private:
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
};
