#include "FixtureFiles.h"
#include "vicidial/ProxyChoice.h"
#include "vicidial/ServerConfig.h"
#include "vicidial/TlsPins.h"
#include "vicidial/TlsPolicy.h"

#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QSslCertificate fixture(const QString &name)
{
    return QSslCertificate::fromPath(testDataPath(u"tls/%1.pem"_s.arg(name))).value(0);
}
const QString kHex = u"AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB"_s;
const QString kKeyPin = u"sha256//ZnXivGxG9jUk4nYLapUSNJHMs8PC+hyaX33QvLaqqhM="_s;
} // namespace

// What tls/pinnedSha256 and network/proxy accept, as pure values: pins in
// both forms, the public key's hash exactly as curl computes it, the proxy
// choices, and the expiry warning's dates.
class TestTlsPins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBothFormsOfPin_data();
    void readsBothFormsOfPin();
    void refusesMalformedPins_data();
    void refusesMalformedPins();
    void hashesTheSubjectPublicKeyInfoAsCurlDoes_data();
    void hashesTheSubjectPublicKeyInfoAsCurlDoes();
    void matchesByCertificateOrByKey();
    void readsTheProxyChoices_data();
    void readsTheProxyChoices();
    void warnsAboutExpiryTwoWeeksAhead_data();
    void warnsAboutExpiryTwoWeeksAhead();
};

void TestTlsPins::readsBothFormsOfPin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("keys");
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("hex with colons") << kHex << kHex << 0;
    QTest::newRow("hex, lower case, no colons") << kHex.toLower().remove(u':') << kHex << 0;
    QTest::newRow("sha256/ hex") << u"sha256/"_s + kHex.toLower().remove(u':') << kHex << 0;
    QTest::newRow("public key") << kKeyPin << kKeyPin << 1;
    QTest::newRow("key, then certificate, spaces") << u" "_s + kKeyPin + u" ; "_s + kHex << kHex + u";"_s + kKeyPin << 1;
    QTest::newRow("two keys") << kKeyPin + u";sha256//hjLB0HDk9r6wGVWbMgJmYTRH+tI9GNEMA5c6G2Eu1EQ="_s
                              << kKeyPin + u";sha256//hjLB0HDk9r6wGVWbMgJmYTRH+tI9GNEMA5c6G2Eu1EQ="_s << 2;
}

void TestTlsPins::readsBothFormsOfPin()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, keys);
    const std::optional<TlsPins> pins = TlsPins::parse(text);
    QVERIFY(pins);
    QCOMPARE(pins->toText(), canonical);
    QCOMPARE(pins->publicKeySha256.size(), keys);
    QCOMPARE(TlsPins::parse(pins->toText()), pins);
}

void TestTlsPins::refusesMalformedPins_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short hex") << u"00:11"_s;
    QTest::newRow("not hex") << u"zz"_s.repeated(32);
    QTest::newRow("base64 of 31 bytes") << u"sha256//"_s + QString::fromLatin1(QByteArray(31, 'x').toBase64());
    QTest::newRow("not base64") << u"sha256//!!!!"_s;
    QTest::newRow("two certificates") << kHex + u";"_s + QString(kHex).replace(u"AB"_s, u"CD"_s);
    QTest::newRow("sha1") << u"sha1//AAAA"_s;
}

void TestTlsPins::refusesMalformedPins()
{
    QFETCH(QString, text);
    QVERIFY(!TlsPins::parse(text));
}

void TestTlsPins::hashesTheSubjectPublicKeyInfoAsCurlDoes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("pin");
    // openssl x509 -pubkey -noout -in X.pem | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64
    QTest::newRow("selfsigned") << u"selfsigned"_s << kKeyPin;
    QTest::newRow("server") << u"server"_s << u"sha256//hjLB0HDk9r6wGVWbMgJmYTRH+tI9GNEMA5c6G2Eu1EQ="_s;
}

void TestTlsPins::hashesTheSubjectPublicKeyInfoAsCurlDoes()
{
    QFETCH(QString, fixture);
    QFETCH(QString, pin);
    const QSslCertificate certificate = ::fixture(fixture);
    QVERIFY(!certificate.isNull());
    QCOMPARE(TlsPins::publicKeyPin(TlsPins::publicKeySha256Of(certificate)), pin);
    QVERIFY(TlsPins::subjectPublicKeyInfo(QByteArray("not a certificate")).isEmpty());
    QVERIFY(TlsPins::subjectPublicKeyInfo(certificate.toDer().left(40)).isEmpty());
}

void TestTlsPins::matchesByCertificateOrByKey()
{
    const QSslCertificate selfSigned = fixture(u"selfsigned"_s);
    const QSslCertificate server = fixture(u"server"_s);
    const TlsPins byKey = TlsPins::parse(kKeyPin).value();
    QVERIFY(byKey.matches(selfSigned));
    QVERIFY(!byKey.matches(server));
    const TlsPins byCertificate = TlsPins::parse(ServerConfig::formatFingerprint(TlsPolicy::sha256Of(server))).value();
    QVERIFY(byCertificate.matches(server));
    QVERIFY(!byCertificate.matches(selfSigned));
    QVERIFY(!TlsPins().matches(server));
}

void TestTlsPins::readsTheProxyChoices_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("empty is the system's") << QString() << true << u"system"_s;
    QTest::newRow("system") << u" System "_s << true << u"system"_s;
    QTest::newRow("none") << u"none"_s << true << u"none"_s;
    QTest::newRow("address") << u"http://proxy.example.com:8080"_s << true << u"http://proxy.example.com:8080"_s;
    QTest::newRow("address without a port") << u"http://proxy.example.com/"_s << true << u"http://proxy.example.com:3128"_s;
    QTest::newRow("with a user") << u"http://desk7@proxy.example.com:3128"_s << true << u"http://desk7@proxy.example.com:3128"_s;
    QTest::newRow("with a password") << u"http://desk7:secret@proxy.example.com:3128"_s << false << QString();
    QTest::newRow("no scheme") << u"proxy.example.com:3128"_s << false << QString();
    QTest::newRow("socks") << u"socks5://proxy.example.com:1080"_s << false << QString();
    QTest::newRow("a path") << u"http://proxy.example.com:3128/x"_s << false << QString();
}

void TestTlsPins::readsTheProxyChoices()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const std::optional<ProxyChoice> choice = ProxyChoice::parse(text);
    QCOMPARE(choice.has_value(), valid);
    if (valid)
        QCOMPARE(choice->toText(), canonical);
}

void TestTlsPins::warnsAboutExpiryTwoWeeksAhead_data()
{
    // tests/data/tls/selfsigned.pem expires on 2 November 2126.
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("warning");
    const QDateTime expiry = fixture(u"selfsigned"_s).expiryDate();
    QTest::newRow("a year ahead") << expiry.addYears(-1) << QString();
    QTest::newRow("15 days ahead") << expiry.addDays(-15) << QString();
    QTest::newRow("14 days ahead") << expiry.addDays(-14) << u"expires on 2126-11-02"_s;
    QTest::newRow("an hour ahead") << expiry.addSecs(-3600) << u"expires on 2126-11-02"_s;
    QTest::newRow("a day after") << expiry.addDays(1) << u"expired on 2126-11-02"_s;
}

void TestTlsPins::warnsAboutExpiryTwoWeeksAhead()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, warning);
    const QString said = TlsPolicy::expiryWarning({fixture(u"server"_s), fixture(u"selfsigned"_s)}, now);
    if (warning.isEmpty())
        QCOMPARE(said, QString());
    else
        QVERIFY2(said.contains(warning) && said.contains(u"127.0.0.1"_s), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestTlsPins)
#include "TestTlsPins.moc"
