#include "HubAgents.h"
#include "HubTestRig.h"
#include "SimulatorHarness.h"
#include "demo/VicidialSimulator.h"
#include "hub/HubClient.h"
#include "hub/HubFloorFeed.h"
#include "hub/HubSession.h"
#include "services/CapabilityProbe.h"
#include "services/ParkCallService.h"
#include "session/AgentSession.h"
#include "supervisor/FloorAgentFeed.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubAgents;

// A supervisor window behind a hub, built as ModeSwitcher builds it: the
// floor from the hub, the builds from the hub, and not one request of its
// own to VICIdial, not even `version`.
class TestSupervisorOverHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSupervisorOverAHubSendsNoRequestToVicidial();
};

void TestSupervisorOverHub::aSupervisorOverAHubSendsNoRequestToVicidial()
{
    // The desk's own server: it must hear nothing from the desk.
    SimulatorHarness desk;
    QVERIFY(desk.listen());
    desk.connect();

    HubTestRig rig;
    const QString token = rig.addToken(u"floor-1"_s, HubRole::Supervisor);
    rig.source().setFloor({inCall(u"1000"_s), inCall(u"1001"_s)});
    QVERIFY(!rig.start());

    HubClientOptions options;
    options.url = rig.url();
    options.token = token;
    HubClient hub(options);
    adoptHubBuilds(&hub, desk.probe());
    HubFloorFeed floor(&hub, Clock::system());
    QSignalSpy floors(&floor, &FloorFeed::floorUpdated);
    floor.start();
    QTRY_VERIFY(floor.hasFloor());
    QCOMPARE(floor.lastFloor().size(), 2);

    // The supervisor selects an agent: a session over the floor, with the shared probe and service.
    AgentSession selected({new FloorAgentFeed(&floor, u"1000"_s), desk.probe(), desk.service()}, u"1000"_s,
                          fastSessionOptions(), Clock::system());
    selected.start();
    QTRY_COMPARE(selected.view().feed, FeedState::Live);
    QCOMPARE(selected.view().snapshot->status, u"INCALL"_s);
    selected.retry(); // a person's Retry asks the hub again, not VICIdial
    floor.pollNow();
    QTRY_VERIFY(floors.size() >= 1);

    // Had anything gone to VICIdial (the probe's version first), it would be there by now.
    QVERIFY(!QTest::qWaitFor([&] { return desk.sim().requestCount() > 0; }, 300));
    QCOMPARE(desk.sim().requestCount(), 0);
    QVERIFY(desk.probe()->isAdopted());
    QVERIFY(!desk.probe()->capabilities().isKnown()); // this hub said no builds: unknown, treated as able
    selected.stop();
}

QTEST_GUILESS_MAIN(TestSupervisorOverHub)
#include "TestSupervisorOverHub.moc"
