#include "preferences/SettingBinder.h"
#include "settings/SettingsStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The binder between a settings page's editors and the keys, driven as a
// person would: the values shown, typed and clicked changes written back
// through the settings store, and locked keys shown read-only with the
// administrator's note.
class TestSettingBinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachRowIsNamedLabelledAndExplained();
    void showsTheValues();
    void writesBackWhatThePersonChanged();
    void profileKeysGoToTheProfileShown();
    void lockedKeysAreReadOnlyWithTheAdministratorNote();
    void lockedKeysAreNotWrittenBack();
    void anUnlockedKeyIsEditableAgain();

private:
    void buildPage();
    void writeSystemFile(const QByteArray &contents);
    void load() { m_binder->load(m_store->snapshot(), m_store->activeProfileId()); }
    // store() into a fresh snapshot, apply it, and read the files again.
    void saveAndReopen();
    template<typename T> T *editor(Setting key) const { return qobject_cast<T *>(m_binder->editor(key)); }
    QLabel *note(Setting key) const
    {
        return m_page->findChild<QLabel *>(SettingBinder::objectNameFor(key) + u"-locked"_s);
    }
    static void typeInto(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    SettingsPaths m_paths;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<QWidget> m_page;
    std::unique_ptr<SettingBinder> m_binder;
    QLabel *m_apiUserNote = nullptr;
};

void TestSettingBinder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_paths = {m_dir->filePath(u"user.conf"_s), m_dir->filePath(u"system.conf"_s)};
    m_store = std::make_unique<SettingsStore>(m_paths);
    buildPage();
}

void TestSettingBinder::cleanup()
{
    m_binder.reset();
    m_page.reset();
    m_store.reset();
    m_dir.reset();
}

void TestSettingBinder::buildPage()
{
    m_page = std::make_unique<QWidget>();
    m_binder = std::make_unique<SettingBinder>();
    auto *form = new QFormLayout(m_page.get());
    m_binder->addRow(form, u"&Server address:"_s, Setting::ServerUrl, new QLineEdit);
    auto *warn = new QSpinBox;
    warn->setRange(5, 3600);
    m_binder->addRow(form, u"Warn after (s):"_s, Setting::ParkWarnSeconds, warn);
    m_binder->addRow(form, u"Ask first:"_s, Setting::ConfirmHangup, new QCheckBox(u"Ask before Hangup Xfer + Grab"_s));
    auto *orientation = new QComboBox;
    orientation->addItem(u"Horizontal"_s, u"horizontal"_s);
    orientation->addItem(u"Vertical"_s, u"vertical"_s);
    m_binder->addRow(form, u"Layout:"_s, Setting::Orientation, orientation);
    m_binder->addRow(form, u"Campaigns:"_s, Setting::SupervisorCampaigns, new QLineEdit);
    m_binder->addRow(form, u"Park:"_s, Setting::ShortcutParkCustomer, new QKeySequenceEdit);
    // An editor placed by its page, with its own note and tooltip.
    auto *apiUser = new QLineEdit;
    apiUser->setToolTip(u"The API user, not the agent"_s);
    m_apiUserNote = SettingBinder::makeNote(m_page.get());
    form->addRow(u"API user"_s, apiUser);
    form->addRow(m_apiUserNote);
    m_binder->bind(Setting::ApiUser, apiUser, m_apiUserNote, u"API user"_s);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSettingBinder::writeSystemFile(const QByteArray &contents)
{
    QFile system(m_paths.systemFile);
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write(contents);
    system.close();
    m_store = std::make_unique<SettingsStore>(m_paths);
}

void TestSettingBinder::saveAndReopen()
{
    SettingsSnapshot edited = m_store->snapshot();
    m_binder->store(edited, edited.activeProfileId);
    QVERIFY(m_store->apply(edited));
    m_store = std::make_unique<SettingsStore>(m_paths);
}

void TestSettingBinder::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestSettingBinder::eachRowIsNamedLabelledAndExplained()
{
    auto *url = editor<QLineEdit>(Setting::ServerUrl);
    QVERIFY(url);
    QCOMPARE(url->objectName(), u"edit-server-url"_s);
    QCOMPARE(SettingBinder::objectNameFor(Setting::ShortcutParkCustomer), u"edit-shortcuts-parkCustomer"_s);
    QCOMPARE(m_binder->editor(Setting::ShortcutParkCustomer)->objectName(), u"edit-shortcuts-parkCustomer"_s);
    // Screen readers get the label without its mnemonic and colon.
    QCOMPARE(url->accessibleName(), u"Server address"_s);
    QCOMPARE(editor<QSpinBox>(Setting::ParkWarnSeconds)->accessibleName(), u"Warn after (s)"_s);
    // The label's mnemonic reaches the editor.
    QLabel *label = nullptr;
    for (QLabel *candidate : m_page->findChildren<QLabel *>()) {
        if (candidate->text() == u"&Server address:"_s)
            label = candidate;
    }
    QVERIFY(label);
    QCOMPARE(label->buddy(), url);
    // The tooltip explains the key, unless the page wrote its own.
    QCOMPARE(url->toolTip(), settingDescription(Setting::ServerUrl));
    QCOMPARE(editor<QLineEdit>(Setting::ApiUser)->toolTip(), u"The API user, not the agent"_s);
    QCOMPARE(editor<QLineEdit>(Setting::ApiUser)->objectName(), u"edit-server-apiUser"_s);
    // The notes wait hidden until a key is locked.
    QVERIFY(note(Setting::ServerUrl));
    QVERIFY(!note(Setting::ServerUrl)->isVisibleTo(m_page.get()));
    QVERIFY(!m_apiUserNote->isVisibleTo(m_page.get()));
    QCOMPARE(note(Setting::ServerUrl)->text(), u"Set by your administrator"_s);
    QVERIFY(!m_binder->editor(Setting::Language)); // not bound on this page
}

void TestSettingBinder::showsTheValues()
{
    const QString id = m_store->activeProfileId();
    QVERIFY(m_store->setProfileValue(id, Setting::ServerUrl, u"https://dialer.example.com"_s));
    QVERIFY(m_store->setProfileValue(id, Setting::ApiUser, u"parkbar"_s));
    QVERIFY(m_store->setValue(Setting::ParkWarnSeconds, 75));
    QVERIFY(m_store->setValue(Setting::ConfirmHangup, false));
    QVERIFY(m_store->setValue(Setting::Orientation, u"vertical"_s));
    QVERIFY(m_store->setValue(Setting::SupervisorCampaigns, QStringList{u"SALES"_s, u"SUPPORT"_s}));
    QVERIFY(m_store->setValue(Setting::ShortcutParkCustomer, u"Ctrl+Shift+P"_s));
    load();
    QCOMPARE(editor<QLineEdit>(Setting::ServerUrl)->text(), u"https://dialer.example.com"_s);
    QCOMPARE(editor<QLineEdit>(Setting::ApiUser)->text(), u"parkbar"_s);
    QCOMPARE(editor<QSpinBox>(Setting::ParkWarnSeconds)->value(), 75);
    QVERIFY(!editor<QCheckBox>(Setting::ConfirmHangup)->isChecked());
    QCOMPARE(editor<QComboBox>(Setting::Orientation)->currentText(), u"Vertical"_s);
    QCOMPARE(editor<QLineEdit>(Setting::SupervisorCampaigns)->text(), u"SALES, SUPPORT"_s);
    QCOMPARE(editor<QKeySequenceEdit>(Setting::ShortcutParkCustomer)->keySequence(), QKeySequence(u"Ctrl+Shift+P"_s));

    // Defaults where nothing was set; a value the editor does not offer shows its first choice.
    m_store = std::make_unique<SettingsStore>(SettingsPaths{m_dir->filePath(u"fresh.conf"_s), m_paths.systemFile});
    SettingsSnapshot fresh = m_store->snapshot();
    fresh.globals.insert(Setting::Orientation, u"diagonal"_s);
    m_binder->load(fresh, fresh.activeProfileId);
    QCOMPARE(editor<QLineEdit>(Setting::ServerUrl)->text(), QString());
    QCOMPARE(editor<QSpinBox>(Setting::ParkWarnSeconds)->value(), 60);
    QVERIFY(editor<QCheckBox>(Setting::ConfirmHangup)->isChecked());
    QCOMPARE(editor<QComboBox>(Setting::Orientation)->currentText(), u"Horizontal"_s);
    QCOMPARE(editor<QKeySequenceEdit>(Setting::ShortcutParkCustomer)->keySequence(), QKeySequence(u"Ctrl+1"_s));
}

void TestSettingBinder::writesBackWhatThePersonChanged()
{
    load();
    auto *url = editor<QLineEdit>(Setting::ServerUrl);
    QSignalSpy urlEdited(url, &QLineEdit::textEdited);
    typeInto(url, u"  https://dialer.example.com  "_s);
    QVERIFY(urlEdited.size() > 0);

    auto *warn = editor<QSpinBox>(Setting::ParkWarnSeconds);
    QSignalSpy warnChanged(warn, &QSpinBox::valueChanged);
    warn->setFocus();
    QTest::keyClick(warn, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(warn, u"90"_s);
    QCOMPARE(warnChanged.last().first().toInt(), 90);

    auto *confirm = editor<QCheckBox>(Setting::ConfirmHangup);
    QSignalSpy toggled(confirm, &QCheckBox::toggled);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(toggled.size(), 1);

    auto *orientation = editor<QComboBox>(Setting::Orientation);
    QSignalSpy chosen(orientation, &QComboBox::currentIndexChanged);
    orientation->setFocus();
    QTest::keyClick(orientation, Qt::Key_Down);
    QCOMPARE(chosen.size(), 1);

    typeInto(editor<QLineEdit>(Setting::SupervisorCampaigns), u"SALES, SUPPORT,,"_s);

    auto *park = editor<QKeySequenceEdit>(Setting::ShortcutParkCustomer);
    QSignalSpy recorded(park, &QKeySequenceEdit::keySequenceChanged);
    park->setFocus();
    QTest::keyClick(park, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(recorded.size(), 1);

    saveAndReopen();
    QCOMPARE(m_store->profileValue(Setting::ServerUrl).toString(), u"https://dialer.example.com"_s);
    QCOMPARE(m_store->intValue(Setting::ParkWarnSeconds), 90);
    QVERIFY(!m_store->boolValue(Setting::ConfirmHangup));
    QCOMPARE(m_store->stringValue(Setting::Orientation), u"vertical"_s);
    QCOMPARE(m_store->stringListValue(Setting::SupervisorCampaigns), (QStringList{u"SALES"_s, u"SUPPORT"_s}));
    QCOMPARE(m_store->stringValue(Setting::ShortcutParkCustomer), u"Ctrl+Alt+P"_s);

    // Shown again, the editors hold what was saved.
    buildPage();
    load();
    QCOMPARE(editor<QLineEdit>(Setting::SupervisorCampaigns)->text(), u"SALES, SUPPORT"_s);
    QCOMPARE(editor<QComboBox>(Setting::Orientation)->currentText(), u"Vertical"_s);
}

void TestSettingBinder::profileKeysGoToTheProfileShown()
{
    const QString first = m_store->activeProfileId();
    QVERIFY(m_store->setProfileValue(first, Setting::ServerUrl, u"https://first.example.com"_s));
    const QString second = m_store->addProfile(u"Second floor"_s);
    QVERIFY(m_store->setProfileValue(second, Setting::ServerUrl, u"https://second.example.com"_s));

    SettingsSnapshot edited = m_store->snapshot();
    m_binder->load(edited, second);
    QCOMPARE(editor<QLineEdit>(Setting::ServerUrl)->text(), u"https://second.example.com"_s);
    typeInto(editor<QLineEdit>(Setting::ServerUrl), u"https://floor2.example.com"_s);
    m_binder->store(edited, second);
    QCOMPARE(edited.profile(second)->value(Setting::ServerUrl).toString(), u"https://floor2.example.com"_s);
    QCOMPARE(edited.profile(first)->value(Setting::ServerUrl).toString(), u"https://first.example.com"_s);
    QVERIFY(!edited.globals.contains(Setting::ServerUrl));
    // Global keys go to the globals whichever profile is shown.
    QVERIFY(edited.globals.contains(Setting::ParkWarnSeconds));
}

void TestSettingBinder::lockedKeysAreReadOnlyWithTheAdministratorNote()
{
    writeSystemFile("locked=server/url, server/apiUser, commands/confirmHangup, parking/warnSeconds\n"
                    "[server]\nurl=https://dialer.example.com\napiUser=parkbar\n"
                    "[parking]\nwarnSeconds=120\n");
    load();
    auto *url = editor<QLineEdit>(Setting::ServerUrl);
    QCOMPARE(url->text(), u"https://dialer.example.com"_s);
    QVERIFY(url->isReadOnly());
    QVERIFY(url->isEnabled()); // still readable and selectable
    QCOMPARE(url->accessibleDescription(), u"Set by your administrator"_s);
    QVERIFY(note(Setting::ServerUrl)->isVisibleTo(m_page.get()));
    QVERIFY(m_apiUserNote->isVisibleTo(m_page.get()));
    QCOMPARE(m_apiUserNote->text(), u"Set by your administrator"_s);

    auto *confirm = editor<QCheckBox>(Setting::ConfirmHangup);
    QVERIFY(!confirm->isEnabled());
    QCOMPARE(confirm->accessibleDescription(), u"Set by your administrator"_s);
    QVERIFY(note(Setting::ConfirmHangup)->isVisibleTo(m_page.get()));
    QCOMPARE(editor<QSpinBox>(Setting::ParkWarnSeconds)->value(), 120);
    QVERIFY(!editor<QSpinBox>(Setting::ParkWarnSeconds)->isEnabled());

    // What is not locked stays as it was.
    QVERIFY(editor<QComboBox>(Setting::Orientation)->isEnabled());
    QVERIFY(!note(Setting::Orientation)->isVisibleTo(m_page.get()));
    QCOMPARE(editor<QComboBox>(Setting::Orientation)->accessibleDescription(), QString());

    // A person's typing and clicking changes nothing.
    QSignalSpy toggled(confirm, &QCheckBox::toggled);
    QTest::keyClicks(url, u"x"_s);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(url->text(), u"https://dialer.example.com"_s);
    QCOMPARE(toggled.size(), 0);
}

void TestSettingBinder::lockedKeysAreNotWrittenBack()
{
    writeSystemFile("locked=server/url, commands/confirmHangup\n[server]\nurl=https://dialer.example.com\n");
    load();
    // Even an editor changed behind the person's back is not written for a locked key.
    editor<QLineEdit>(Setting::ServerUrl)->setText(u"https://elsewhere.example.com"_s);
    editor<QCheckBox>(Setting::ConfirmHangup)->setChecked(false);
    typeInto(editor<QLineEdit>(Setting::ApiUser), u"parkbar"_s);

    SettingsSnapshot edited = m_store->snapshot();
    const SettingsSnapshot before = edited;
    m_binder->store(edited, edited.activeProfileId);
    QCOMPARE(edited.activeProfile()->value(Setting::ServerUrl), before.activeProfile()->value(Setting::ServerUrl));
    QCOMPARE(edited.value(Setting::ConfirmHangup), before.value(Setting::ConfirmHangup));
    QCOMPARE(edited.activeProfile()->value(Setting::ApiUser).toString(), u"parkbar"_s);

    saveAndReopen();
    QCOMPARE(m_store->profileValue(Setting::ServerUrl).toString(), u"https://dialer.example.com"_s);
    QVERIFY(m_store->boolValue(Setting::ConfirmHangup));
    QCOMPARE(m_store->profileValue(Setting::ApiUser).toString(), u"parkbar"_s);
}

void TestSettingBinder::anUnlockedKeyIsEditableAgain()
{
    writeSystemFile("locked=server/url, commands/confirmHangup\n[server]\nurl=https://dialer.example.com\n");
    load();
    QVERIFY(editor<QLineEdit>(Setting::ServerUrl)->isReadOnly());

    // The administrator lifts the lock; the page loads again.
    writeSystemFile("[server]\nurl=https://dialer.example.com\n");
    load();
    auto *url = editor<QLineEdit>(Setting::ServerUrl);
    QVERIFY(!url->isReadOnly());
    QCOMPARE(url->accessibleDescription(), QString());
    QVERIFY(!note(Setting::ServerUrl)->isVisibleTo(m_page.get()));
    QVERIFY(editor<QCheckBox>(Setting::ConfirmHangup)->isEnabled());
    QVERIFY(!note(Setting::ConfirmHangup)->isVisibleTo(m_page.get()));
    typeInto(url, u"https://mine.example.com"_s);
    QCOMPARE(url->text(), u"https://mine.example.com"_s);
}

QTEST_MAIN(TestSettingBinder)
#include "TestSettingBinder.moc"
