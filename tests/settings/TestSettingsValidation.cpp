#include "settings/SettingsValidation.h"
#include "vicidial/ServerConfig.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ValidationResult::Level)

// What the settings dialog tells a person about each value they type.
class TestSettingsValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksTheServerAddress_data();
    void checksTheServerAddress();
    void checksTheSource_data();
    void checksTheSource();
    void checksIntervalsAgainstTheirRange_data();
    void checksIntervalsAgainstTheirRange();
    void theCriticalParkLimitComesAfterTheWarning();
    void checksTheFingerprint_data();
    void checksTheFingerprint();
    void warnsAboutAPasswordTheNonAgentApiWouldAlter_data();
    void warnsAboutAPasswordTheNonAgentApiWouldAlter();
    void rejectsInvalidStoredValues_data();
    void rejectsInvalidStoredValues();
};

using Level = ValidationResult::Level;

void TestSettingsValidation::checksTheServerAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("says");
    QTest::newRow("https") << u"https://dialer.example.com"_s << Level::Ok << QString();
    QTest::newRow("https with port and path") << u"https://10.0.0.5:8443/vicidial/non_agent_api.php"_s << Level::Ok << QString();
    QTest::newRow("plain http") << u"http://dialer.example.com"_s << Level::Warning << u"Plain http sends the API password unencrypted"_s;
    QTest::newRow("no scheme") << u"dialer.example.com"_s << Level::Error << u"https://"_s;
    QTest::newRow("ftp") << u"ftp://dialer.example.com"_s << Level::Error << u"https://"_s;
    QTest::newRow("no host") << u"https://"_s << Level::Error << u"no server name"_s;
    QTest::newRow("credentials in it") << u"https://user:pw@dialer.example.com"_s << Level::Error << u"password"_s;
    QTest::newRow("empty") << QString() << Level::Error << u"Enter the server's address"_s;
    QTest::newRow("spaces") << u"https://dial er.example.com"_s << Level::Error << QString();
}

void TestSettingsValidation::checksTheServerAddress()
{
    QFETCH(QString, url);
    QFETCH(Level, level);
    QFETCH(QString, says);
    const ValidationResult result = validateBaseUrl(url);
    QCOMPARE(result.level, level);
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    QCOMPARE(result.message.isEmpty(), level == Level::Ok);
}

void TestSettingsValidation::checksTheSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << u"parkbar"_s << true;
    QTest::newRow("two characters") << u"pb"_s << true;
    QTest::newRow("twenty characters") << QString(20, u'x') << true;
    QTest::newRow("one character") << u"p"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("twenty-one characters") << QString(21, u'x') << false;
}

void TestSettingsValidation::checksTheSource()
{
    QFETCH(QString, source);
    QFETCH(bool, valid);
    QCOMPARE(validateSource(source).isOk(), valid);
    QCOMPARE(normalizedSettingValue(Setting::Source, source).has_value(), valid);
}

void TestSettingsValidation::checksIntervalsAgainstTheirRange_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("confirming default") << int(Setting::PollConfirmingMs) << 250 << true;
    QTest::newRow("confirming too fast") << int(Setting::PollConfirmingMs) << 50 << false;
    QTest::newRow("logged in default") << int(Setting::PollLoggedInMs) << 1000 << true;
    QTest::newRow("logged in hammering") << int(Setting::PollLoggedInMs) << 100 << false;
    QTest::newRow("logged out slow") << int(Setting::PollLoggedOutMs) << 300000 << true;
    QTest::newRow("logged out too slow") << int(Setting::PollLoggedOutMs) << 300001 << false;
    QTest::newRow("backoff ten minutes") << int(Setting::PollMaxBackoffMs) << 600000 << true;
    QTest::newRow("confirm timeout zero") << int(Setting::ConfirmTimeoutMs) << 0 << false;
    QTest::newRow("request timeout a minute") << int(Setting::RequestTimeoutMs) << 60000 << true;
    QTest::newRow("negative") << int(Setting::ParkWarnSeconds) << -1 << false;
}

void TestSettingsValidation::checksIntervalsAgainstTheirRange()
{
    QFETCH(int, key);
    QFETCH(int, value);
    QFETCH(bool, valid);
    const Setting setting = static_cast<Setting>(key);
    QCOMPARE(validateIntRange(setting, value).isOk(), valid);
    QCOMPARE(normalizedSettingValue(setting, value).has_value(), valid);
}

void TestSettingsValidation::theCriticalParkLimitComesAfterTheWarning()
{
    QVERIFY(validateParkLimits(60, 1500).isOk());
    QVERIFY(validateParkLimits(60, 60).isError());
    QVERIFY(validateParkLimits(600, 300).isError());
    QVERIFY(validateParkLimits(60, 1900).isWarning()); // past the server's own cut-off
}

void TestSettingsValidation::checksTheFingerprint_data()
{
    const QString hex = u"ab"_s.repeated(32);
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("plain hex") << hex << true;
    QTest::newRow("colons, upper case") << ServerConfig::formatFingerprint(QByteArray(32, '\xab')) << true;
    QTest::newRow("sha256/ prefix") << u"sha256/"_s + hex << true;
    QTest::newRow("too short") << hex.left(62) << false;
    QTest::newRow("not hex") << u"zz"_s.repeated(32) << false;
    QTest::newRow("sha1 length") << u"ab"_s.repeated(20) << false;
}

void TestSettingsValidation::checksTheFingerprint()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(validateFingerprint(text).isOk(), valid);
    const std::optional<QVariant> stored = normalizedSettingValue(Setting::TlsPinnedSha256, text);
    QCOMPARE(stored.has_value(), valid);
    if (valid && !text.isEmpty())
        QCOMPARE(stored->toString(), ServerConfig::formatFingerprint(QByteArray(32, '\xab')));
}

void TestSettingsValidation::warnsAboutAPasswordTheNonAgentApiWouldAlter_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("warns");
    QTest::newRow("letters digits dash underscore") << u"Abc-123_xyz"_s << false;
    QTest::newRow("ampersand") << u"Wr0ng&Pa55"_s << true;
    QTest::newRow("equals sign, fine for park_call") << u"Pa55="_s << true;
    QTest::newRow("dot") << u"pass.word"_s << true;
    QTest::newRow("space") << u"two words"_s << true;
    QTest::newRow("accented letter") << u"contraseña"_s << true;
}

void TestSettingsValidation::warnsAboutAPasswordTheNonAgentApiWouldAlter()
{
    QFETCH(QString, password);
    QFETCH(bool, warns);
    const ValidationResult result = validatePassword(password);
    QCOMPARE(result.isWarning(), warns);
    if (warns) {
        QVERIFY(result.message.contains(u"non-agent API"_s));
        QVERIFY(!result.message.contains(password)); // a message never shows the password
    }
}

void TestSettingsValidation::rejectsInvalidStoredValues_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<QVariant>("expected"); // invalid QVariant: rejected
    QTest::newRow("bool from text") << int(Setting::CompactMode) << QVariant(u"true"_s) << QVariant(true);
    QTest::newRow("bool nonsense") << int(Setting::CompactMode) << QVariant(u"perhaps"_s) << QVariant();
    QTest::newRow("choice any case") << int(Setting::RequestMethod) << QVariant(u"get"_s) << QVariant(u"GET"_s);
    QTest::newRow("list from text") << int(Setting::SupervisorCampaigns) << QVariant(u" SALES, ,SUPPORT "_s)
                                    << QVariant(QStringList{u"SALES"_s, u"SUPPORT"_s});
    QTest::newRow("mode lower case") << int(Setting::ParkIvrModes) << QVariant(QVariantMap{{u"A"_s, u"enabled"_s}})
                                     << QVariant(QVariantMap{{u"A"_s, u"ENABLED"_s}});
    QTest::newRow("mode unknown") << int(Setting::ParkIvrModes) << QVariant(QVariantMap{{u"A"_s, u"ON"_s}}) << QVariant();
    QTest::newRow("url without scheme") << int(Setting::ServerUrl) << QVariant(u"dialer"_s) << QVariant();
    QTest::newRow("url empty is unset") << int(Setting::ServerUrl) << QVariant(QString()) << QVariant(QString());
}

void TestSettingsValidation::rejectsInvalidStoredValues()
{
    QFETCH(int, key);
    QFETCH(QVariant, raw);
    QFETCH(QVariant, expected);
    const std::optional<QVariant> value = normalizedSettingValue(static_cast<Setting>(key), raw);
    QCOMPARE(value.has_value(), expected.isValid());
    if (value)
        QCOMPARE(*value, expected);
}

QTEST_GUILESS_MAIN(TestSettingsValidation)
#include "TestSettingsValidation.moc"
