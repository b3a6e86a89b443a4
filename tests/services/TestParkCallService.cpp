#include "LocalHttpServer.h"
#include "services/ParkCallService.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// park_call over real HTTP on 127.0.0.1: what the server receives and what
// the caller is told, for every outcome.
class TestParkCallService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsParkCallAsAFormPost();
    void aHostilePasswordArrivesIntact_data();
    void aHostilePasswordArrivesIntact();
    void mapsEveryServerAnswer_data();
    void mapsEveryServerAnswer();
    void aSlowServerGivesATimeout();
    void aClosedPortGivesConnectionFailed();
    void aDroppedConnectionGivesConnectionFailed();
    void commandsForDifferentAgentsMayOverlap();
    void readsAtMostTheSizeLimitOfAHugeBody();
    void aWrongPasswordStopsAllTrafficUntilAPersonActs();
    void theEchoedPasswordNeverReachesTheResult();

private:
    CommandResult sendAndWait(const QString &agent, ParkAction action);
    ServerConfig configFor(const QString &password = u"1234"_s) const;

    LocalHttpServer *m_server = nullptr;
    QUrl m_baseUrl;
    WireClient *m_client = nullptr;
    ParkCallService *m_service = nullptr;
};

ServerConfig TestParkCallService::configFor(const QString &password) const
{
    ServerConfig config;
    config.baseUrl = m_baseUrl;
    config.apiUser = u"6666"_s;
    config.password = password;
    config.timeoutMs = 2000;
    return config;
}

void TestParkCallService::init()
{
    m_server = new LocalHttpServer(this);
    QVERIFY(m_server->start());
    m_baseUrl = m_server->baseUrl();
    m_client = new WireClient(configFor(), this);
    m_service = new ParkCallService(m_client, this);
}

void TestParkCallService::cleanup()
{
    delete m_service;
    delete m_client;
    delete m_server;
}

CommandResult TestParkCallService::sendAndWait(const QString &agent, ParkAction action)
{
    QSignalSpy finished(m_service, &ParkCallService::commandFinished);
    m_service->send(agent, action);
    if (finished.isEmpty() && !finished.wait(10000))
        return {};
    return finished.first().first().value<CommandResult>();
}

void TestParkCallService::sendsParkCallAsAFormPost()
{
    m_server->setReply({200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n"});
    const CommandResult result = sendAndWait(u"1000"_s, ParkAction::ParkCustomer);
    QCOMPARE(result.answer.kind, ResultKind::Success);
    QCOMPARE(result.agent, u"1000"_s);
    QVERIFY(result.reachedServer);
    QCOMPARE(m_server->received().size(), 1);
    const LocalHttpServer::Received &request = m_server->received().first();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.path, u"/agc/api.php"_s);
    QVERIFY(request.rawQuery.isEmpty()); // nothing in the URL for access logs to keep
    QCOMPARE(request.field(u"function"_s), u"park_call"_s);
    QCOMPARE(request.field(u"value"_s), u"PARK_CUSTOMER"_s);
    QCOMPARE(request.field(u"agent_user"_s), u"1000"_s);
    QCOMPARE(request.field(u"source"_s), u"parkbar"_s);
    QCOMPARE(request.field(u"user"_s), u"6666"_s);
}

void TestParkCallService::aHostilePasswordArrivesIntact_data()
{
    QTest::addColumn<bool>("useGet");
    QTest::newRow("POST") << false;
    QTest::newRow("GET") << true;
}

void TestParkCallService::aHostilePasswordArrivesIntact()
{
    QFETCH(bool, useGet);
    const QString hostile = u"a&b=c+d%e#f?g h/ñ€"_s;
    ServerConfig config = configFor(hostile);
    config.method = useGet ? ServerConfig::Method::Get : ServerConfig::Method::Post;
    m_client->setConfig(config);
    m_server->setReply({200, "SUCCESS: park_call function set - GRAB_CUSTOMER|1000\n"});
    QCOMPARE(sendAndWait(u"1000"_s, ParkAction::GrabCustomer).answer.kind, ResultKind::Success);
    const LocalHttpServer::Received &request = m_server->received().first();
    QCOMPARE(request.method, useGet ? QByteArray("GET") : QByteArray("POST"));
    QCOMPARE(request.field(u"pass"_s), hostile);
    QCOMPARE(request.field(u"value"_s), u"GRAB_CUSTOMER"_s);
}

void TestParkCallService::mapsEveryServerAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResultKind>("kind");
    QTest::newRow("no lead") << 200 << QByteArray("ERROR: agent_user does not have a lead on their screen - 1000\n") << ResultKind::NoLead;
    QTest::newRow("not logged in") << 200 << QByteArray("ERROR: agent_user is not logged in - 1000\n") << ResultKind::NotLoggedIn;
    QTest::newRow("value not valid") << 200 << QByteArray("ERROR: park_call not valid - PARK_XFER|1000\n") << ResultKind::InvalidValue;
    QTest::newRow("no permission") << 200
                                   << QByteArray("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - PARK_CUSTOMER|6666|park_call|ADMIN\n")
                                   << ResultKind::NoPermission;
    QTest::newRow("api off") << 200 << QByteArray("ERROR: System API NOT ACTIVE\n") << ResultKind::ApiNotActive;
    QTest::newRow("php noise") << 200
                               << QByteArray("<br />\n<b>Warning</b>:  Undefined variable $DB in <b>/a/api.php</b> on line <b>3</b><br />\n"
                                             "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n<br />\n")
                               << ResultKind::Success;
    QTest::newRow("html error page") << 200 << QByteArray("<html><head><title>Error</title></head><body>oops</body></html>")
                                     << ResultKind::ServerError;
    QTest::newRow("empty") << 200 << QByteArray() << ResultKind::ServerError;
    QTest::newRow("http 500") << 500 << QByteArray("<html><title>500</title></html>") << ResultKind::HttpError;
    QTest::newRow("http 404") << 404 << QByteArray() << ResultKind::HttpError;
}

void TestParkCallService::mapsEveryServerAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->setReply({status, body});
    const CommandResult result = sendAndWait(u"1000"_s, ParkAction::ParkCustomer);
    QTEST(result.answer.kind, "kind");
    QCOMPARE(m_server->received().size(), 1);
}

void TestParkCallService::aSlowServerGivesATimeout()
{
    ServerConfig config = configFor();
    config.timeoutMs = 150;
    m_client->setConfig(config);
    m_server->setReply({200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n", 3000});
    const CommandResult result = sendAndWait(u"1000"_s, ParkAction::ParkCustomer);
    QCOMPARE(result.answer.kind, ResultKind::Timeout);
    QVERIFY(outcomeUnknown(result.answer.kind)); // it may have been stored: the bar must say so
}

void TestParkCallService::aClosedPortGivesConnectionFailed()
{
    delete m_server; // nothing listens on its port any more
    m_server = nullptr;
    m_client->setConfig(configFor());
    const CommandResult result = sendAndWait(u"1000"_s, ParkAction::ParkCustomer);
    QCOMPARE(result.answer.kind, ResultKind::ConnectionFailed);
    QVERIFY(!result.answer.text.isEmpty());
}

void TestParkCallService::aDroppedConnectionGivesConnectionFailed()
{
    LocalHttpServer::Reply drop;
    drop.dropConnection = true;
    m_server->setReply(drop);
    QCOMPARE(sendAndWait(u"1000"_s, ParkAction::ParkCustomer).answer.kind, ResultKind::ConnectionFailed);
}

void TestParkCallService::commandsForDifferentAgentsMayOverlap()
{
    m_server->setReply({200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n", 200});
    QSignalSpy finished(m_service, &ParkCallService::commandFinished);
    m_service->send(u"1000"_s, ParkAction::ParkCustomer);
    m_service->send(u"1003"_s, ParkAction::ParkCustomer);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
    QCOMPARE(m_server->received().size(), 2);
}

void TestParkCallService::readsAtMostTheSizeLimitOfAHugeBody()
{
    ServerConfig config = configFor();
    config.maxAnswerBytes = 256 * 1024;
    m_client->setConfig(config);
    m_server->setReply({200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n" + QByteArray(10 * 1024 * 1024, 'w')});
    QSignalSpy exchanges(m_client, &WireClient::exchangeFinished);
    const CommandResult result = sendAndWait(u"1000"_s, ParkAction::ParkCustomer);
    QCOMPARE(result.answer.kind, ResultKind::Success);
    QCOMPARE(exchanges.size(), 1);
    const WireResponse response = exchanges.first().first().value<WireResponse>();
    QVERIFY(response.truncatedAtLimit);
    QVERIFY(response.body.size() <= config.maxAnswerBytes);
}

void TestParkCallService::aWrongPasswordStopsAllTrafficUntilAPersonActs()
{
    m_client->setConfig(configFor(u"wrongpass"_s));
    m_server->setReply({200, "ERROR: Invalid Username/Password: |6666|wrongpass|0|1|BAD|\n"});
    QSignalSpy stopped(m_client, &WireClient::trafficStopped);
    QCOMPARE(sendAndWait(u"1000"_s, ParkAction::ParkCustomer).answer.kind, ResultKind::BadCredentials);
    QCOMPARE(stopped.size(), 1);
    QVERIFY(m_client->isTrafficStopped());

    for (int i = 0; i < 3; ++i) {
        const CommandResult refused = sendAndWait(u"1000"_s, ParkAction::GrabCustomer);
        QCOMPARE(refused.answer.kind, ResultKind::NotSent);
        QVERIFY(!refused.reachedServer);
    }
    QCOMPARE(m_server->received().size(), 1); // exactly one failing request

    m_server->setReply({200, "SUCCESS: park_call function set - GRAB_CUSTOMER|1000\n"});
    m_client->resumeTraffic(); // the person pressed Retry
    QCOMPARE(sendAndWait(u"1000"_s, ParkAction::GrabCustomer).answer.kind, ResultKind::Success);
    QCOMPARE(m_server->received().size(), 2);
}

void TestParkCallService::theEchoedPasswordNeverReachesTheResult()
{
    const QString password = u"Wr0ng&Pa55=%"_s;
    m_client->setConfig(configFor(password));
    m_server->setReply({200, "ERROR: Invalid Username/Password: |6666|Wr0ngPa55=|0|1|BAD|0|api|SELECT count(*) from vicidial_users "
                             "where user='6666' and pass='Wr0ngPa55=';|\n"});
    QSignalSpy exchanges(m_client, &WireClient::exchangeFinished);
    const CommandResult result = sendAndWait(u"1000"_s, ParkAction::ParkCustomer);
    QCOMPARE(result.answer.kind, ResultKind::BadCredentials);
    const WireResponse response = exchanges.first().first().value<WireResponse>();
    for (const QString &form : m_client->redactor().forms()) {
        QVERIFY(!result.answer.text.contains(form));
        QVERIFY(!result.answer.detail.contains(form));
        QVERIFY(!QString::fromUtf8(response.body).contains(form));
    }
}

QTEST_GUILESS_MAIN(TestParkCallService)
#include "TestParkCallService.moc"
