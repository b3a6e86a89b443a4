#include "state/StopReason.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<Answer>)

// The one sentence a person reads when requests to a server stopped
// (stopSentence): exact words, for every answer that stops traffic and for a
// request this program refused to send.
class TestStopReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentence_data();
    void sentence();
    void everyAnswerThatStopsTrafficHasARowAbove();
};

namespace {

std::optional<Answer> answer(ResultKind kind, const QString &user = {}, const QString &function = {},
                             const QString &detail = {}, const QString &text = {})
{
    Answer a;
    a.kind = kind;
    a.user = user;
    a.function = function;
    a.detail = detail;
    a.text = text;
    return a;
}

} // namespace

void TestStopReason::sentence_data()
{
    QTest::addColumn<std::optional<Answer>>("reason");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("reason not known yet") << std::optional<Answer>()
                                          << u"Signed out: requests to this server are stopped."_s;
    QTest::newRow("BadCredentials") << answer(ResultKind::BadCredentials, u"6666"_s, u"agent_status"_s, u"BAD"_s)
                                    << u"Signed out: wrong API user or password."_s;
    QTest::newRow("AccountLocked") << answer(ResultKind::AccountLocked, u"6666"_s, u"agent_status"_s, u"LOCK"_s)
                                   << u"Signed out: the server has locked API user 6666 for 15 minutes after too many failed logins."_s;
    QTest::newRow("IpBlocked") << answer(ResultKind::IpBlocked, u"6666"_s, u"park_call"_s, u"10.1.2.3"_s)
                               << u"The server does not accept requests from this computer (10.1.2.3)."_s;
    QTest::newRow("NoPermission") << answer(ResultKind::NoPermission, u"6666"_s, u"agent_status"_s)
                                  << u"API user 6666 is not allowed to use agent_status. Ask the VICIdial administrator to allow it."_s;
    QTest::newRow("NotSent, with its text")
        << answer(ResultKind::NotSent, {}, {}, u"password-unusable-for-the-non-agent-api"_s,
                  u"Not sent: the API password has characters that the server's non-agent API removes."_s)
        << u"Not sent: the API password has characters that the server's non-agent API removes."_s;
    QTest::newRow("NotSent, without text") << answer(ResultKind::NotSent) << u"Not sent."_s;
}

void TestStopReason::sentence()
{
    QFETCH(std::optional<Answer>, reason);
    QTEST(stopSentence(reason), "sentence");
}

void TestStopReason::everyAnswerThatStopsTrafficHasARowAbove()
{
    // A new kind that stops traffic needs its sentence checked in sentence_data().
    const QList<ResultKind> covered{ResultKind::BadCredentials, ResultKind::AccountLocked, ResultKind::IpBlocked,
                                    ResultKind::NoPermission};
    for (int k = 0; k <= int(ResultKind::NotSent); ++k) {
        const auto kind = ResultKind(k);
        QVERIFY2(stopsTraffic(kind) == covered.contains(kind), qPrintable(resultKindName(kind)));
    }
}

QTEST_GUILESS_MAIN(TestStopReason)
#include "TestStopReason.moc"
