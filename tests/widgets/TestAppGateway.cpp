#include "ScriptedHub.h"
#include "ScriptedVicidial.h"
#include "audit/AuditLog.h"
#include "hub/HubProtocol.h"
#include "session/AgentSession.h"
#include "settings/CredentialStore.h"
#include "settings/SettingsConversion.h"
#include "settings/SettingsStore.h"
#include "shell/AppController.h"
#include "util/Clock.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QToolButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// What PARKBAR_PASSWORD holds on this computer: a gateway desk must not take it.
const QString kPassword = u"gw-Secret-7731"_s;
} // namespace

// The whole program in gateway mode (issue 16): a profile whose hub holds
// the API password. The desk follows the agent seated at its token's phone,
// sends its command through the hub, never connects to VICIdial, and leaves
// no VICIdial password in its settings, its audit file or the keychain
// (a throw-away one: with-test-keyring.sh).
class TestAppGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aGatewayDeskFollowsItsPhoneAndHoldsNoPassword();

private:
    static bool windowShows(const MainWindow *window, const QString &text);
    static QByteArray everyFileUnder(const QString &folder);
};

void TestAppGateway::initTestCase()
{
    qputenv("PARKBAR_PASSWORD", kPassword.toUtf8());
}

void TestAppGateway::init()
{
    SettingsStore store;
    QFile::remove(store.userFileName());
    QFile::remove(AuditLog::defaultPath());
}

bool TestAppGateway::windowShows(const MainWindow *window, const QString &text)
{
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) { return label->text().contains(text); });
}

QByteArray TestAppGateway::everyFileUnder(const QString &folder)
{
    QByteArray all;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void TestAppGateway::aGatewayDeskFollowsItsPhoneAndHoldsNoPassword()
{
    ScriptedVicidial vicidial; // what the profile still names: it must hear nothing
    QVERIFY(vicidial.start());
    ScriptedHub hub;
    hub.welcome.insert(u"phone"_s, u"SIP/1000"_s);
    hub.script = [](ScriptedHub &h, const QJsonObject &message) {
        const QString type = message.value(u"type"_s).toString();
        if (type == u"subscribe"_s && message.value(u"phone"_s) == u"SIP/1000"_s) {
            h.send(HubProtocol::seat(u"SIP/1000"_s, QString(), QString()));
        } else if (type == u"command"_s) {
            CommandResult done;
            done.reachedServer = true;
            done.latencyMs = 20;
            done.answer.kind = ResultKind::Success;
            done.answer.function = u"park_call"_s;
            done.answer.agent = message.value(u"agent"_s).toString();
            done.answer.value = message.value(u"action"_s).toString();
            done.answer.text = u"SUCCESS: park_call function set - 1000|PARK_CUSTOMER"_s;
            h.send(HubProtocol::result(message.value(u"id"_s).toString(), done));
        }
    };
    {
        SettingsStore store;
        const QString id = store.activeProfileId();
        QVERIFY(store.setProfileValue(id, Setting::ServerUrl, vicidial.baseUrl().toString()));
        QVERIFY(store.setProfileValue(id, Setting::ApiUser, u"6666"_s));
        QVERIFY(store.setProfileValue(id, Setting::HubUrl, QStringList{hub.url().toString()}));
        QVERIFY(store.setProfileValue(id, Setting::HubToken, u"pbh1_desk12"_s));
        QVERIFY(store.setProfileValue(id, Setting::HubMode, u"gateway"_s));
        QVERIFY(store.save());
    }

    AppController app({}, Clock::system());
    QVERIFY(app.start());
    QTRY_VERIFY_WITH_TIMEOUT(windowShows(app.window(), u"No agent logged in on SIP/1000"_s), 10000);
    QVERIFY(!app.session());

    // Ana logs in on the phone: the bar follows her, with her name.
    hub.send(HubProtocol::seat(u"SIP/1000"_s, u"1000"_s, u"Ana Diaz"_s));
    QJsonObject ana{{u"user"_s, u"1000"_s}, {u"status"_s, u"INCALL"_s}, {u"lead"_s, u"12345"_s},
                    {u"campaign"_s, u"TESTCAMP"_s}, {u"pauseCode"_s, QString()}, {u"subStatus"_s, QString()}};
    hub.send({{u"type"_s, u"snapshot"_s}, {u"seq"_s, 1}, {u"readAt"_s, QDateTime::currentMSecsSinceEpoch()},
              {u"agents"_s, QJsonArray{ana}}});
    QTRY_VERIFY_WITH_TIMEOUT(app.session() && app.session()->feed() == FeedState::Live, 10000);
    QCOMPARE(app.session()->agent(), u"1000"_s);
    QTRY_VERIFY(windowShows(app.window(), u"Ana Diaz"_s));

    auto *park = app.window()->findChild<QToolButton *>(u"parkButton"_s);
    QVERIFY(park);
    QTRY_VERIFY(park->isEnabled());
    QTest::mouseClick(park, Qt::LeftButton);
    QVERIFY(hub.waitFor(u"command"_s));
    QCOMPARE(hub.received(u"command"_s).at(0).value(u"agent"_s).toString(), u"1000"_s);
    QCOMPARE(hub.received(u"command"_s).at(0).value(u"action"_s).toString(), u"PARK_CUSTOMER"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(AuditLog::defaultPath()), 20000); // slow under the sanitizers

    // Ana logs out: the phone is free again.
    hub.send(HubProtocol::seat(u"SIP/1000"_s, QString(), QString()));
    QTRY_VERIFY(windowShows(app.window(), u"No agent logged in on SIP/1000"_s));

    QVERIFY(!app.wire()); // no connection to VICIdial was ever made
    QVERIFY(vicidial.functions().isEmpty());

    // No trace of the password: settings, audit file, keychain.
    const QByteArray files = everyFileUnder(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        + everyFileUnder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(!files.isEmpty());
    QVERIFY(!files.contains(kPassword.toUtf8()));
    QVERIFY(!files.contains(QUrl::toPercentEncoding(kPassword)));
    CredentialStore keychain;
    bool done = false;
    keychain.readSecret(credentialKey(vicidial.baseUrl(), u"6666"_s), this, [&](const PasswordLookup &lookup) {
        QVERIFY(!lookup.found() || lookup.password != kPassword);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 25000);
}

QTEST_MAIN(TestAppGateway)
#include "TestAppGateway.moc"
