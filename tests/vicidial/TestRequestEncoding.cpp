#include "vicidial/ApiRequest.h"
#include "vicidial/ServerConfig.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What goes on the wire: every field percent-encoded, credentials only where needed.
class TestRequestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesAHostilePasswordSoPhpDecodesItIntact_data();
    void encodesAHostilePasswordSoPhpDecodesItIntact();
    void parkCallCarriesAgentAndValue();
    void versionCarriesNoCredentials();
    void loggedInAgentsAsksForSubStatusAndFilters();
    void buildsEndpointUrls_data();
    void buildsEndpointUrls();
    void checksTheSourceLength_data();
    void checksTheSourceLength();
    void parsesFingerprints();
};

void TestRequestEncoding::encodesAHostilePasswordSoPhpDecodesItIntact_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("form metacharacters") << u"a&b=c+d%e#f?g"_s;
    QTest::newRow("spaces") << u" lead and trail "_s;
    QTest::newRow("non-ASCII") << u"contraseña€漢字"_s;
    QTest::newRow("percent sequences") << u"%41%2B%%"_s;
}

void TestRequestEncoding::encodesAHostilePasswordSoPhpDecodesItIntact()
{
    QFETCH(QString, password);
    const FormFields fields = ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer).formFields(u"parkbar"_s, u"6666"_s, password);
    const QByteArray encoded = encodeForm(fields);
    for (char c : {'&', '=', '+', '#', '?', ' '})
        QCOMPARE(encoded.count(c) - (c == '&' ? 5 : 0) - (c == '=' ? 6 : 0), 0);
    QCOMPARE(decodeForm(encoded), fields);
}

void TestRequestEncoding::parkCallCarriesAgentAndValue()
{
    const QByteArray encoded =
        encodeForm(ApiRequest::parkCall(u"1000"_s, ParkAction::HangupXferGrabCustomer).formFields(u"parkbar"_s, u"6666"_s, u"1234"_s));
    QCOMPARE(encoded, "source=parkbar&user=6666&pass=1234&function=park_call&agent_user=1000&value=HANGUP_XFER_GRAB_CUSTOMER");
}

void TestRequestEncoding::versionCarriesNoCredentials()
{
    const QByteArray encoded =
        encodeForm(ApiRequest::version(ApiRequest::Endpoint::AgentApi).formFields(u"parkbar"_s, u"6666"_s, u"secret"_s));
    QCOMPARE(encoded, "source=parkbar&function=version");
}

void TestRequestEncoding::loggedInAgentsAsksForSubStatusAndFilters()
{
    const ApiRequest request = ApiRequest::loggedInAgents({u"SALES"_s, u"TESTCAMP"_s}, {u"AGENTS"_s});
    QCOMPARE(request.endpoint, ApiRequest::Endpoint::NonAgentApi);
    QCOMPARE(encodeForm(request.parameters), "stage=pipe&show_sub_status=YES&campaigns=SALES%7CTESTCAMP&user_groups=AGENTS");
}

void TestRequestEncoding::buildsEndpointUrls_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("agentApi");
    QTest::newRow("bare host") << u"https://dialer.example.com"_s << u"https://dialer.example.com/agc/api.php"_s;
    QTest::newRow("trailing slash") << u"https://dialer.example.com/"_s << u"https://dialer.example.com/agc/api.php"_s;
    QTest::newRow("pasted agent API") << u"https://dialer.example.com/agc/api.php"_s << u"https://dialer.example.com/agc/api.php"_s;
    QTest::newRow("pasted non-agent API") << u"https://dialer.example.com/vicidial/non_agent_api.php?x=1"_s
                                          << u"https://dialer.example.com/agc/api.php"_s;
    QTest::newRow("sub folder and port") << u"http://10.0.0.5:8080/vici/"_s << u"http://10.0.0.5:8080/vici/agc/api.php"_s;
}

void TestRequestEncoding::buildsEndpointUrls()
{
    QFETCH(QString, typed);
    const QUrl base = ServerConfig::normalizedBaseUrl(QUrl(typed));
    QTEST(ApiRequest::endpointUrl(base, ApiRequest::Endpoint::AgentApi).toString(), "agentApi");
}

void TestRequestEncoding::checksTheSourceLength_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one character") << u"p"_s << false;
    QTest::newRow("two") << u"pb"_s << true;
    QTest::newRow("default") << u"parkbar"_s << true;
    QTest::newRow("twenty") << u"abcdefghijklmnopqrst"_s << true;
    QTest::newRow("twenty-one") << u"abcdefghijklmnopqrstu"_s << false;
}

void TestRequestEncoding::checksTheSourceLength()
{
    QFETCH(QString, source);
    QTEST(ServerConfig::isValidSource(source), "valid");
}

void TestRequestEncoding::parsesFingerprints()
{
    const QByteArray raw = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QCOMPARE(ServerConfig::parseFingerprint(ServerConfig::formatFingerprint(raw)), raw);
    QCOMPARE(ServerConfig::parseFingerprint(u"sha256/00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_s), raw);
    QVERIFY(ServerConfig::parseFingerprint(u"00:11"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestRequestEncoding)
#include "TestRequestEncoding.moc"
