#include "RawHubClient.h"
#include "demo/VicidialSimulator.h"
#include "hub/HubOpsServer.h"
#include "hub/HubPoller.h"
#include "hub/HubProtocol.h"
#include "hub/HubService.h"
#include "hub/TokenFile.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The hub as the service runs it (source, poller, server, /healthz and
// /metrics) against the simulator.
class TestHubService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthzSaysWhetherTheHubServesACurrentFloor();
    void metricsCountPollsSubscribersAndMessages();
    void aReloadAcceptsNewTokensAndClosesRevokedOnes();
    void anUnreachableDatabaseMeansNoData();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
    };
    static Reply get(quint16 port, const QString &path);
    static HubConfig configFor(const VicidialSimulator &sim);
    static HubToken tokenEntry(const QString &name, HubRole role, const QString &token);
};

TestHubService::Reply TestHubService::get(quint16 port, const QString &path)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path))));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        reply->abort(); // status 0: the caller's comparison fails and says so
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                 reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    delete reply;
    return result;
}

HubConfig TestHubService::configFor(const VicidialSimulator &sim)
{
    HubConfig config;
    config.port = 0;
    config.metricsPort = 0; // any free port
    config.intervalMs = 100;
    config.maxBackoffMs = 200;
    config.api = sim.clientConfig();
    return config;
}

HubToken TestHubService::tokenEntry(const QString &name, HubRole role, const QString &token)
{
    HubToken entry;
    entry.name = name;
    entry.role = role;
    entry.sha256Hex = TokenFile::hashOf(token);
    return entry;
}

void TestHubService::healthzSaysWhetherTheHubServesACurrentFloor()
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, 20);
    QVERIFY(sim.listen());
    HubService service(configFor(sim), {}, Clock::system());
    QVERIFY(!service.start({}));
    QVERIFY(service.ops()->port() != 0);
    QTRY_VERIFY(service.poller()->hasData());
    Reply health = get(service.ops()->port(), u"/healthz"_s);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body, QByteArray("ok\n"));

    sim.setFault(SimFault::Http500, u"logged_in_agents"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"the api source failed"_s));
    QTRY_VERIFY(!service.poller()->hasData());
    health = get(service.ops()->port(), u"/healthz"_s);
    QCOMPARE(health.status, 503);
    QVERIFY2(health.body.startsWith("no data: logged_in_agents failed"), health.body.constData());

    sim.clearFaults();
    QTRY_VERIFY(service.poller()->hasData());
    QCOMPARE(get(service.ops()->port(), u"/healthz"_s).status, 200);
    QCOMPARE(get(service.ops()->port(), u"/anything"_s).status, 404);
}

void TestHubService::metricsCountPollsSubscribersAndMessages()
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, 20);
    QVERIFY(sim.listen());
    const QString token = TokenFile::newToken();
    HubService service(configFor(sim), {}, Clock::system());
    QVERIFY(!service.start({tokenEntry(u"desk-1"_s, HubRole::Bar, token)}));
    QTRY_VERIFY(service.metrics().readings() >= 2);
    RawHubClient bar;
    bar.open(service.server()->url(), token);
    QVERIFY(bar.waitFor(u"welcome"_s));
    bar.send(HubProtocol::subscribeAgents({u"10000"_s}));
    QVERIFY(bar.waitFor(u"snapshot"_s));
    RawHubClient guess;
    guess.open(service.server()->url(), u"pbh1_wrong"_s);
    QVERIFY(guess.waitClosed());

    const Reply metrics = get(service.ops()->port(), u"/metrics"_s);
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.contentType.startsWith("text/plain; version=0.0.4"), metrics.contentType.constData());
    const QString text = QString::fromUtf8(metrics.body);
    auto value = [&text](const QString &name) {
        const QRegularExpression line(u"^"_s + QRegularExpression::escape(name) + u" ([0-9.e+-]+)$"_s, QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(text);
        return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
    };
    QVERIFY(value(u"parkbar_hub_polls_total{source=\"api\"}"_s) >= 2);
    QCOMPARE(value(u"parkbar_hub_source_errors_total{source=\"api\"}"_s), 0.0);
    QVERIFY(value(u"parkbar_hub_poll_duration_seconds_count"_s) >= 2);
    QVERIFY(value(u"parkbar_hub_poll_duration_seconds_sum"_s) > 0);
    QCOMPARE(value(u"parkbar_hub_poll_duration_seconds_bucket{le=\"+Inf\"}"_s), value(u"parkbar_hub_poll_duration_seconds_count"_s));
    QCOMPARE(value(u"parkbar_hub_subscribers"_s), 1.0);
    QCOMPARE(value(u"parkbar_hub_connections"_s), 1.0);
    QVERIFY(value(u"parkbar_hub_messages_sent_total"_s) >= 2); // welcome and snapshot
    QCOMPARE(value(u"parkbar_hub_wrong_tokens_total"_s), 1.0);
    QCOMPARE(value(u"parkbar_hub_has_data"_s), 1.0);
    QCOMPARE(value(u"parkbar_hub_agents"_s), 20.0);
    // Every line is a comment or "name[{labels}] value".
    static const QRegularExpression sample(u"^[a-z_]+(\\{[a-z]+=\"[^\"]*\"\\})? [0-9.e+-]+$"_s);
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(line.startsWith(u"# HELP "_s) || line.startsWith(u"# TYPE "_s) || sample.match(line).hasMatch(), qPrintable(line));
}

void TestHubService::aReloadAcceptsNewTokensAndClosesRevokedOnes()
{
    VicidialSimulator sim;
    QVERIFY(sim.listen());
    const QString oldToken = TokenFile::newToken();
    const QString newToken = TokenFile::newToken();
    const HubConfig config = configFor(sim);
    HubService service(config, {}, Clock::system());
    QVERIFY(!service.start({tokenEntry(u"old-desk"_s, HubRole::Bar, oldToken)}));
    RawHubClient old;
    old.open(service.server()->url(), oldToken);
    QVERIFY(old.waitFor(u"welcome"_s));

    service.reload(config, {tokenEntry(u"new-desk"_s, HubRole::Bar, newToken)});
    QVERIFY(old.waitClosed());
    QCOMPARE(old.closeCode(), int(HubProtocol::TokenRevoked));
    RawHubClient fresh;
    fresh.open(service.server()->url(), newToken);
    QVERIFY(fresh.waitFor(u"welcome"_s));
}

void TestHubService::anUnreachableDatabaseMeansNoData()
{
    HubConfig config;
    config.port = 0;
    config.metricsPort = 0;
    config.sourceKind = HubConfig::SourceKind::Database;
    config.database.port = 1; // nothing listens there
    config.database.user = u"parkbar_ro"_s;
    HubService service(config, {}, Clock::system());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"the database source failed"_s));
    QVERIFY(!service.start({}));
    QTRY_VERIFY(service.metrics().sourceErrors() >= 1);
    QVERIFY(!service.poller()->hasData());
    const Reply health = get(service.ops()->port(), u"/healthz"_s);
    QCOMPARE(health.status, 503);
    QVERIFY2(health.body.startsWith("no data: "), health.body.constData());
}

QTEST_GUILESS_MAIN(TestHubService)
#include "TestHubService.moc"
