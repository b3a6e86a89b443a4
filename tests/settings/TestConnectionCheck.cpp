#include "FixtureFiles.h"
#include "LocalHttpServer.h"
#include "settings/CertificateFetcher.h"
#include "settings/ConnectionTest.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// "Test connection" and "Fetch certificate" over real sockets on 127.0.0.1.
class TestConnectionCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsBothBuildsAndTheAgentsState();
    void aWrongPasswordIsTriedOnceAndNeverShown();
    void aPasswordTheNonAgentApiWouldAlterIsNotTriedOnAgentStatus();
    void fetchesTheCertificateOfAnUntrustedServerWithoutSendingAnything();
    void fetchingFromPlainHttpSaysWhy();
    void fetchingFromAClosedPortSaysWhy();

private:
    static LocalHttpServer::Reply answer(const LocalHttpServer::Received &request, const QString &password);
    ConnectionTestResult run(LocalHttpServer &server, const QString &password, const QString &agent = u"1000"_s);
};

LocalHttpServer::Reply TestConnectionCheck::answer(const LocalHttpServer::Received &request, const QString &password)
{
    const QString function = request.field(u"function"_s);
    const bool agentApi = request.path.endsWith(u"/agc/api.php"_s);
    if (function == u"version"_s) {
        return {200, agentApi ? QByteArray("VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n")
                              : QByteArray("VERSION: 2.14-194|BUILD: 241004-1518|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800|DST: 0|TZ: -5.00|TZNOW: -5.00|\n")};
    }
    if (function == u"agent_status"_s) {
        if (request.field(u"pass"_s) != password)
            return {200, "ERROR: Login incorrect, please try again: |6666|" + request.field(u"pass"_s).toUtf8() + "|BAD|\n"};
        return {200, "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1|||3125550100|VLC12345|8600051\n"};
    }
    return {200, "ERROR: unexpected\n"};
}

ConnectionTestResult TestConnectionCheck::run(LocalHttpServer &server, const QString &password, const QString &agent)
{
    ServerConfig config;
    config.baseUrl = server.baseUrl();
    config.apiUser = u"6666"_s;
    config.password = password;
    ConnectionTest test;
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start(config, agent);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<ConnectionTestResult>();
}

void TestConnectionCheck::reportsBothBuildsAndTheAgentsState()
{
    LocalHttpServer server;
    server.setHandler([](const LocalHttpServer::Received &request) { return answer(request, u"1234"_s); });
    QVERIFY(server.start());
    const ConnectionTestResult result = run(server, u"1234"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.agentApi->build.toString(), u"240429-2220"_s);
    QCOMPARE(result.nonAgentApi->build.toString(), u"241004-1518"_s);
    QCOMPARE(result.agent->status, u"INCALL"_s);
    const QString summary = result.summary.join(u'\n');
    QVERIFY2(summary.contains(u"240429-2220"_s) && summary.contains(u"241004-1518"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Agent 1000: status INCALL, campaign TESTCAMP, lead 12345 on the screen."_s), qPrintable(summary));
    QCOMPARE(server.received().size(), 3);
}

void TestConnectionCheck::aWrongPasswordIsTriedOnceAndNeverShown()
{
    LocalHttpServer server;
    server.setHandler([](const LocalHttpServer::Received &request) { return answer(request, u"right"_s); });
    QVERIFY(server.start());
    const ConnectionTestResult result = run(server, u"wrongpass"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.agentStatus->kind, ResultKind::BadCredentials);
    const QString summary = result.summary.join(u'\n');
    QVERIFY2(summary.contains(u"wrong API user or password"_s), qPrintable(summary));
    QVERIFY2(!summary.contains(u"wrongpass"_s), qPrintable(summary));
    int agentStatusRequests = 0;
    for (const LocalHttpServer::Received &request : server.received())
        agentStatusRequests += request.field(u"function"_s) == u"agent_status"_s;
    QCOMPARE(agentStatusRequests, 1); // one attempt: the server counts failures
}

void TestConnectionCheck::aPasswordTheNonAgentApiWouldAlterIsNotTriedOnAgentStatus()
{
    LocalHttpServer server;
    server.setHandler([](const LocalHttpServer::Received &request) { return answer(request, u"pa.ss"_s); });
    QVERIFY(server.start());
    const ConnectionTestResult result = run(server, u"pa.ss"_s);
    QVERIFY(!result.agentStatus.has_value());
    QVERIFY(result.agentStatusSkipped.contains(u"non-agent API"_s));
    QCOMPARE(server.received().size(), 2); // the two versions only
}

void TestConnectionCheck::fetchesTheCertificateOfAnUntrustedServerWithoutSendingAnything()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    LocalHttpServer server;
    QVERIFY(server.startTls(testDataPath(u"tls/selfsigned.pem"_s), testDataPath(u"tls/selfsigned.key"_s)));
    const QSslCertificate expected = QSslCertificate::fromPath(testDataPath(u"tls/selfsigned.pem"_s)).first();
    CertificateFetcher fetcher;
    QSignalSpy finished(&fetcher, &CertificateFetcher::finished);
    fetcher.fetch(server.baseUrl());
    QVERIFY(finished.wait(10000));
    const FetchedCertificate result = finished.first().first().value<FetchedCertificate>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.sha256, expected.digest(QCryptographicHash::Sha256));
    QVERIFY(!result.trusted);
    QVERIFY(!result.tlsErrors.isEmpty());
    QCOMPARE(result.notAfter, expected.expiryDate());
    QVERIFY(!result.subject.isEmpty());
    QVERIFY(server.received().isEmpty());
}

void TestConnectionCheck::fetchingFromPlainHttpSaysWhy()
{
    CertificateFetcher fetcher;
    QSignalSpy finished(&fetcher, &CertificateFetcher::finished);
    fetcher.fetch(QUrl(u"http://127.0.0.1:1"_s));
    QVERIFY(finished.wait(5000));
    const FetchedCertificate result = finished.first().first().value<FetchedCertificate>();
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"https://"_s));
}

void TestConnectionCheck::fetchingFromAClosedPortSaysWhy()
{
    QUrl url;
    {
        LocalHttpServer server;
        QVERIFY(server.start());
        url = server.baseUrl(); // nobody listens there once it is gone
    }
    url.setScheme(u"https"_s);
    CertificateFetcher fetcher;
    QSignalSpy finished(&fetcher, &CertificateFetcher::finished);
    fetcher.fetch(url);
    QVERIFY(finished.wait(10000));
    const FetchedCertificate result = finished.first().first().value<FetchedCertificate>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(u"Cannot connect to 127.0.0.1"_s), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "TestConnectionCheck.moc"
