#include "vicidial/WireProxyFactory.h"

#include <QHostAddress>
#include <QMutexLocker>

WireProxyFactory::WireProxyFactory(const ProxyChoice &choice, const ProxyCredentials &credentials)
    : m_choice(choice), m_credentials(credentials)
{
    m_clock.start();
}

bool WireProxyFactory::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.startsWith(QLatin1String("localhost."), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString WireProxyFactory::keyOf(const QNetworkProxy &proxy)
{
    return ProxyCredentials::proxyKey(proxy.hostName(), proxy.port());
}

QString WireProxyFactory::proxyKeyFor(const ProxyChoice &choice, const QUrl &server)
{
    WireProxyFactory factory(choice, {});
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(server));
    if (proxies.isEmpty() || proxies.first().type() != QNetworkProxy::HttpProxy)
        return {};
    return keyOf(proxies.first());
}

QByteArray WireProxyFactory::preemptiveAuthorization(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 || m_credentials.user.isEmpty())
        return {};
    const QList<QNetworkProxy> proxies = queryProxy(QNetworkProxyQuery(url));
    if (proxies.isEmpty() || proxies.first().type() != QNetworkProxy::HttpProxy || keyOf(proxies.first()) != m_credentials.proxy)
        return {};
    return "Basic " + (m_credentials.user + QLatin1Char(':') + m_credentials.password).toUtf8().toBase64();
}

QNetworkProxy WireProxyFactory::withCredentials(QNetworkProxy proxy) const
{
    if (proxy.type() == QNetworkProxy::HttpProxy && !m_credentials.isEmpty() && keyOf(proxy) == m_credentials.proxy) {
        proxy.setUser(m_credentials.user);
        proxy.setPassword(m_credentials.password);
    }
    return proxy;
}

QList<QNetworkProxy> WireProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName().isEmpty() ? query.url().host() : query.peerHostName();
    if (m_choice.mode == ProxyChoice::Mode::None || isLoopback(host))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    if (m_choice.mode == ProxyChoice::Mode::Manual) {
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, m_choice.address.host(), quint16(m_choice.address.port(ProxyChoice::kDefaultPort)),
                            m_choice.address.userName());
        return {withCredentials(proxy)};
    }
    QList<QNetworkProxy> proxies = systemProxies(query);
    for (QNetworkProxy &proxy : proxies)
        proxy = withCredentials(proxy);
    return proxies;
}

QList<QNetworkProxy> WireProxyFactory::systemProxies(const QNetworkProxyQuery &query)
{
    const QString key = query.protocolTag() + QLatin1Char('|') + query.peerHostName() + QLatin1Char('|')
        + QString::number(query.peerPort());
    const QMutexLocker locker(&m_mutex);
    const qint64 nowMs = m_clock.elapsed();
    const auto it = m_remembered.constFind(key);
    if (it != m_remembered.cend() && nowMs - it->atMs < kSystemAnswerLifetimeMs)
        return it->proxies;
    QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    m_remembered.insert(key, {proxies, nowMs});
    return proxies;
}
