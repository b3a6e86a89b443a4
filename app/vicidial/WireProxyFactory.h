#pragma once

#include "vicidial/ProxyChoice.h"
#include "vicidial/ProxyCredentials.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

// The proxy of one WireClient's QNetworkAccessManager, from the profile's
// network/proxy: the system's settings (asked through Qt, which reads
// http_proxy, https_proxy and no_proxy on Linux and the Internet options on
// Windows), none, or one HTTP proxy. Plain http goes to an HTTP proxy in
// absolute form, https through CONNECT. As Qt does by itself, localhost and
// loopback addresses are never proxied. The proxy's user name and password
// (from the keychain) are added to the proxy they belong to.
//
// The system's answer is kept for a minute per scheme, host and port: asking
// costs tens of microseconds per request (libproxy on Linux).
class WireProxyFactory final : public QNetworkProxyFactory
{
public:
    static constexpr qint64 kSystemAnswerLifetimeMs = 60000;

    WireProxyFactory(const ProxyChoice &choice, const ProxyCredentials &credentials);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    static bool isLoopback(const QString &host);
    // "host:port" of the HTTP proxy a request to server would go through; empty for none.
    static QString proxyKeyFor(const ProxyChoice &choice, const QUrl &server);
    // For plain http through a proxy whose user name and password are known:
    // the Proxy-Authorization field to send from the first request on (Basic),
    // so that the proxy never answers 407 to a command, which Qt would then
    // send again. Empty otherwise (https authenticates its CONNECT, before
    // any byte of a request).
    QByteArray preemptiveAuthorization(const QUrl &url);
    // "host:port" of the proxy, as ProxyCredentials names it.
    static QString keyOf(const QNetworkProxy &proxy);

private:
    struct Remembered
    {
        QList<QNetworkProxy> proxies;
        qint64 atMs = 0;
    };
    QList<QNetworkProxy> systemProxies(const QNetworkProxyQuery &query);
    QNetworkProxy withCredentials(QNetworkProxy proxy) const;

    ProxyChoice m_choice;
    ProxyCredentials m_credentials;
    QMutex m_mutex; // Qt may ask from its HTTP thread
    QElapsedTimer m_clock;
    QHash<QString, Remembered> m_remembered;
};
