#include "SimTestClient.h"

#include "demo/VicidialSimulator.h"
#include "util/Clock.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The shared login lockout of both APIs (PROTOCOL.md section 6), on a manual clock.
class TestSimLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tenFailuresAcrossBothApisLockEvenTheRightPassword();
    void theLockEndsAfterFifteenMinutes();
    void aSuccessDoesNotResetTheCount();
    void failuresOlderThanFifteenMinutesDoNotCount();
    void aLockedUserDoesNotLockOthers();

private:
    RawAnswer parkWith(const QString &user, const QString &pass);
    RawAnswer statusWith(const QString &user, const QString &pass);
    void failTimes(int count, const QString &user);

    ManualClock *m_clock = nullptr;
    VicidialSimulator *m_sim = nullptr;
    SimTestClient *m_client = nullptr;
};

void TestSimLockout::init()
{
    m_clock = new ManualClock();
    m_sim = new VicidialSimulator(m_clock, this);
    QVERIFY(m_sim->listen());
    m_client = new SimTestClient(m_sim->baseUrl());
}

void TestSimLockout::cleanup()
{
    delete m_client;
    delete m_sim;
    delete m_clock;
}

RawAnswer TestSimLockout::parkWith(const QString &user, const QString &pass)
{
    return m_client->agentApi(apiForm(user, pass, u"park_call"_s, {{u"agent_user"_s, u"1000"_s}, {u"value"_s, u"PARK_CUSTOMER"_s}}));
}

RawAnswer TestSimLockout::statusWith(const QString &user, const QString &pass)
{
    return m_client->nonAgentApi(apiForm(user, pass, u"agent_status"_s, {{u"agent_user"_s, u"1000"_s}}));
}

// Alternates between the APIs, so both feed the one counter.
void TestSimLockout::failTimes(int count, const QString &user)
{
    for (int i = 0; i < count; ++i) {
        const RawAnswer answer = i % 2 ? statusWith(user, u"wrongpass"_s) : parkWith(user, u"wrongpass"_s);
        QCOMPARE(parseAnswer(answer.body, Redactor(u"wrongpass"_s)).kind, ResultKind::BadCredentials);
        m_clock->advance(1000);
    }
}

void TestSimLockout::tenFailuresAcrossBothApisLockEvenTheRightPassword()
{
    failTimes(10, u"6667"_s);

    const RawAnswer agentApi = parkWith(u"6667"_s, u"1234"_s);
    QCOMPARE(agentApi.body, "ERROR: Invalid Username/Password: |6667|1234|0|1|LOCK|\n");
    QCOMPARE(parseAnswer(agentApi.body, Redactor(u"1234"_s)).kind, ResultKind::AccountLocked);

    const RawAnswer nonAgentApi = statusWith(u"6667"_s, u"1234"_s);
    QCOMPARE(nonAgentApi.body, "ERROR: Too many login attempts, try again in 15 minutes: |6667|LOCK|\n");
    const AgentStatusResult parsed = parseAgentStatus(nonAgentApi.body, Redactor(u"1234"_s), u"1000"_s);
    QCOMPARE(parsed.answer.kind, ResultKind::AccountLocked);
    QVERIFY(!parsed.agent);
    QVERIFY(!m_sim->pendingCommand(u"1000"_s)); // the command never got stored
}

void TestSimLockout::theLockEndsAfterFifteenMinutes()
{
    failTimes(10, u"6667"_s);
    m_clock->advance(15 * 60 * 1000 - 1001);
    QCOMPARE(parseAnswer(parkWith(u"6667"_s, u"1234"_s).body, Redactor()).kind, ResultKind::AccountLocked);
    m_clock->advance(1);
    QCOMPARE(parkWith(u"6667"_s, u"1234"_s).body, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    QVERIFY(statusWith(u"6667"_s, u"1234"_s).body.startsWith("INCALL|"));
}

void TestSimLockout::aSuccessDoesNotResetTheCount()
{
    failTimes(9, u"6667"_s);
    QCOMPARE(parkWith(u"6667"_s, u"1234"_s).body, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    QVERIFY(statusWith(u"6667"_s, u"1234"_s).body.startsWith("INCALL|"));
    failTimes(1, u"6667"_s);
    QCOMPARE(statusWith(u"6667"_s, u"1234"_s).body, "ERROR: Too many login attempts, try again in 15 minutes: |6667|LOCK|\n");
}

void TestSimLockout::failuresOlderThanFifteenMinutesDoNotCount()
{
    failTimes(9, u"6667"_s);
    m_clock->advance(15 * 60 * 1000);
    failTimes(1, u"6667"_s);
    QCOMPARE(parkWith(u"6667"_s, u"1234"_s).body, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
}

void TestSimLockout::aLockedUserDoesNotLockOthers()
{
    failTimes(10, u"6667"_s);
    QCOMPARE(parseAnswer(parkWith(u"6667"_s, u"wrongpass"_s).body, Redactor()).kind, ResultKind::AccountLocked);
    QCOMPARE(parseAnswer(parkWith(u"6667"_s, u"1234"_s).body, Redactor()).kind, ResultKind::AccountLocked);
    QCOMPARE(parkWith(u"6666"_s, u"1234"_s).body, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    // An unknown user has no row to lock.
    for (int i = 0; i < 11; ++i)
        parkWith(u"4444"_s, u"1234"_s);
    QVERIFY(parkWith(u"4444"_s, u"1234"_s).body.contains("|BAD|"));
}

QTEST_GUILESS_MAIN(TestSimLockout)
#include "TestSimLockout.moc"
