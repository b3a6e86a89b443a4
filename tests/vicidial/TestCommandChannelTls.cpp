#include "FixtureFiles.h"
#include "LocalHttpServer.h"
#include "WireCalls.h"
#include "vicidial/WireClient.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using WireCalls::fingerprintOf;
using WireCalls::sendAndWait;

namespace {
const QByteArray kSuccess = "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n";
} // namespace

// The command channel keeps the wire's one TLS policy: a self-signed server
// only when its certificate is the pinned one, any other certificate refused
// when a pin is set, an extra CA file trusted, and nothing written before
// the server is accepted.
class TestCommandChannelTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anUntrustedServerIsRefusedWithItsFingerprint();
    void thePinnedCertificateIsAcceptedAndItsConnectionReused();
    void aDifferentPinIsRefusedBeforeAnythingIsWritten();
    void aPinRefusesATrustedCertificateThatIsNotIt();
    void anExtraCaFileIsTrusted();

private:
    static WireResponse parkCallTo(LocalHttpServer &server, const QByteArray &pin, const QString &caFile = {}, int commands = 1);
    static bool startTls(LocalHttpServer &server, const QString &name);
};

void TestCommandChannelTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend; TLS behaviour cannot be tested here.");
}

bool TestCommandChannelTls::startTls(LocalHttpServer &server, const QString &name)
{
    server.setReply({200, kSuccess});
    return server.startTls(testDataPath(u"tls/%1.pem"_s.arg(name)), testDataPath(u"tls/%1.key"_s.arg(name)));
}

WireResponse TestCommandChannelTls::parkCallTo(LocalHttpServer &server, const QByteArray &pin, const QString &caFile, int commands)
{
    ServerConfig config;
    config.baseUrl = server.baseUrl();
    config.apiUser = u"6666"_s;
    config.password = u"1234"_s;
    config.pinnedSha256 = pin;
    config.caFile = caFile;
    WireClient client(config);
    WireResponse response;
    for (int i = 0; i < commands; ++i) {
        response = sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    }
    return response;
}

void TestCommandChannelTls::anUntrustedServerIsRefusedWithItsFingerprint()
{
    LocalHttpServer server;
    QVERIFY(startTls(server, u"selfsigned"_s));
    const WireResponse response = parkCallTo(server, {});
    QVERIFY(response.failure.has_value());
    QCOMPARE(response.failure->kind, ResultKind::TlsFailure);
    QVERIFY2(response.failure->detail.contains(ServerConfig::formatFingerprint(fingerprintOf(u"tls/selfsigned.pem"_s))),
             qPrintable(response.failure->detail));
    QVERIFY(server.received().isEmpty());
}

void TestCommandChannelTls::thePinnedCertificateIsAcceptedAndItsConnectionReused()
{
    LocalHttpServer server;
    QVERIFY(startTls(server, u"selfsigned"_s));
    const WireResponse response = parkCallTo(server, fingerprintOf(u"tls/selfsigned.pem"_s), {}, 3);
    QVERIFY2(response.ok(), qPrintable(response.failure ? response.failure->text : QString()));
    QCOMPARE(response.body, kSuccess);
    QCOMPARE(server.received().size(), 3);
    QCOMPARE(server.connectionsAccepted(), 1);
}

void TestCommandChannelTls::aDifferentPinIsRefusedBeforeAnythingIsWritten()
{
    LocalHttpServer server;
    QVERIFY(startTls(server, u"selfsigned"_s));
    const WireResponse response = parkCallTo(server, fingerprintOf(u"tls/server.pem"_s));
    QVERIFY(response.failure.has_value());
    QCOMPARE(response.failure->kind, ResultKind::TlsFailure);
    QVERIFY(server.received().isEmpty());
}

void TestCommandChannelTls::aPinRefusesATrustedCertificateThatIsNotIt()
{
    LocalHttpServer server;
    QVERIFY(startTls(server, u"server"_s));
    const WireResponse response = parkCallTo(server, fingerprintOf(u"tls/selfsigned.pem"_s), testDataPath(u"tls/ca.pem"_s));
    QVERIFY(response.failure.has_value());
    QCOMPARE(response.failure->kind, ResultKind::TlsFailure);
    QVERIFY2(response.failure->detail.contains(ServerConfig::formatFingerprint(fingerprintOf(u"tls/server.pem"_s))),
             qPrintable(response.failure->detail));
    QVERIFY(server.received().isEmpty());
}

void TestCommandChannelTls::anExtraCaFileIsTrusted()
{
    LocalHttpServer server;
    QVERIFY(startTls(server, u"server"_s));
    QCOMPARE(parkCallTo(server, {}).failure->kind, ResultKind::TlsFailure);
    QVERIFY(server.received().isEmpty());
    const WireResponse trusted = parkCallTo(server, {}, testDataPath(u"tls/ca.pem"_s));
    QVERIFY2(trusted.ok(), qPrintable(trusted.failure ? trusted.failure->text : QString()));
    QCOMPARE(server.received().size(), 1);
    // The same CA file with the server's own pin: trusted and pinned.
    QVERIFY(parkCallTo(server, fingerprintOf(u"tls/server.pem"_s), testDataPath(u"tls/ca.pem"_s)).ok());
}

QTEST_GUILESS_MAIN(TestCommandChannelTls)
#include "TestCommandChannelTls.moc"
