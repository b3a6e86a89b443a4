#include "FixtureFiles.h"
#include "ForwardProxy.h"
#include "LocalHttpServer.h"
#include "WireCalls.h"
#include "demo/VicidialSimulator.h"
#include "services/ParkCallService.h"
#include "session/PollingSession.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/AnswerText.h"
#include "vicidial/WireClient.h"
#include "vicidial/WireProxyFactory.h"

#include <QHostInfo>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using WireCalls::configFor;
using WireCalls::sendAndWait;

// The wire through a forward proxy, as call centres have them: plain http
// in absolute form, CONNECT only to 443, credentials asked for with 407.
// Qt never proxies localhost or a loopback address, so the server is named
// by this machine's own host name, on a port where nothing listens: only the
// proxy, which routes that name and port to the simulator, can reach it.
class TestWireProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aPlainHttpServerIsReachedInAbsoluteForm();
    void theSystemsHttpProxyIsUsed();
    void noProxyIsHonoured();
    void noneGoesDirectly();
    void loopbackIsNeverProxied();
    void connectIsRefusedForAnythingButPort443();
    void httpsGoesThroughConnect();
    void aProxyAskingForCredentialsStopsTrafficAfterOneRequest();
    void theCredentialsAreSentAndACommandGoesOnce();
    void refusedCredentialsStopTrafficAgain();
    void aCommandFirstAfterTheCredentialsGoesOnce();
    void theSessionGoesLiveThroughTheProxy();

private:
    ServerConfig proxiedConfig(const QString &proxy, const QString &scheme = u"http"_s) const;

    QString m_hostName;
    quint16 m_deadPort = 0; // nothing listens here
    std::unique_ptr<VicidialSimulator> m_sim;
    std::unique_ptr<ForwardProxy> m_proxy;
};

void TestWireProxy::initTestCase()
{
    m_hostName = QHostInfo::localHostName();
    const QHostInfo info = QHostInfo::fromName(m_hostName);
    bool local = false;
    for (const QHostAddress &address : info.addresses())
        local = local || address.isLoopback();
    if (m_hostName.isEmpty() || !local)
        QSKIP(qPrintable(u"This machine's host name (%1) does not resolve to a loopback address; the proxy tests need it to "
                         "name the server without Qt bypassing the proxy."_s.arg(m_hostName)));
    QTcpServer dead;
    QVERIFY(dead.listen(QHostAddress::LocalHost));
    m_deadPort = dead.serverPort();
}

void TestWireProxy::init()
{
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
    m_sim = std::make_unique<VicidialSimulator>();
    m_sim->setAgentScreenDelayMs(0);
    QVERIFY(m_sim->listen());
    m_proxy = std::make_unique<ForwardProxy>();
    QVERIFY(m_proxy->start());
    m_proxy->addRoute(u"%1:%2"_s.arg(m_hostName).arg(m_deadPort), quint16(m_sim->baseUrl().port()));
}

void TestWireProxy::cleanup()
{
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
    m_proxy.reset();
    m_sim.reset();
}

ServerConfig TestWireProxy::proxiedConfig(const QString &proxy, const QString &scheme) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(m_hostName);
    url.setPort(m_deadPort);
    ServerConfig config = configFor(url);
    config.proxy = ProxyChoice::parse(proxy).value();
    return config;
}

void TestWireProxy::aPlainHttpServerIsReachedInAbsoluteForm()
{
    WireClient client(proxiedConfig(m_proxy->address()));
    QVERIFY(sendAndWait(client, ApiRequest::version(ApiRequest::Endpoint::AgentApi)).ok());
    const WireResponse state = sendAndWait(client, ApiRequest::agentStatus(u"1000"_s));
    QVERIFY2(state.ok(), qPrintable(state.failure ? state.failure->text : QString()));
    const WireResponse parked = sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    QCOMPARE(parseAnswer(parked.body, client.redactor()).kind, ResultKind::Success);

    QCOMPARE(m_proxy->count("CONNECT"), 0); // plain http is never tunnelled
    QCOMPARE(m_proxy->seen().size(), 3);
    const QByteArray absolute = u"http://%1:%2/"_s.arg(m_hostName).arg(m_deadPort).toLatin1();
    for (const ForwardProxy::Seen &seen : m_proxy->seen())
        QVERIFY2(seen.target.startsWith(absolute), seen.target.constData());
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
}

void TestWireProxy::theSystemsHttpProxyIsUsed()
{
    qputenv("http_proxy", m_proxy->address().toLatin1());
    WireClient client(proxiedConfig(u"system"_s));
    const WireResponse state = sendAndWait(client, ApiRequest::agentStatus(u"1000"_s));
    QVERIFY2(state.ok(), qPrintable(state.failure ? state.failure->text : QString()));
    QCOMPARE(m_proxy->count("POST"), 1);
    QCOMPARE(WireProxyFactory::proxyKeyFor(ProxyChoice(), proxiedConfig(u"system"_s).baseUrl), u"127.0.0.1:%1"_s.arg(m_proxy->port()));
}

void TestWireProxy::noProxyIsHonoured()
{
    qputenv("http_proxy", m_proxy->address().toLatin1());
    qputenv("no_proxy", m_hostName.toLatin1());
    WireClient client(proxiedConfig(u"system"_s));
    const WireResponse direct = sendAndWait(client, ApiRequest::agentStatus(u"1000"_s));
    QVERIFY(direct.failure); // straight to the port where nothing listens
    QCOMPARE(direct.failure->kind, ResultKind::ConnectionFailed);
    QVERIFY(m_proxy->seen().isEmpty());
}

void TestWireProxy::noneGoesDirectly()
{
    qputenv("http_proxy", m_proxy->address().toLatin1());
    WireClient client(proxiedConfig(u"none"_s));
    QVERIFY(sendAndWait(client, ApiRequest::agentStatus(u"1000"_s)).failure);
    QVERIFY(m_proxy->seen().isEmpty());
}

void TestWireProxy::loopbackIsNeverProxied()
{
    WireClient client(configFor(m_sim->baseUrl()));
    ServerConfig config = client.config();
    config.proxy = ProxyChoice::parse(m_proxy->address()).value();
    client.setConfig(config);
    QVERIFY(sendAndWait(client, ApiRequest::agentStatus(u"1000"_s)).ok());
    QVERIFY(m_proxy->seen().isEmpty());
}

void TestWireProxy::connectIsRefusedForAnythingButPort443()
{
    WireClient client(proxiedConfig(m_proxy->address(), u"https"_s));
    const WireResponse refused = sendAndWait(client, ApiRequest::agentStatus(u"1000"_s));
    QVERIFY(refused.failure);
    QCOMPARE(refused.failure->kind, ResultKind::ConnectionFailed);
    QCOMPARE(m_proxy->count("CONNECT"), 1);
    QCOMPARE(m_proxy->seen().first().status, 403);
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestWireProxy::httpsGoesThroughConnect()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    LocalHttpServer tls;
    tls.setReply({200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n"});
    QVERIFY(tls.startTls(testDataPath(u"tls/selfsigned.pem"_s), testDataPath(u"tls/selfsigned.key"_s)));
    m_proxy->addRoute(u"%1:%2"_s.arg(m_hostName).arg(m_deadPort), quint16(tls.baseUrl().port()));
    m_proxy->allowConnectTo(m_deadPort); // as if it were 443
    ServerConfig config = proxiedConfig(m_proxy->address(), u"https"_s);
    config.setPins(TlsPins::parse(ServerConfig::formatFingerprint(WireCalls::fingerprintOf(u"tls/selfsigned.pem"_s))).value());
    WireClient client(config);
    const WireResponse parked = sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY2(parked.ok(), qPrintable(parked.failure ? parked.failure->text : QString()));
    QCOMPARE(m_proxy->count("CONNECT"), 1);
    QCOMPARE(m_proxy->seen().first().target, u"%1:%2"_s.arg(m_hostName).arg(m_deadPort).toLatin1());
    QCOMPARE(tls.received().size(), 1);
}

void TestWireProxy::aProxyAskingForCredentialsStopsTrafficAfterOneRequest()
{
    m_proxy->requireCredentials(u"desk7"_s, u"proxy-secret"_s);
    WireClient client(proxiedConfig(m_proxy->address()));
    QSignalSpy stopped(&client, &WireClient::trafficStopped);
    const WireResponse asked = sendAndWait(client, ApiRequest::agentStatus(u"1000"_s));
    QVERIFY(asked.failure);
    QCOMPARE(asked.failure->kind, ResultKind::ProxyAuthRequired);
    QVERIFY(!outcomeUnknown(asked.failure->kind));
    QCOMPARE(stopped.size(), 1);
    QVERIFY(client.isTrafficStopped());
    const QString proxy = u"127.0.0.1:%1"_s.arg(m_proxy->port());
    QCOMPARE(client.proxyAskingForCredentials(), proxy);
    QVERIFY2(describeAnswer(*client.trafficStopReason()).contains(proxy), qPrintable(describeAnswer(*client.trafficStopReason())));

    const WireResponse notSent = sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    QCOMPARE(notSent.failure->kind, ResultKind::NotSent);
    QCOMPARE(m_proxy->refusedForCredentials(), 1);
    QCOMPARE(m_proxy->seen().size(), 1);
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestWireProxy::theCredentialsAreSentAndACommandGoesOnce()
{
    m_proxy->requireCredentials(u"desk7"_s, u"proxy-secret"_s);
    WireClient client(proxiedConfig(m_proxy->address()));
    QVERIFY(sendAndWait(client, ApiRequest::agentStatus(u"1000"_s)).failure);
    QSignalSpy resumed(&client, &WireClient::trafficResumed);
    client.setProxyCredentials({client.proxyAskingForCredentials(), u"desk7"_s, u"proxy-secret"_s});
    QCOMPARE(resumed.size(), 1);
    const WireResponse state = sendAndWait(client, ApiRequest::agentStatus(u"1000"_s));
    QVERIFY2(state.ok(), qPrintable(state.failure ? state.failure->text : QString()));
    const WireResponse parked = sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY2(parked.ok(), qPrintable(parked.failure ? parked.failure->text : QString()));
    QCOMPARE(parseAnswer(parked.body, client.redactor()).kind, ResultKind::Success);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
    const QByteArray expected = "Basic " + QByteArray("desk7:proxy-secret").toBase64();
    QCOMPARE(m_proxy->seen().constLast().authorization, expected);
}

void TestWireProxy::aCommandFirstAfterTheCredentialsGoesOnce()
{
    // Qt answers a proxy's 407 by sending the request again with the
    // credentials, which a command never allows: they go along from the start.
    m_proxy->requireCredentials(u"desk7"_s, u"proxy-secret"_s);
    ServerConfig config = proxiedConfig(m_proxy->address());
    config.proxyCredentials = {u"127.0.0.1:%1"_s.arg(m_proxy->port()), u"desk7"_s, u"proxy-secret"_s};
    WireClient client(config);
    const WireResponse parked = sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY2(parked.ok(), qPrintable(parked.failure ? parked.failure->text : QString()));
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
    QCOMPARE(m_proxy->refusedForCredentials(), 0);
}

void TestWireProxy::refusedCredentialsStopTrafficAgain()
{
    m_proxy->requireCredentials(u"desk7"_s, u"proxy-secret"_s);
    ServerConfig config = proxiedConfig(m_proxy->address());
    config.proxyCredentials = {u"127.0.0.1:%1"_s.arg(m_proxy->port()), u"desk7"_s, u"wrong"_s};
    WireClient client(config);
    const WireResponse refused = sendAndWait(client, ApiRequest::agentStatus(u"1000"_s));
    QVERIFY(refused.failure);
    QCOMPARE(refused.failure->kind, ResultKind::ProxyAuthRequired);
    QVERIFY2(refused.failure->text.contains(u"did not accept"_s), qPrintable(refused.failure->text));
    QVERIFY(client.isTrafficStopped());
    QVERIFY(!refused.failure->text.contains(u"wrong"_s));
    QVERIFY(m_proxy->refusedForCredentials() <= 2); // the challenge, and the one try with what it was given
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestWireProxy::theSessionGoesLiveThroughTheProxy()
{
    WireClient client(proxiedConfig(m_proxy->address()));
    ParkCallService service(&client);
    SessionOptions options;
    options.loggedInPollMs = 250;
    std::unique_ptr<AgentSession> session(createPollingSession(&client, nullptr, &service, u"1000"_s, options, nullptr));
    session->start();
    QTRY_COMPARE_WITH_TIMEOUT(session->feed(), FeedState::Live, 10000);
    QVERIFY(session->snapshot().has_value());
    QVERIFY(m_proxy->count("POST") >= 1);
    session->stop();
}

QTEST_GUILESS_MAIN(TestWireProxy)
#include "TestWireProxy.moc"
