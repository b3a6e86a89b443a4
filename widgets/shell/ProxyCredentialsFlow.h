#pragma once

#include "vicidial/ProxyCredentials.h"
#include "vicidial/ServerConfig.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CredentialStore;
class QWidget;

// A proxy's user name and password for the wire: read from the keychain
// before connecting, asked for once when the proxy answers 407 (a dialog
// opened, never a nested loop), kept in the keychain and never in a file.
class ProxyCredentialsFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyCredentialsFlow)

public:
    using Done = std::function<void(const ProxyCredentials &)>;

    ProxyCredentialsFlow(CredentialStore *credentials, QWidget *dialogParent, QObject *parent = nullptr);

    // The saved credentials of the proxy that config would go through
    // (empty when none); done runs once: at once without a proxy, else later.
    void load(const ServerConfig &config, Done done);
    // The proxy "host:port" asked for credentials (why: the wire's words):
    // asks the person, saves what they enter, then done. One dialog at a time.
    void ask(const QString &proxy, const QString &why, Done done);

private:
    CredentialStore *m_credentials;
    QPointer<QWidget> m_dialogParent;
    QPointer<QWidget> m_prompt;
};
