#include "MariaDbServer.h"
#include "PhoneLogins.h"
#include "RawHubClient.h"

#include "demo/SimDatabaseMirror.h"
#include "demo/SimFloor.h"
#include "demo/VicidialSimulator.h"
#include "hub/HubPoller.h"
#include "hub/HubProtocol.h"
#include "hub/HubService.h"
#include "hub/TokenFile.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// A gateway hub on the database source, which knows each agent's phone
// (vicidial_live_agents.extension): a desk bound to a phone follows whoever
// logs in there, and commands for that agent go through the hub.
class TestHubPhoneSeats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void aLoginOnThePhoneSeatsThatAgentAndALogoutEmptiesTheSeat();
    void theSeatedAgentsCommandGoesOnceThroughTheHub();
    void theWelcomeCarriesTheServersBuilds();

private:
    std::unique_ptr<RawHubClient> connectDesk(const QString &phone);
    void logIn(const QString &user, const QString &phone);

    std::unique_ptr<MariaDbServer> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VicidialSimulator> m_sim;
    std::unique_ptr<SimDatabaseMirror> m_mirror;
    std::unique_ptr<HubService> m_hub;
    QList<HubToken> m_tokens;
    QStringList m_texts;
};

void TestHubPhoneSeats::initTestCase()
{
    m_db = std::make_unique<MariaDbServer>();
    QVERIFY2(m_db->start(), qPrintable(m_db->errorString()));
}

void TestHubPhoneSeats::cleanupTestCase()
{
    m_db.reset();
}

void TestHubPhoneSeats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sim = std::make_unique<VicidialSimulator>();
    m_sim->setAgentScreenDelayMs(100);
    QVERIFY(m_sim->listen());
    m_mirror = std::make_unique<SimDatabaseMirror>(m_db->adminConnection());
    QVERIFY2(m_mirror->attach(m_sim.get()), qPrintable(m_mirror->errorString()));

    HubConfig config;
    config.port = 0;
    config.metricsEnabled = false;
    config.sourceKind = HubConfig::SourceKind::Database;
    config.database = m_db->readOnlyOptions();
    config.intervalMs = 100;
    config.hasApi = true;
    config.api = m_sim->clientConfig();
    config.gatewayEnabled = true;
    config.auditFile = m_dir->filePath(u"audit.jsonl"_s);
    m_tokens.clear();
    for (const QString &phone : {u"SIP/1000"_s, u"SIP/1002"_s}) {
        const QString token = TokenFile::newToken();
        HubToken entry;
        entry.name = u"desk-"_s + QString(phone).replace(u'/', u'-');
        entry.sha256Hex = TokenFile::hashOf(token);
        entry.phone = phone;
        m_tokens.append(entry);
        m_texts.append(token);
    }
    m_hub = std::make_unique<HubService>(config, HubServerOptions{}, Clock::system());
    QVERIFY(!m_hub->start(m_tokens).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(m_hub->poller()->hasData(), 10000);
}

void TestHubPhoneSeats::cleanup()
{
    m_hub.reset();
    m_mirror.reset();
    m_sim.reset();
    m_dir.reset();
    m_texts.clear();
}

std::unique_ptr<RawHubClient> TestHubPhoneSeats::connectDesk(const QString &phone)
{
    const QString token = m_texts.at(phone == u"SIP/1000"_s ? 0 : 1);
    auto desk = std::make_unique<RawHubClient>();
    desk->open(m_hub->server()->url(), token);
    if (!desk->waitConnected() || !desk->waitFor(u"welcome"_s))
        return nullptr;
    desk->send(HubProtocol::subscribePhone(phone));
    return desk;
}

void TestHubPhoneSeats::logIn(const QString &user, const QString &phone)
{
    QVERIFY(logInOnPhone(m_sim.get(), user, phone));
}

void TestHubPhoneSeats::aLoginOnThePhoneSeatsThatAgentAndALogoutEmptiesTheSeat()
{
    std::unique_ptr<RawHubClient> desk = connectDesk(u"SIP/1000"_s);
    QVERIFY(desk);
    QVERIFY(desk->waitFor(u"seat"_s));
    QCOMPARE(desk->messages(u"seat"_s).last().value(u"user"_s).toString(), u"1000"_s);
    QCOMPARE(desk->messages(u"seat"_s).last().value(u"fullName"_s).toString(), m_sim->agent(u"1000"_s)->fullName);
    QVERIFY(desk->waitFor(u"snapshot"_s));

    m_sim->agent(u"1000"_s)->loggedIn = false; // the agent logs out of the phone
    m_sim->noteAgentChanged(u"1000"_s);
    QVERIFY(desk->waitFor(u"seat"_s, 2, 10000));
    QCOMPARE(desk->messages(u"seat"_s).last().value(u"user"_s).toString(), QString());

    logIn(u"1002"_s, u"SIP/1000"_s); // another agent logs in on it
    QVERIFY(desk->waitFor(u"seat"_s, 3, 10000));
    QCOMPARE(desk->messages(u"seat"_s).last().value(u"user"_s).toString(), u"1002"_s);
    QVERIFY(desk->waitFor(u"snapshot"_s, 2, 10000));
    const QJsonArray agents = desk->messages(u"snapshot"_s).last().value(u"agents"_s).toArray();
    QCOMPARE(agents.size(), 1);
    QCOMPARE(agents.first().toObject().value(u"user"_s).toString(), u"1002"_s);

    std::unique_ptr<RawHubClient> empty = connectDesk(u"SIP/1002"_s); // 1002 left that phone: nobody is there
    QVERIFY(empty);
    QVERIFY(empty->waitFor(u"seat"_s));
    QCOMPARE(empty->messages(u"seat"_s).last().value(u"user"_s).toString(), QString());
}

void TestHubPhoneSeats::theSeatedAgentsCommandGoesOnceThroughTheHub()
{
    std::unique_ptr<RawHubClient> desk = connectDesk(u"SIP/1000"_s);
    QVERIFY(desk);
    QVERIFY(desk->waitFor(u"seat"_s));
    m_sim->resetCounters();
    desk->send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"result"_s, 1, 10000));
    QCOMPARE(desk->messages(u"result"_s).last().value(u"answer"_s).toObject().value(u"kind"_s).toString(), u"success"_s);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
}

void TestHubPhoneSeats::theWelcomeCarriesTheServersBuilds()
{
    std::unique_ptr<RawHubClient> first = connectDesk(u"SIP/1000"_s);
    QVERIFY(first);
    // The hub reads the builds as it starts: in the first welcome or in a server message soon after.
    QTRY_VERIFY_WITH_TIMEOUT(first->messages(u"welcome"_s).first().contains(u"server"_s) || first->count(u"server"_s) > 0, 10000);
    std::unique_ptr<RawHubClient> second = connectDesk(u"SIP/1002"_s);
    QVERIFY(second);
    const QJsonObject server = second->messages(u"welcome"_s).first().value(u"server"_s).toObject();
    QCOMPARE(server.value(u"agentApiBuild"_s).toString(), m_sim->floor()->agentApiBuild().toString());
    QCOMPARE(server.value(u"nonAgentApiBuild"_s).toString(), m_sim->floor()->nonAgentApiBuild().toString());
    QVERIFY(!server.value(u"agentApiVersion"_s).toString().isEmpty());
    QCOMPARE(second->messages(u"welcome"_s).first().value(u"mode"_s).toString(), u"gateway"_s);
}

QTEST_GUILESS_MAIN(TestHubPhoneSeats)
#include "TestHubPhoneSeats.moc"
