#include "FixtureFiles.h"
#include "ForwardProxy.h"
#include "RawHttpServer.h"
#include "ScriptedVicidial.h"
#include "TestCertificates.h"
#include "bar/AgentBar.h"
#include "bar/StatusLine.h"
#include "settings/CredentialStore.h"
#include "settings/SettingsStore.h"
#include "shell/AppController.h"
#include "util/Clock.h"
#include "vicidial/WireClient.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSelfSignedKeyPin = u"sha256//ZnXivGxG9jUk4nYLapUSNJHMs8PC+hyaX33QvLaqqhM="_s;
} // namespace

// The window on real networks: a server that redirects plain http to https,
// a proxy that wants a password, a certificate about to expire. The settings
// are the program's own (in this test's folders), the password comes from
// PARKBAR_PASSWORD, and the keychain is a throw-away one when the machine
// has gnome-keyring (see with-test-keyring.sh).
class TestAppNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void anHttpsRedirectStopsTrafficAndOneClickSwitchesTheProfile();
    void aProxyAskingForCredentialsIsAnsweredOnceAndRemembered();
    void aCertificateAboutToExpireIsShownOnTheStatusLine();

private:
    // The profile in use: this server, API user 6666, agent 1000.
    void saveProfile(const QUrl &url, const QString &pins = {}, const QString &proxy = {});
    static QList<QDialog *> openDialogs(const QString &objectName);
    static QString loopbackHostName();
};

void TestAppNetwork::initTestCase()
{
    qputenv("PARKBAR_PASSWORD", "1234");
}

void TestAppNetwork::init()
{
    // A clean user settings file for each test.
    SettingsStore store;
    QFile::remove(store.userFileName());
}

void TestAppNetwork::cleanup()
{
    const QList<QDialog *> dialogs = openDialogs(u"proxyPrompt"_s);
    qDeleteAll(dialogs);
}

void TestAppNetwork::saveProfile(const QUrl &url, const QString &pins, const QString &proxy)
{
    SettingsStore store;
    const QString id = store.activeProfileId();
    QVERIFY(store.setProfileValue(id, Setting::ServerUrl, url.toString()));
    QVERIFY(store.setProfileValue(id, Setting::ApiUser, u"6666"_s));
    QVERIFY(store.setProfileValue(id, Setting::AgentUser, u"1000"_s));
    QVERIFY(store.setProfileValue(id, Setting::TlsPinnedSha256, pins));
    if (!proxy.isEmpty())
        QVERIFY(store.setProfileValue(id, Setting::Proxy, proxy));
    QVERIFY(store.save());
}

QList<QDialog *> TestAppNetwork::openDialogs(const QString &objectName)
{
    QList<QDialog *> found;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->objectName() == objectName && dialog->isVisible())
            found.append(dialog);
    }
    return found;
}

QString TestAppNetwork::loopbackHostName()
{
    const QString name = QHostInfo::localHostName();
    for (const QHostAddress &address : QHostInfo::fromName(name).addresses()) {
        if (address.isLoopback())
            return name;
    }
    return {};
}

void TestAppNetwork::anHttpsRedirectStopsTrafficAndOneClickSwitchesTheProfile()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    ScriptedVicidial secure;
    QVERIFY(secure.startTls(testDataPath(u"tls/selfsigned.pem"_s), testDataPath(u"tls/selfsigned.key"_s)));
    QUrl target = secure.baseUrl();
    target.setPath(u"/agc/api.php"_s);
    // The web server in front: every plain http request goes to https, as Apache's redirect does.
    RawHttpServer plain;
    QVERIFY(plain.start());
    plain.setReply({RawHttpServer::response(301, {}, "Location: " + target.toEncoded() + "\r\n")});
    saveProfile(plain.baseUrl(), kSelfSignedKeyPin);

    AppController app({}, Clock::system());
    QVERIFY(app.start());
    auto *useHttps = app.window()->findChild<QPushButton *>(u"useHttpsButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(useHttps->isVisible(), 10000);
    QVERIFY(app.wire()->isTrafficStopped());
    QCOMPARE(app.wire()->trafficStopReason()->kind, ResultKind::HttpsRequired);
    QCOMPARE(useHttps->text(), u"Use %1"_s.arg(secure.baseUrl().toString()));
    auto *reason = app.window()->findChild<QLabel *>(u"signedOutText"_s);
    QVERIFY2(reason->text().contains(u"https"_s), qPrintable(reason->text()));
    // The password never went over http: the requests that did were the version probes, without credentials.
    for (const RawHttpServer::Request &request : plain.received())
        QVERIFY2(request.field(u"pass"_s).isEmpty(), request.requestLine.constData());
    QVERIFY(plain.received().size() <= 2);

    QTest::mouseClick(useHttps, Qt::LeftButton);
    QCOMPARE(SettingsStore().profileValue(Setting::ServerUrl).toString(), secure.baseUrl().toString());
    QTRY_VERIFY_WITH_TIMEOUT(app.session() && app.session()->feed() == FeedState::Live, 10000);
    QVERIFY(!useHttps->isVisible());
    QVERIFY(secure.count(u"agent_status"_s) >= 1);
    QVERIFY(plain.received().size() <= 2);
}

void TestAppNetwork::aProxyAskingForCredentialsIsAnsweredOnceAndRemembered()
{
    const QString host = loopbackHostName();
    if (host.isEmpty())
        QSKIP("This machine's host name does not resolve to a loopback address.");
    ScriptedVicidial server;
    QVERIFY(server.start());
    QTcpServer dead;
    QVERIFY(dead.listen(QHostAddress::LocalHost));
    ForwardProxy proxy;
    QVERIFY(proxy.start());
    proxy.requireCredentials(u"desk7"_s, u"proxy-secret"_s);
    proxy.addRoute(u"%1:%2"_s.arg(host).arg(dead.serverPort()), quint16(server.baseUrl().port()));
    QUrl url(u"http://"_s + host);
    url.setPort(dead.serverPort());
    saveProfile(url, {}, proxy.address());
    const QString proxyKey = u"127.0.0.1:%1"_s.arg(proxy.port());

    bool keychain = false;
    {
        AppController app({}, Clock::system());
        QVERIFY(app.start());
        QTRY_COMPARE_WITH_TIMEOUT(openDialogs(u"proxyPrompt"_s).size(), 1, 10000);
        QDialog *prompt = openDialogs(u"proxyPrompt"_s).first();
        QVERIFY(prompt->findChild<QLabel *>()->text().contains(proxyKey));
        // The two version probes (they carry no credentials), then nothing until a person answers.
        QTRY_COMPARE(proxy.refusedForCredentials(), 2);
        const int refused = proxy.refusedForCredentials();
        QCOMPARE(server.count(u"agent_status"_s), 0);
        QTest::keyClicks(prompt->findChild<QLineEdit *>(u"proxyUserField"_s), u"desk7"_s);
        QTest::keyClicks(prompt->findChild<QLineEdit *>(u"proxyPasswordField"_s), u"proxy-secret"_s);
        QTest::keyClick(prompt, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.session() && app.session()->feed() == FeedState::Live, 10000);
        QVERIFY(openDialogs(u"proxyPrompt"_s).isEmpty()); // asked once
        QCOMPARE(proxy.refusedForCredentials(), refused);
        QVERIFY(!proxy.seen().constLast().authorization.isEmpty());

        // Kept in the keychain (when there is one), never in the settings file.
        CredentialStore store;
        bool done = false;
        store.readSecret(ProxyCredentials::keychainKey(proxyKey), this, [&](const PasswordLookup &lookup) {
            keychain = lookup.found() && lookup.source == PasswordLookup::Source::Keychain;
            if (keychain)
                QCOMPARE(lookup.password, u"desk7\nproxy-secret"_s);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 25000);
        QFile settings(SettingsStore().userFileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("proxy-secret"));
    }
    if (!keychain)
        QSKIP("No Secret Service here: the credentials stayed in memory, so a second start would ask again.");
    // The next start sends them from the first request: no 407, no question.
    const int refusedBefore = proxy.refusedForCredentials();
    AppController again({}, Clock::system());
    QVERIFY(again.start());
    QTRY_VERIFY_WITH_TIMEOUT(again.session() && again.session()->feed() == FeedState::Live, 10000);
    QCOMPARE(proxy.refusedForCredentials(), refusedBefore);
    QVERIFY(openDialogs(u"proxyPrompt"_s).isEmpty());
}

void TestAppNetwork::aCertificateAboutToExpireIsShownOnTheStatusLine()
{
    if (!QSslSocket::supportsSsl() || !TestCertificates::opensslAvailable())
        QSKIP("Needs a TLS backend and the openssl program.");
    QTemporaryDir folder;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestCertificates::Made soon = TestCertificates::selfSigned(folder.path(), u"soon"_s, now.addDays(-300), now.addDays(5));
    QVERIFY2(soon.ok(), qPrintable(soon.error));
    ScriptedVicidial server;
    QVERIFY(server.startTls(soon.certificate, soon.key));
    const QSslCertificate certificate = QSslCertificate::fromPath(soon.certificate).value(0);
    saveProfile(server.baseUrl(), TlsPins::publicKeyPin(TlsPins::publicKeySha256Of(certificate)));

    AppController app({}, Clock::system());
    QVERIFY(app.start());
    QTRY_VERIFY_WITH_TIMEOUT(app.session() && app.session()->feed() == FeedState::Live, 10000);
    auto *warning = app.window()->agentBar()->statusLine()->findChild<QLabel *>(u"certificateWarning"_s);
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 5000);
    QVERIFY2(warning->toolTip().contains(u"expires on %1"_s.arg(now.addDays(5).toString(u"yyyy-MM-dd"_s))), qPrintable(warning->toolTip()));
}

QTEST_MAIN(TestAppNetwork)
#include "TestAppNetwork.moc"
