#include "shell/ProxyCredentialsFlow.h"

#include "settings/CredentialStore.h"
#include "shell/ProxyPrompt.h"
#include "vicidial/WireProxyFactory.h"

ProxyCredentialsFlow::ProxyCredentialsFlow(CredentialStore *credentials, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_dialogParent(dialogParent)
{
}

void ProxyCredentialsFlow::load(const ServerConfig &config, Done done)
{
    const QString proxy = WireProxyFactory::proxyKeyFor(config.proxy, config.baseUrl);
    if (proxy.isEmpty()) {
        done({});
        return;
    }
    m_credentials->readSecret(ProxyCredentials::keychainKey(proxy), this, [proxy, done](const PasswordLookup &lookup) {
        done(lookup.found() ? ProxyCredentials::fromSecret(proxy, lookup.password) : ProxyCredentials());
    });
}

void ProxyCredentialsFlow::ask(const QString &proxy, const QString &why, Done done)
{
    if (m_prompt || proxy.isEmpty())
        return;
    const std::optional<QString> saved = m_credentials->cachedSecret(ProxyCredentials::keychainKey(proxy));
    const QString user = saved ? ProxyCredentials::fromSecret(proxy, *saved).user : QString();
    auto *prompt = new ProxyPrompt(proxy, why, user, m_dialogParent);
    m_prompt = prompt;
    connect(prompt, &ProxyPrompt::credentialsEntered, this, [this, proxy, done](const QString &user, const QString &password) {
        const ProxyCredentials credentials{proxy, user, password};
        m_credentials->writePassword(ProxyCredentials::keychainKey(proxy), credentials.toSecret(), this);
        done(credentials);
    });
    prompt->open();
}
