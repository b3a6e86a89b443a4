#include "FixtureFiles.h"
#include "LocalHttpServer.h"
#include "TestCertificates.h"
#include "WireCalls.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using WireCalls::fingerprintOf;
using WireCalls::sendAndWait;

namespace {
const QByteArray kSuccess = "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n";
// openssl x509 -pubkey -noout -in X.pem | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64
const QString kSelfSignedKeyPin = u"sha256//ZnXivGxG9jUk4nYLapUSNJHMs8PC+hyaX33QvLaqqhM="_s;
const QString kServerKeyPin = u"sha256//hjLB0HDk9r6wGVWbMgJmYTRH+tI9GNEMA5c6G2Eu1EQ="_s;
} // namespace

// TLS stays on: a server is accepted when the system or the extra CA file
// trusts it, or when it is pinned, by its certificate's SHA-256 or by its
// public key (curl's sha256// form), even self-signed or expired; anything
// else is refused before a byte is written. A certificate expiring within
// two weeks, or expired but pinned, is warned about.
class TestWireTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anUntrustedServerIsRefusedWithBothPins();
    void thePinnedCertificateIsAcceptedAndItsConnectionReused();
    void aPublicKeyPinIsAccepted_data();
    void aPublicKeyPinIsAccepted();
    void aDifferentKeyIsRefusedBeforeAnythingIsWritten_data();
    void aDifferentKeyIsRefusedBeforeAnythingIsWritten();
    void aPublicKeyPinSurvivesACertificateReissuedWithTheSameKey();
    void aPinRefusesATrustedCertificateThatIsNotIt();
    void anExtraCaFileIsTrusted();
    void anExpiredPinnedCertificateConnectsAndWarns();
    void aCertificateExpiringWithinTwoWeeksIsWarnedAbout_data();
    void aCertificateExpiringWithinTwoWeeksIsWarnedAbout();

private:
    static bool startTls(LocalHttpServer &server, const QString &certificate, const QString &key);
    static bool startFixture(LocalHttpServer &server, const QString &name);
    static ServerConfig configFor(const LocalHttpServer &server, const QString &pins, const QString &caFile = {});
    static WireResponse parkCall(WireClient &client)
    {
        return sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    }
    TestCertificates::Made make(const QString &name, const QDateTime &from, const QDateTime &until, const QString &key = {});

    QTemporaryDir m_dir;
};

void TestWireTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend; TLS behaviour cannot be tested here.");
    QVERIFY(m_dir.isValid());
}

bool TestWireTls::startTls(LocalHttpServer &server, const QString &certificate, const QString &key)
{
    server.setReply({200, kSuccess});
    return server.startTls(certificate, key);
}

bool TestWireTls::startFixture(LocalHttpServer &server, const QString &name)
{
    return startTls(server, testDataPath(u"tls/%1.pem"_s.arg(name)), testDataPath(u"tls/%1.key"_s.arg(name)));
}

ServerConfig TestWireTls::configFor(const LocalHttpServer &server, const QString &pins, const QString &caFile)
{
    ServerConfig config = WireCalls::configFor(server.baseUrl());
    config.setPins(TlsPins::parse(pins).value());
    config.caFile = caFile;
    return config;
}

TestCertificates::Made TestWireTls::make(const QString &name, const QDateTime &from, const QDateTime &until, const QString &key)
{
    if (!TestCertificates::opensslAvailable())
        return {{}, {}, u"the openssl program is not installed"_s};
    return TestCertificates::selfSigned(m_dir.path(), name, from, until, key);
}

void TestWireTls::anUntrustedServerIsRefusedWithBothPins()
{
    LocalHttpServer server;
    QVERIFY(startFixture(server, u"selfsigned"_s));
    WireClient client(configFor(server, {}));
    const WireResponse response = parkCall(client);
    QVERIFY(response.failure.has_value());
    QCOMPARE(response.failure->kind, ResultKind::TlsFailure);
    // Everything an administrator needs to pin it, either way.
    QVERIFY2(response.failure->detail.contains(ServerConfig::formatFingerprint(fingerprintOf(u"tls/selfsigned.pem"_s))),
             qPrintable(response.failure->detail));
    QVERIFY2(response.failure->detail.contains(kSelfSignedKeyPin), qPrintable(response.failure->detail));
    QVERIFY(server.received().isEmpty());
}

void TestWireTls::thePinnedCertificateIsAcceptedAndItsConnectionReused()
{
    LocalHttpServer server;
    QVERIFY(startFixture(server, u"selfsigned"_s));
    WireClient client(configFor(server, ServerConfig::formatFingerprint(fingerprintOf(u"tls/selfsigned.pem"_s))));
    for (int i = 0; i < 3; ++i) {
        const WireResponse response = parkCall(client);
        QVERIFY2(response.ok(), qPrintable(response.failure ? response.failure->text : QString()));
        QCOMPARE(response.body, kSuccess);
    }
    QCOMPARE(server.received().size(), 3);
    QCOMPARE(server.connectionsAccepted(), 1);
    QCOMPARE(client.certificateWarning(), QString()); // valid for a hundred years
}

void TestWireTls::aPublicKeyPinIsAccepted_data()
{
    QTest::addColumn<QString>("pins");
    QTest::newRow("the key") << kSelfSignedKeyPin;
    QTest::newRow("another key first, then this one") << kServerKeyPin + u";"_s + kSelfSignedKeyPin;
    QTest::newRow("another certificate, and this key")
        << ServerConfig::formatFingerprint(fingerprintOf(u"tls/server.pem"_s)) + u";"_s + kSelfSignedKeyPin;
}

void TestWireTls::aPublicKeyPinIsAccepted()
{
    QFETCH(QString, pins);
    LocalHttpServer server;
    QVERIFY(startFixture(server, u"selfsigned"_s));
    WireClient client(configFor(server, pins));
    const WireResponse response = parkCall(client);
    QVERIFY2(response.ok(), qPrintable(response.failure ? response.failure->text : QString()));
    QCOMPARE(server.received().size(), 1);
}

void TestWireTls::aDifferentKeyIsRefusedBeforeAnythingIsWritten_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("pins");
    QTest::addColumn<QString>("caFile");
    QTest::newRow("self-signed, another key pinned") << u"selfsigned"_s << kServerKeyPin << QString();
    // Trusted through the CA file, yet its key is not the pinned one.
    QTest::newRow("trusted, another key pinned") << u"server"_s << kSelfSignedKeyPin << testDataPath(u"tls/ca.pem"_s);
}

void TestWireTls::aDifferentKeyIsRefusedBeforeAnythingIsWritten()
{
    QFETCH(QString, fixture);
    QFETCH(QString, pins);
    QFETCH(QString, caFile);
    LocalHttpServer server;
    QVERIFY(startFixture(server, fixture));
    WireClient client(configFor(server, pins, caFile));
    const WireResponse response = parkCall(client);
    QVERIFY(response.failure.has_value());
    QCOMPARE(response.failure->kind, ResultKind::TlsFailure);
    QVERIFY(server.received().isEmpty());
}

void TestWireTls::aPublicKeyPinSurvivesACertificateReissuedWithTheSameKey()
{
    const QString oldFingerprint = ServerConfig::formatFingerprint(fingerprintOf(u"tls/selfsigned.pem"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestCertificates::Made reissued = make(u"reissued"_s, now.addDays(-1), now.addYears(2), testDataPath(u"tls/selfsigned.key"_s));
    if (!reissued.ok())
        QSKIP(qPrintable(reissued.error));
    for (const auto &[pins, accepted] : {std::pair{kSelfSignedKeyPin, true}, std::pair{oldFingerprint, false}}) {
        LocalHttpServer server;
        QVERIFY(startTls(server, reissued.certificate, reissued.key));
        WireClient client(configFor(server, pins));
        const WireResponse response = parkCall(client);
        QCOMPARE(response.ok(), accepted);
        QCOMPARE(server.received().size(), accepted ? 1 : 0);
    }
}

void TestWireTls::aPinRefusesATrustedCertificateThatIsNotIt()
{
    LocalHttpServer server;
    QVERIFY(startFixture(server, u"server"_s));
    WireClient client(configFor(server, ServerConfig::formatFingerprint(fingerprintOf(u"tls/selfsigned.pem"_s)),
                                testDataPath(u"tls/ca.pem"_s)));
    const WireResponse response = parkCall(client);
    QVERIFY(response.failure.has_value());
    QCOMPARE(response.failure->kind, ResultKind::TlsFailure);
    QVERIFY2(response.failure->detail.contains(ServerConfig::formatFingerprint(fingerprintOf(u"tls/server.pem"_s))),
             qPrintable(response.failure->detail));
    QVERIFY(server.received().isEmpty());
}

void TestWireTls::anExtraCaFileIsTrusted()
{
    LocalHttpServer server;
    QVERIFY(startFixture(server, u"server"_s));
    {
        WireClient untrusted(configFor(server, {}));
        QCOMPARE(parkCall(untrusted).failure->kind, ResultKind::TlsFailure);
        QVERIFY(server.received().isEmpty());
    }
    WireClient trusted(configFor(server, {}, testDataPath(u"tls/ca.pem"_s)));
    const WireResponse response = parkCall(trusted);
    QVERIFY2(response.ok(), qPrintable(response.failure ? response.failure->text : QString()));
    QCOMPARE(server.received().size(), 1);
    // The same CA file with the server's own pin: trusted and pinned.
    WireClient both(configFor(server, ServerConfig::formatFingerprint(fingerprintOf(u"tls/server.pem"_s)), testDataPath(u"tls/ca.pem"_s)));
    QVERIFY(parkCall(both).ok());
}

void TestWireTls::anExpiredPinnedCertificateConnectsAndWarns()
{
    const TestCertificates::Made expired = make(u"expired"_s, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                                                QDateTime(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC));
    if (!expired.ok())
        QSKIP(qPrintable(expired.error));
    const QSslCertificate certificate = QSslCertificate::fromPath(expired.certificate).value(0);
    QVERIFY(!certificate.isNull());

    LocalHttpServer server;
    QVERIFY(startTls(server, expired.certificate, expired.key));
    {
        WireClient unpinned(configFor(server, {}, expired.certificate)); // trusted as a CA, but expired
        const WireResponse refused = parkCall(unpinned);
        QVERIFY(refused.failure);
        QCOMPARE(refused.failure->kind, ResultKind::TlsFailure);
        QVERIFY(server.received().isEmpty());
    }
    for (const QString &pin : {ServerConfig::formatFingerprint(TlsPolicy::sha256Of(certificate)),
                               TlsPins::publicKeyPin(TlsPins::publicKeySha256Of(certificate))}) {
        WireClient pinned(configFor(server, pin));
        QSignalSpy warned(&pinned, &WireClient::certificateWarningChanged);
        const WireResponse accepted = parkCall(pinned);
        QVERIFY2(accepted.ok(), qPrintable(accepted.failure ? accepted.failure->text : QString()));
        QCOMPARE(warned.size(), 1);
        QCOMPARE(warned.first().first().toString(), pinned.certificateWarning());
        QVERIFY2(pinned.certificateWarning().contains(u"expired on 2020-02-01"_s), qPrintable(pinned.certificateWarning()));
        QVERIFY(parkCall(pinned).ok());
        QCOMPARE(warned.size(), 1); // said once, not at every request
    }
}

void TestWireTls::aCertificateExpiringWithinTwoWeeksIsWarnedAbout_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<bool>("warned");
    QTest::newRow("7 days, trusted through the CA file") << 7 << false << true;
    QTest::newRow("7 days, pinned") << 7 << true << true;
    QTest::newRow("13 days") << 13 << true << true;
    QTest::newRow("30 days") << 30 << true << false;
}

void TestWireTls::aCertificateExpiringWithinTwoWeeksIsWarnedAbout()
{
    QFETCH(int, daysLeft);
    QFETCH(bool, pinned);
    QFETCH(bool, warned);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiry = now.addDays(daysLeft);
    const TestCertificates::Made soon = make(u"soon%1"_s.arg(daysLeft), now.addDays(-300), expiry);
    if (!soon.ok())
        QSKIP(qPrintable(soon.error));
    LocalHttpServer server;
    QVERIFY(startTls(server, soon.certificate, soon.key));
    const QSslCertificate certificate = QSslCertificate::fromPath(soon.certificate).value(0);
    WireClient client(pinned ? configFor(server, TlsPins::publicKeyPin(TlsPins::publicKeySha256Of(certificate)))
                             : configFor(server, {}, soon.certificate));
    const WireResponse response = parkCall(client);
    QVERIFY2(response.ok(), qPrintable(response.failure ? response.failure->text : QString()));
    if (warned)
        QVERIFY2(client.certificateWarning().contains(u"expires on %1"_s.arg(expiry.toString(u"yyyy-MM-dd"_s))),
                 qPrintable(client.certificateWarning()));
    else
        QCOMPARE(client.certificateWarning(), QString());
}

QTEST_GUILESS_MAIN(TestWireTls)
#include "TestWireTls.moc"
