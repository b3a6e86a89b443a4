#include "FixtureFiles.h"
#include "LocalHttpServer.h"
#include "preferences/AuditLogView.h"
#include "preferences/CampaignsPage.h"
#include "settings/SettingsConversion.h"
#include "preferences/SettingsDialog.h"
#include "preferences/SettingsPage.h"
#include "settings/SettingsStore.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QInputDialog>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The settings dialog driven as a person would, offscreen.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fieldsLoadFromTheSettings();
    void okSavesTheEdits();
    void cancelDiscardsTheEdits();
    void lockedKeysAreReadOnlyWithTheAdministratorNote();
    void theProxyIsSavedAndALockedOneIsReadOnly();
    void plainHttpIsWarnedAbout();
    void aPasswordTheNonAgentApiWouldAlterIsWarnedAbout();
    void aTypedPasswordGoesToTheCredentialStoreOnOk();
    void aHubIsSavedAndItsTokenGoesToTheKeychainOnly();
    void testConnectionShowsTheBuildsAndARedactedAnswer();
    void fetchCertificateShowsTheFingerprintAndPinsOnlyWhenAsked();
    void profilesAreAddedAndSwitchedInTheDialog();
    void conflictingShortcutsAreShownAndBlockOk();
    void campaignModesAreSaved();
    void everyEditorHasANameForTestsAndScreenReaders();
    void theAuditLogViewShowsTheNewestLineFirst();
    void rendersEveryPage();

private:
    template<typename T> T *find(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    void setText(const QString &name, const QString &text);
    void click(const QString &name) { QTest::mouseClick(find<QPushButton>(name), Qt::LeftButton); }
    void openDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SettingsDialog> m_dialog;
    SettingsPaths m_paths;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_paths = {m_dir->filePath(u"user.conf"_s), m_dir->filePath(u"system.conf"_s)};
    CredentialStore::Options options;
    options.useKeychain = false;
    options.useEnvironment = false;
    m_credentials = std::make_unique<CredentialStore>(options);
    m_store = std::make_unique<SettingsStore>(m_paths);
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
}

void TestSettingsDialog::openDialog()
{
    m_dialog = std::make_unique<SettingsDialog>(m_store.get(), m_credentials.get(), nullptr, m_dir->filePath(u"audit.jsonl"_s));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::setText(const QString &name, const QString &text)
{
    auto *edit = find<QLineEdit>(name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestSettingsDialog::fieldsLoadFromTheSettings()
{
    const QString id = m_store->activeProfileId();
    QVERIFY(m_store->setProfileValue(id, Setting::ServerUrl, u"https://dialer.example.com"_s));
    QVERIFY(m_store->setProfileValue(id, Setting::AgentUser, u"1000"_s));
    QVERIFY(m_store->setValue(Setting::ParkWarnSeconds, 75));
    QVERIFY(m_store->setValue(Setting::ConfirmHangup, false));
    QVERIFY(m_store->setValue(Setting::Orientation, u"vertical"_s));
    QVERIFY(m_store->setValue(Setting::SupervisorCampaigns, QStringList{u"SALES"_s, u"SUPPORT"_s}));
    openDialog();
    QCOMPARE(find<QLineEdit>(u"edit-server-url"_s)->text(), u"https://dialer.example.com"_s);
    QCOMPARE(find<QLineEdit>(u"edit-server-agent"_s)->text(), u"1000"_s);
    QCOMPARE(find<QLineEdit>(u"edit-server-source"_s)->text(), u"parkbar"_s);
    QCOMPARE(find<QSpinBox>(u"edit-parking-warnSeconds"_s)->value(), 75);
    QCOMPARE(find<QCheckBox>(u"edit-commands-confirmHangup"_s)->isChecked(), false);
    QCOMPARE(find<QComboBox>(u"edit-ui-orientation"_s)->currentData().toString(), u"vertical"_s);
    QCOMPARE(find<QLineEdit>(u"edit-supervisor-campaigns"_s)->text(), u"SALES, SUPPORT"_s);
    QCOMPARE(find<QKeySequenceEdit>(u"edit-shortcuts-parkCustomer"_s)->keySequence(), QKeySequence(u"Ctrl+1"_s));
}

void TestSettingsDialog::okSavesTheEdits()
{
    openDialog();
    setText(u"edit-server-url"_s, u"https://dialer.example.com"_s);
    setText(u"edit-server-apiUser"_s, u"parkbar"_s);
    find<QSpinBox>(u"edit-parking-warnSeconds"_s)->setValue(45);
    QTest::mouseClick(find<QCheckBox>(u"edit-ui-compact"_s), Qt::LeftButton);
    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    click(u"settings-ok"_s);
    QCOMPARE(applied.size(), 1);
    QVERIFY(!m_dialog->isVisible());
    SettingsStore reopened(m_paths);
    QCOMPARE(reopened.profileValue(Setting::ServerUrl).toString(), u"https://dialer.example.com"_s);
    QCOMPARE(reopened.profileValue(Setting::ApiUser).toString(), u"parkbar"_s);
    QCOMPARE(reopened.intValue(Setting::ParkWarnSeconds), 45);
    QCOMPARE(reopened.boolValue(Setting::CompactMode), true);
}

void TestSettingsDialog::cancelDiscardsTheEdits()
{
    openDialog();
    setText(u"edit-server-url"_s, u"https://elsewhere.example.com"_s);
    find<QSpinBox>(u"edit-parking-warnSeconds"_s)->setValue(45);
    click(u"settings-cancel"_s);
    QVERIFY(!m_dialog->isVisible());
    SettingsStore reopened(m_paths);
    QCOMPARE(reopened.profileValue(Setting::ServerUrl).toString(), QString());
    QCOMPARE(reopened.intValue(Setting::ParkWarnSeconds), 60);
    // Opened again, it shows the saved values, not the dropped edits.
    m_dialog->show();
    QCOMPARE(find<QLineEdit>(u"edit-server-url"_s)->text(), QString());
    QCOMPARE(find<QSpinBox>(u"edit-parking-warnSeconds"_s)->value(), 60);
}

void TestSettingsDialog::lockedKeysAreReadOnlyWithTheAdministratorNote()
{
    QFile system(m_paths.systemFile);
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write("locked=server/url, commands/confirmHangup, parkIvrModes, audit/maxBytes\n"
                 "[server]\nurl=https://dialer.example.com\n[parkIvrModes]\nSALES=ENABLED\n");
    system.close();
    m_store = std::make_unique<SettingsStore>(m_paths);
    openDialog();
    auto *url = find<QLineEdit>(u"edit-server-url"_s);
    QCOMPARE(url->text(), u"https://dialer.example.com"_s);
    QVERIFY(url->isReadOnly());
    QCOMPARE(url->accessibleDescription(), u"Set by your administrator"_s);
    QVERIFY(find<QLabel>(u"edit-server-url-locked"_s)->isVisibleTo(m_dialog.get()));
    QCOMPARE(find<QLabel>(u"edit-server-url-locked"_s)->text(), u"Set by your administrator"_s);
    QVERIFY(!find<QLineEdit>(u"edit-server-apiUser"_s)->isReadOnly());
    QVERIFY(!find<QLabel>(u"edit-server-apiUser-locked"_s)->isVisibleTo(m_dialog.get()));
    QVERIFY(!find<QCheckBox>(u"edit-commands-confirmHangup"_s)->isEnabled());
    QVERIFY(!find<QLabel>(u"park-ivr-modes-locked"_s)->isHidden()); // on a page not shown yet
    QVERIFY(!find<QPushButton>(u"campaign-add"_s)->isEnabled());
    QVERIFY(!find<QSpinBox>(u"edit-audit-maxBytes"_s)->isEnabled());
    // Typing into a locked field changes nothing.
    QTest::keyClicks(url, u"x"_s);
    click(u"settings-ok"_s);
    SettingsStore reopened(m_paths);
    QCOMPARE(reopened.profileValue(Setting::ServerUrl).toString(), u"https://dialer.example.com"_s);
}

void TestSettingsDialog::theProxyIsSavedAndALockedOneIsReadOnly()
{
    openDialog();
    auto *proxy = find<QComboBox>(u"edit-network-proxy"_s);
    QCOMPARE(proxy->currentText(), u"system"_s);
    auto *warning = find<QLabel>(u"proxy-warning"_s);
    proxy->setEditText(u"http://desk7:secret@proxy.example.com:3128"_s);
    QVERIFY(warning->isVisibleTo(m_dialog.get()));
    QVERIFY2(warning->text().contains(u"keychain"_s), qPrintable(warning->text()));
    click(u"settings-ok"_s); // refused: a password in the address
    QCOMPARE(SettingsStore(m_paths).profileValue(Setting::Proxy).toString(), u"system"_s);
    proxy->setEditText(u"http://proxy.example.com:8080"_s);
    QVERIFY(!warning->isVisibleTo(m_dialog.get()));
    proxy->setCurrentIndex(proxy->findText(u"none"_s));
    QCOMPARE(proxy->currentText(), u"none"_s);
    proxy->setEditText(u"http://proxy.example.com:8080"_s);
    click(u"settings-ok"_s);
    QCOMPARE(SettingsStore(m_paths).profileValue(Setting::Proxy).toString(), u"http://proxy.example.com:8080"_s);

    m_dialog.reset();
    QFile system(m_paths.systemFile);
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write("locked=network/proxy\n[network]\nproxy=none\n");
    system.close();
    m_store = std::make_unique<SettingsStore>(m_paths);
    openDialog();
    proxy = find<QComboBox>(u"edit-network-proxy"_s);
    QCOMPARE(proxy->currentText(), u"none"_s);
    QVERIFY(!proxy->isEnabled());
    QVERIFY(find<QLabel>(u"edit-network-proxy-locked"_s)->isVisibleTo(m_dialog.get()));
}

void TestSettingsDialog::plainHttpIsWarnedAbout()
{
    openDialog();
    auto *warning = find<QLabel>(u"server-url-warning"_s);
    setText(u"edit-server-url"_s, u"https://dialer.example.com"_s);
    QVERIFY(!warning->isVisibleTo(m_dialog.get()));
    setText(u"edit-server-url"_s, u"http://dialer.example.com"_s);
    QVERIFY(warning->isVisibleTo(m_dialog.get()));
    QVERIFY2(warning->text().contains(u"Plain http sends the API password unencrypted"_s), qPrintable(warning->text()));
    setText(u"edit-server-url"_s, u"dialer.example.com"_s);
    QVERIFY(warning->text().contains(u"https://"_s));
    click(u"settings-apply"_s); // an address without a scheme is not saved
    QVERIFY(find<QLabel>(u"settings-problems"_s)->isVisibleTo(m_dialog.get()));
    QCOMPARE(SettingsStore(m_paths).profileValue(Setting::ServerUrl).toString(), QString());
}

void TestSettingsDialog::aPasswordTheNonAgentApiWouldAlterIsWarnedAbout()
{
    openDialog();
    auto *warning = find<QLabel>(u"password-warning"_s);
    setText(u"password"_s, u"Good-pass_1"_s);
    QVERIFY(!warning->isVisibleTo(m_dialog.get()));
    setText(u"password"_s, u"Wr0ng&Pa55="_s);
    QVERIFY(warning->isVisibleTo(m_dialog.get()));
    QVERIFY(warning->text().contains(u"non-agent API"_s));
    QVERIFY(!warning->text().contains(u"Wr0ng"_s));
    QVERIFY(find<QLabel>(u"password-storage"_s)->text().contains(u"ask for the password each time"_s));
}

void TestSettingsDialog::aTypedPasswordGoesToTheCredentialStoreOnOk()
{
    openDialog();
    setText(u"edit-server-url"_s, u"https://dialer.example.com"_s);
    setText(u"edit-server-apiUser"_s, u"parkbar"_s);
    setText(u"password"_s, u"Typed-Secret_1"_s);
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::passwordSaved);
    click(u"settings-ok"_s);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_credentials->cachedPassword(u"parkbar@dialer.example.com"_s), std::optional<QString>(u"Typed-Secret_1"_s));
    QFile user(m_paths.userFile);
    QVERIFY(user.open(QIODevice::ReadOnly));
    QVERIFY(!user.readAll().contains("Typed-Secret_1"));
}

void TestSettingsDialog::aHubIsSavedAndItsTokenGoesToTheKeychainOnly()
{
    openDialog();
    m_dialog->showPage(SettingsDialog::Page::Hub);
    setText(u"edit-hub-url"_s, u"wss://hub.example.com:8765"_s);
    setText(u"hubToken"_s, u"pbh1_typed-token"_s);
    click(u"settings-ok"_s);
    QCOMPARE(m_store->profileValue(Setting::HubUrl).toStringList(), QStringList{u"wss://hub.example.com:8765"_s});
    QTRY_COMPARE(m_credentials->cachedPassword(u"hub-token@hub.example.com:8765"_s),
                 std::optional<QString>(u"pbh1_typed-token"_s));
    QFile user(m_paths.userFile);
    QVERIFY(user.open(QIODevice::ReadOnly));
    QVERIFY(!user.readAll().contains("pbh1_typed-token"));

    // An address that is no WebSocket address is refused.
    openDialog();
    m_dialog->showPage(SettingsDialog::Page::Hub);
    setText(u"edit-hub-url"_s, u"https://hub.example.com"_s);
    click(u"settings-ok"_s);
    QCOMPARE(m_store->profileValue(Setting::HubUrl).toStringList(), QStringList{u"wss://hub.example.com:8765"_s});
}

void TestSettingsDialog::testConnectionShowsTheBuildsAndARedactedAnswer()
{
    LocalHttpServer server;
    server.setHandler([](const LocalHttpServer::Received &request) -> LocalHttpServer::Reply {
        const QString function = request.field(u"function"_s);
        if (function == u"version"_s) {
            return {200, request.path.startsWith(u"/agc"_s)
                             ? QByteArray("VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n")
                             : QByteArray("VERSION: 2.14-194|BUILD: 241004-1518|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800|DST: 0|\n")};
        }
        if (request.field(u"pass"_s) == u"1234"_s)
            return {200, "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1|||3125550100|VLC12345|8600051\n"};
        return {200, "ERROR: Invalid Username/Password: |6666|" + request.field(u"pass"_s).toUtf8()
                         + "|0|1|BAD|0|api|SELECT count(*) from vicidial_users where user='6666' and pass='"
                         + request.field(u"pass"_s).toUtf8() + "' and user_level > 0;|\n"};
    });
    QVERIFY(server.start());
    openDialog();
    setText(u"edit-server-url"_s, server.baseUrl().toString());
    setText(u"edit-server-apiUser"_s, u"6666"_s);
    setText(u"edit-server-agent"_s, u"1000"_s);
    setText(u"password"_s, u"wrongpass"_s);
    auto *result = find<QLabel>(u"test-result"_s);
    click(u"test-connection"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"241004-1518"_s), 10000);
    QVERIFY2(result->text().contains(u"240429-2220"_s), qPrintable(result->text()));
    QVERIFY2(result->text().contains(u"wrong API user or password"_s), qPrintable(result->text()));
    QVERIFY2(!result->text().contains(u"wrongpass"_s), qPrintable(result->text()));
    QCOMPARE(server.received().size(), 3); // one attempt, no retry

    setText(u"password"_s, u"1234"_s);
    click(u"test-connection"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Agent 1000: status INCALL, campaign TESTCAMP, lead 12345 on the screen."_s), 10000);
    // Nothing was saved by testing.
    QCOMPARE(SettingsStore(m_paths).profileValue(Setting::ServerUrl).toString(), QString());
}

void TestSettingsDialog::fetchCertificateShowsTheFingerprintAndPinsOnlyWhenAsked()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    LocalHttpServer server;
    QVERIFY(server.startTls(testDataPath(u"tls/selfsigned.pem"_s), testDataPath(u"tls/selfsigned.key"_s)));
    const QString expected = ServerConfig::formatFingerprint(
        QSslCertificate::fromPath(testDataPath(u"tls/selfsigned.pem"_s)).first().digest(QCryptographicHash::Sha256));
    openDialog();
    setText(u"edit-server-url"_s, server.baseUrl().toString());
    m_dialog->showPage(SettingsDialog::Page::Security);
    click(u"fetch-certificate"_s);
    auto *details = find<QLabel>(u"certificate-details"_s);
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(expected), 10000);
    QVERIFY(details->text().contains(u"Not trusted by this computer"_s));
    const QString keyPin = u"sha256//ZnXivGxG9jUk4nYLapUSNJHMs8PC+hyaX33QvLaqqhM="_s;
    QVERIFY2(details->text().contains(u"Public key: "_s + keyPin), qPrintable(details->text()));
    QVERIFY2(details->text().contains(u"to 11/2/26"_s) || details->text().contains(u"2126"_s), qPrintable(details->text()));
    auto *pin = find<QLineEdit>(u"edit-tls-pinnedSha256"_s);
    QCOMPARE(pin->text(), QString()); // never pinned silently
    click(u"use-public-key"_s);
    QCOMPARE(pin->text(), keyPin);
    click(u"use-fingerprint"_s);
    QCOMPARE(pin->text(), expected);
    QVERIFY(m_dialog->grab().save(testOutputPath(u"settings-page-security-fetched.png"_s)));
    click(u"settings-ok"_s);
    QCOMPARE(SettingsStore(m_paths).profileValue(Setting::TlsPinnedSha256).toString(), expected);
    QVERIFY(server.received().isEmpty());
}

void TestSettingsDialog::profilesAreAddedAndSwitchedInTheDialog()
{
    const QString first = m_store->activeProfileId();
    QVERIFY(m_store->setProfileValue(first, Setting::AgentUser, u"1000"_s));
    openDialog();
    click(u"profile-add"_s);
    auto *nameDialog = m_dialog->findChild<QInputDialog *>(u"profile-name-dialog"_s);
    QVERIFY(nameDialog);
    nameDialog->setTextValue(u"Backup server"_s);
    nameDialog->accept();
    auto *profiles = find<QComboBox>(u"profiles"_s);
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(profiles->currentText(), u"Backup server"_s);
    QCOMPARE(find<QLineEdit>(u"edit-server-agent"_s)->text(), QString());
    setText(u"edit-server-agent"_s, u"2000"_s);
    // Back to the first: its own values, the second's edit kept in the draft.
    profiles->setCurrentIndex(0);
    Q_EMIT profiles->activated(0);
    QCOMPARE(find<QLineEdit>(u"edit-server-agent"_s)->text(), u"1000"_s);
    profiles->setCurrentIndex(1);
    Q_EMIT profiles->activated(1);
    QCOMPARE(find<QLineEdit>(u"edit-server-agent"_s)->text(), u"2000"_s);
    QSignalSpy activeChanged(m_store.get(), &SettingsStore::activeProfileChanged);
    click(u"settings-ok"_s);
    QCOMPARE(activeChanged.size(), 1);
    QCOMPARE(m_store->profiles().size(), 2);
    QCOMPARE(m_store->activeProfile().name, u"Backup server"_s);
    QCOMPARE(m_store->profileValue(Setting::AgentUser).toString(), u"2000"_s);
    QCOMPARE(m_store->profileValue(Setting::AgentUser, first).toString(), u"1000"_s);

    m_dialog->show();
    click(u"profile-remove"_s);
    QCOMPARE(profiles->count(), 1);
    QVERIFY(!find<QPushButton>(u"profile-remove"_s)->isEnabled()); // the last one stays
    click(u"settings-ok"_s);
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->activeProfileId(), first);
}

void TestSettingsDialog::conflictingShortcutsAreShownAndBlockOk()
{
    openDialog();
    m_dialog->showPage(SettingsDialog::Page::Keyboard);
    auto *conflicts = find<QLabel>(u"key-conflicts"_s);
    QVERIFY(!conflicts->isVisibleTo(m_dialog.get()));
    find<QKeySequenceEdit>(u"edit-shortcuts-grabCustomer"_s)->setKeySequence(QKeySequence(u"Ctrl+1"_s));
    QVERIFY(conflicts->isVisibleTo(m_dialog.get()));
    QVERIFY2(conflicts->text().contains(u"Park (shortcut)"_s) && conflicts->text().contains(u"Grab (shortcut)"_s),
             qPrintable(conflicts->text()));
    click(u"settings-ok"_s);
    QVERIFY(m_dialog->isVisible());
    find<QKeySequenceEdit>(u"edit-hotkeys-grabCustomer"_s)->setKeySequence(QKeySequence(u"Ctrl+Alt+G"_s));
    find<QKeySequenceEdit>(u"edit-shortcuts-grabCustomer"_s)->setKeySequence(QKeySequence(u"Ctrl+Alt+G"_s));
    QVERIFY(conflicts->text().contains(u"Grab (hotkey)"_s));
    find<QKeySequenceEdit>(u"edit-shortcuts-grabCustomer"_s)->setKeySequence(QKeySequence(u"Ctrl+G"_s));
    QVERIFY(!conflicts->isVisibleTo(m_dialog.get()));
    click(u"settings-ok"_s);
    QVERIFY(!m_dialog->isVisible());
    SettingsStore reopened(m_paths);
    QCOMPARE(reopened.stringValue(Setting::ShortcutGrabCustomer), u"Ctrl+G"_s);
    QCOMPARE(reopened.stringValue(Setting::HotkeyGrabCustomer), u"Ctrl+Alt+G"_s);
}

void TestSettingsDialog::campaignModesAreSaved()
{
    openDialog();
    auto *page = qobject_cast<CampaignsPage *>(m_dialog->page(SettingsDialog::Page::Campaigns));
    QVERIFY(page);
    page->addCampaign(u"SALES"_s, u"ENABLED_PARK_ONLY"_s);
    page->addCampaign(u"SUPPORT"_s, u"DISABLED"_s);
    click(u"settings-ok"_s);
    const SessionOptions options = sessionOptionsFrom(SettingsStore(m_paths));
    QCOMPARE(options.parkIvrModes.value(u"SALES"_s), ParkIvrMode::EnabledParkOnly);
    QCOMPARE(options.parkIvrModes.value(u"SUPPORT"_s), ParkIvrMode::Disabled);
}

void TestSettingsDialog::everyEditorHasANameForTestsAndScreenReaders()
{
    openDialog();
    QStringList missing;
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool editor = qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QCheckBox *>(widget) || qobject_cast<QComboBox *>(widget) || qobject_cast<QKeySequenceEdit *>(widget)
            || qobject_cast<QPushButton *>(widget);
        QWidget *parent = widget->parentWidget();
        const bool internal = parent
            && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QKeySequenceEdit *>(parent) || qobject_cast<QComboBox *>(parent));
        if (!editor || internal)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (widget->objectName().isEmpty() || name.isEmpty())
            missing.append(QString::fromLatin1(widget->metaObject()->className()) + u" '"_s + widget->objectName() + u"' '"_s + name + u"'"_s);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestSettingsDialog::theAuditLogViewShowsTheNewestLineFirst()
{
    const QString path = m_dir->filePath(u"audit.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"agent\":\"1000\",\"value\":\"PARK_CUSTOMER\",\"result\":\"success\",\"time\":\"2026-11-26T10:32:57.123+00:00\"}\n"
               "{\"agent\":\"1001\",\"value\":\"GRAB_CUSTOMER\",\"result\":\"no_lead\",\"time\":\"2026-11-26T10:33:01.000+00:00\"}\n");
    file.close();
    AuditLogView view(path);
    QCOMPARE(view.rowCount(), 2);
    auto *table = view.findChild<QTableWidget *>(u"audit-table"_s);
    QCOMPARE(table->item(0, 1)->text(), u"1001"_s);
    QCOMPARE(table->item(1, 2)->text(), u"PARK_CUSTOMER"_s);
    QTest::mouseClick(view.findChild<QPushButton *>(u"audit-copy-path"_s), Qt::LeftButton);
}

void TestSettingsDialog::rendersEveryPage()
{
    QFile system(m_paths.systemFile);
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write("locked=server/url, server/apiUser, commands/confirmHangup\n"
                 "[server]\nurl=https://dialer.example.com\napiUser=parkbar\n[parkIvrModes]\nSALES=ENABLED\nSUPPORT=DISABLED\n");
    system.close();
    m_store = std::make_unique<SettingsStore>(m_paths);
    QVERIFY(m_store->setProfileValue(m_store->activeProfileId(), Setting::AgentUser, u"1000"_s));
    openDialog();
    setText(u"password"_s, u"pa&ss"_s);
    for (int i = 0; i < 8; ++i) {
        m_dialog->showPage(static_cast<SettingsDialog::Page>(i));
        const QString file = testOutputPath(u"settings-%1.png"_s.arg(m_dialog->page(static_cast<SettingsDialog::Page>(i))->objectName()));
        QVERIFY(m_dialog->grab().save(file));
    }
    auto *log = AuditLogView::openDialog(m_dir->filePath(u"audit.jsonl"_s), m_dialog.get());
    QVERIFY(log->grab().save(testOutputPath(u"settings-audit-log-view.png"_s)));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
