#include "FixtureFiles.h"
#include "cli/CliArguments.h"
#include "cli/CliProfile.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kKeyPin = u"sha256//ZnXivGxG9jUk4nYLapUSNJHMs8PC+hyaX33QvLaqqhM="_s;
const QString kOtherKeyPin = u"sha256//hjLB0HDk9r6wGVWbMgJmYTRH+tI9GNEMA5c6G2Eu1EQ="_s;

ProfileSettings profile(const QString &id, const QString &name, const QString &url, const QString &agent)
{
    ProfileSettings saved;
    saved.id = id;
    saved.name = name;
    saved.values.insert(Setting::ServerUrl, url);
    saved.values.insert(Setting::ApiUser, u"parkbar"_s);
    saved.values.insert(Setting::AgentUser, agent);
    saved.values.insert(Setting::Source, u"desk-7"_s);
    saved.values.insert(Setting::RequestTimeoutMs, 8000);
    saved.values.insert(Setting::TlsPinnedSha256, kKeyPin);
    saved.values.insert(Setting::TlsCaFile, u"/etc/parkbar/ca.pem"_s);
    saved.values.insert(Setting::Proxy, u"http://proxy.example.com:3128"_s);
    return saved;
}
} // namespace

// `parkbar --status` and `--send` with the saved profile: what the profile
// gives, what each option overrides, and what is refused.
class TestCliProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theProfileInUseGivesEverything();
    void profilePicksAnotherByNameOrId_data();
    void profilePicksAnotherByNameOrId();
    void anUnknownProfileIsRefusedWithTheSavedNames();
    void eachOptionOverridesOneField();
    void caFileAndPinAreForThisRunOnly();
    void withoutAProfileTheCommandLineMustSayEverything();
    void plainHttpIsOneLineOfWarning();
    void aSchemelessServerIsRefusedWithBothForms();
    void aMalformedPinIsRefused();
    void aGatewayProfileIsRefusedBeforeAnyPasswordIsRead();

private:
    static CliRequest parse(const QStringList &arguments);
    static CliProfile::Outcome resolve(const QStringList &arguments)
    {
        return CliProfile::resolve(parse(arguments), m_profiles, u"main"_s);
    }
    static inline const QList<ProfileSettings> m_profiles{
        profile(u"main"_s, u"Main floor"_s, u"https://dialer.example.com"_s, u"1000"_s),
        profile(u"p2"_s, u"Night shift"_s, u"https://night.example.com:8443/agc/api.php"_s, u"2000"_s),
    };
};

CliRequest TestCliProfile::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliArguments::addOptions(parser);
    if (!parser.parse(QStringList{u"parkbar"_s} + arguments))
        return {};
    QProcessEnvironment environment;
    environment.insert(u"PARKBAR_PASSWORD"_s, u"1234"_s);
    return CliArguments::read(parser, environment).request.value_or(CliRequest());
}

void TestCliProfile::theProfileInUseGivesEverything()
{
    const CliProfile::Outcome outcome = resolve({u"--status"_s});
    QVERIFY2(outcome.request, qPrintable(outcome.error));
    const CliRequest &request = *outcome.request;
    QCOMPARE(request.profileName, u"Main floor"_s);
    QCOMPARE(request.server.baseUrl, QUrl(u"https://dialer.example.com"_s));
    QCOMPARE(request.server.apiUser, u"parkbar"_s);
    QCOMPARE(request.agent, u"1000"_s);
    QCOMPARE(request.server.source, u"desk-7"_s);
    QCOMPARE(request.server.timeoutMs, 8000);
    QCOMPARE(request.server.pins().toText(), kKeyPin);
    QCOMPARE(request.server.caFile, u"/etc/parkbar/ca.pem"_s);
    QCOMPARE(request.server.proxy.toText(), u"http://proxy.example.com:3128"_s);
    QCOMPARE(request.server.password, u"1234"_s);
    QVERIFY(request.missing().isEmpty());
    QVERIFY(outcome.warnings.isEmpty());
}

void TestCliProfile::profilePicksAnotherByNameOrId_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::newRow("name") << u"Night shift"_s;
    QTest::newRow("id") << u"p2"_s;
}

void TestCliProfile::profilePicksAnotherByNameOrId()
{
    QFETCH(QString, wanted);
    const CliProfile::Outcome outcome = resolve({u"--status"_s, u"--profile"_s, wanted});
    QVERIFY2(outcome.request, qPrintable(outcome.error));
    QCOMPARE(outcome.request->profileName, u"Night shift"_s);
    QCOMPARE(outcome.request->server.baseUrl, QUrl(u"https://night.example.com:8443"_s));
    QCOMPARE(outcome.request->agent, u"2000"_s);
}

void TestCliProfile::anUnknownProfileIsRefusedWithTheSavedNames()
{
    const CliProfile::Outcome outcome = resolve({u"--status"_s, u"--profile"_s, u"Day"_s});
    QVERIFY(!outcome.request);
    QCOMPARE(outcome.error, u"--profile: no saved profile is called \"Day\". Saved profiles: Main floor, Night shift."_s);
    const CliProfile::Outcome none = CliProfile::resolve(parse({u"--status"_s, u"--profile"_s, u"Day"_s}), {}, {});
    QCOMPARE(none.error, u"--profile: there is no saved profile; set one up in the window first."_s);
}

void TestCliProfile::eachOptionOverridesOneField()
{
    const CliProfile::Outcome outcome = resolve({u"--status"_s, u"--server"_s, u"https://other.example.com"_s});
    QCOMPARE(outcome.request->server.baseUrl, QUrl(u"https://other.example.com"_s));
    QCOMPARE(outcome.request->server.apiUser, u"parkbar"_s);
    QCOMPARE(outcome.request->agent, u"1000"_s);
    QCOMPARE(outcome.request->server.pins().toText(), kKeyPin);

    const CliProfile::Outcome user = resolve({u"--status"_s, u"--user"_s, u"6666"_s});
    QCOMPARE(user.request->server.apiUser, u"6666"_s);
    QCOMPARE(user.request->server.baseUrl, QUrl(u"https://dialer.example.com"_s));
    QCOMPARE(user.request->agent, u"1000"_s);

    const CliProfile::Outcome agent = resolve({u"--status"_s, u"--agent"_s, u"1003"_s, u"--profile"_s, u"Night shift"_s});
    QCOMPARE(agent.request->agent, u"1003"_s);
    QCOMPARE(agent.request->server.baseUrl, QUrl(u"https://night.example.com:8443"_s));
}

void TestCliProfile::caFileAndPinAreForThisRunOnly()
{
    const CliProfile::Outcome outcome = resolve({u"--status"_s, u"--pin"_s, kOtherKeyPin});
    QCOMPARE(outcome.request->server.pins().toText(), kOtherKeyPin);
    QCOMPARE(outcome.request->server.caFile, u"/etc/parkbar/ca.pem"_s);
    const QString caFile = testDataPath(u"tls/ca.pem"_s);
    const CliProfile::Outcome ca = resolve({u"--status"_s, u"--ca-file"_s, caFile});
    QCOMPARE(ca.request->server.caFile, caFile);
    QCOMPARE(ca.request->server.pins().toText(), kKeyPin);
}

void TestCliProfile::withoutAProfileTheCommandLineMustSayEverything()
{
    const CliProfile::Outcome outcome = CliProfile::resolve(parse({u"--status"_s}), {}, {});
    QVERIFY(outcome.request);
    QCOMPARE(outcome.request->missing(), (QStringList{u"--server URL"_s, u"--user USER"_s, u"--agent AGENT"_s}));
}

void TestCliProfile::plainHttpIsOneLineOfWarning()
{
    const CliProfile::Outcome outcome = resolve({u"--status"_s, u"--server"_s, u"http://10.0.0.5"_s});
    QCOMPARE(outcome.warnings,
             QStringList{u"Warning: http://10.0.0.5 is plain http, so the API password travels unencrypted; use https:// if "
                         "the server offers it."_s});
}

void TestCliProfile::aSchemelessServerIsRefusedWithBothForms()
{
    QCommandLineParser parser;
    CliArguments::addOptions(parser);
    QVERIFY(parser.parse({u"parkbar"_s, u"--status"_s, u"--server"_s, u"dialer.example.com"_s}));
    const CliArguments::Outcome outcome = CliArguments::read(parser, {});
    QVERIFY(!outcome.request);
    QCOMPARE(outcome.error, u"--server: \"dialer.example.com\" has no scheme. Write https://dialer.example.com (encrypted), or "
                            "http://dialer.example.com if the server has no https (the password then travels unencrypted)."_s);
}

void TestCliProfile::aMalformedPinIsRefused()
{
    QCommandLineParser parser;
    CliArguments::addOptions(parser);
    QVERIFY(parser.parse({u"parkbar"_s, u"--status"_s, u"--pin"_s, u"sha256//short"_s}));
    const CliArguments::Outcome outcome = CliArguments::read(parser, {});
    QVERIFY(!outcome.request);
    QVERIFY(outcome.error.startsWith(u"--pin: "_s));
    QVERIFY(parser.parse({u"parkbar"_s, u"--status"_s, u"--ca-file"_s, u"/nonexistent/ca.pem"_s}));
    QVERIFY(CliArguments::read(parser, {}).error.startsWith(u"--ca-file: "_s));
}

void TestCliProfile::aGatewayProfileIsRefusedBeforeAnyPasswordIsRead()
{
    ProfileSettings gateway = profile(u"gw"_s, u"Floor 3"_s, u"https://dialer.example.com"_s, u"1000"_s);
    gateway.values.insert(Setting::HubUrl, QStringList{u"wss://hub.example.com:8765"_s});
    gateway.values.insert(Setting::HubMode, u"gateway"_s);
    const CliProfile::Outcome outcome = CliProfile::resolve(parse({u"--status"_s}), {gateway}, u"gw"_s);
    QVERIFY(!outcome.request);
    QCOMPARE(outcome.error, u"The profile \"Floor 3\" is in gateway mode: its hub holds the API password and sends the commands, "
                            "and the command line does not go through a gateway hub. Use ParkBar's window, or give --server, "
                            "--user and PARKBAR_PASSWORD to reach the server directly."_s);

    // The same profile in feed mode still runs, through its hub.
    gateway.values.insert(Setting::HubMode, u"feed"_s);
    const CliProfile::Outcome feed = CliProfile::resolve(parse({u"--status"_s}), {gateway}, u"gw"_s);
    QVERIFY(feed.request);
    QCOMPARE(feed.request->hub.url, QUrl(u"wss://hub.example.com:8765"_s));
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "TestCliProfile.moc"
