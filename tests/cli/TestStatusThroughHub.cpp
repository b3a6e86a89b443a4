#include "CliRun.h"
#include "demo/VicidialSimulator.h"
#include "cli/StatusCommand.h"
#include "hub/HubPoller.h"
#include "hub/HubService.h"
#include "hub/TokenFile.h"
#include "util/Clock.h"

#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

// `parkbar --status` with a profile that names a hub: the state comes from
// the hub (no agent_status at the server), and the output says which source
// answered; without the hub it polls directly and says why.
class TestStatusThroughHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theHubAnswersAndTheOutputSaysSo();
    void withoutTheHubItPollsDirectlyAndSaysWhy();

private:
    int run();
    QStringList outLines() const { return m_out.split(u'\n', Qt::SkipEmptyParts); }

    std::unique_ptr<VicidialSimulator> m_sim;
    std::unique_ptr<HubService> m_hub;
    QString m_token;
    QUrl m_hubUrl;
    QString m_out;
    QString m_err;
};

void TestStatusThroughHub::init()
{
    m_sim = std::make_unique<VicidialSimulator>();
    QVERIFY(m_sim->listen());
    m_token = TokenFile::newToken();
    HubConfig config;
    config.port = 0;
    config.metricsEnabled = false;
    config.api = m_sim->clientConfig();
    config.api.source = u"parkbar-hub"_s;
    config.intervalMs = 100;
    HubToken token;
    token.name = u"desk-1"_s;
    token.role = HubRole::Bar;
    token.sha256Hex = TokenFile::hashOf(m_token);
    m_hub = std::make_unique<HubService>(config, HubServerOptions{}, Clock::system());
    QVERIFY(!m_hub->start({token}));
    QTRY_VERIFY(m_hub->poller()->hasData());
    m_hubUrl = m_hub->server()->url();
    m_out.clear();
    m_err.clear();
}

void TestStatusThroughHub::cleanup()
{
    m_hub.reset();
    m_sim.reset();
}

int TestStatusThroughHub::run()
{
    SessionOptions options;
    options.parkIvrModes.insert(u"TESTCAMP"_s, ParkIvrMode::Enabled);
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    StatusCommand command(m_sim->clientConfig(), u"1000"_s, options, out, err);
    HubClientOptions hub;
    hub.url = m_hubUrl;
    hub.token = m_token;
    command.followHub(hub);
    return runCliCommand(&command);
}

void TestStatusThroughHub::theHubAnswersAndTheOutputSaysSo()
{
    m_sim->resetCounters();
    QCOMPARE(run(), 0);
    QCOMPARE(m_err, QString());
    const QStringList lines = outLines();
    QCOMPARE(lines.value(0), u"agent 1000: INCALL, no sub status, lead 12345, campaign TESTCAMP"_s);
    QCOMPARE(lines.value(1), u"source: the hub %1"_s.arg(m_hubUrl.toString()));
    QCOMPARE(m_sim->requestCount(u"agent_status"_s), 0);
}

void TestStatusThroughHub::withoutTheHubItPollsDirectlyAndSaysWhy()
{
    m_hub.reset(); // nothing listens on the hub's port now
    m_sim->resetCounters();
    QCOMPARE(run(), 0);
    const QStringList lines = outLines();
    QCOMPARE(lines.value(0), u"agent 1000: INCALL, no sub status, lead 12345, campaign TESTCAMP"_s);
    QVERIFY2(lines.value(1).startsWith(u"source: direct polling (the hub %1 cannot be relied on: "_s.arg(m_hubUrl.toString())),
             qPrintable(lines.value(1)));
    QVERIFY(m_sim->requestCount(u"agent_status"_s) >= 1);
}

QTEST_GUILESS_MAIN(TestStatusThroughHub)
#include "TestStatusThroughHub.moc"
