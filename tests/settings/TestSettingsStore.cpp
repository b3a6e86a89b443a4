#include "settings/SettingsConversion.h"
#include "settings/SettingsStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The settings as a person and an administrator see them: what is saved comes
// back, a bad file falls back to defaults, the administrator's locks win.
class TestSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyKeyHasItsDocumentedDefault();
    void everyKeySurvivesARoundTrip();
    void badValuesInTheFileFallBackToTheDefault_data();
    void badValuesInTheFileFallBackToTheDefault();
    void theSystemFilePresetsValuesForEveryUser();
    void lockedKeysTakeTheSystemValueWhateverTheUserSays();
    void lockedKeysRefuseWrites();
    void unknownOrUnlockableLockedNamesAreIgnored();
    void profilesCanBeAddedSwitchedRenamedAndRemoved();
    void theLastProfileCannotBeRemoved();
    void theActiveProfileIsRememberedAcrossRuns();
    void applyWritesTheEditedSnapshotAndNothingElse();
    void aValueEqualToThePresetIsNotWritten();
    void convertsToSessionOptions();
    void convertsAProfileToAServerConfig();
    void anUnwritableFileIsReported();

private:
    SettingsPaths paths() const;
    void writeFile(const QString &path, const QByteArray &content);
    static QVariant sampleValue(Setting key);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

SettingsPaths TestSettingsStore::paths() const
{
    return {m_dir->filePath(u"user/ParkBar.conf"_s), m_dir->filePath(u"system/ParkBar.conf"_s)};
}

void TestSettingsStore::writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QVariant TestSettingsStore::sampleValue(Setting key)
{
    const SettingSpec &spec = settingSpec(key);
    switch (spec.type) {
    case SettingType::Bool: return !spec.defaultValue.toBool();
    case SettingType::Int: return spec.defaultValue.toInt() == spec.minimum ? spec.maximum : spec.minimum;
    case SettingType::Choice: return spec.choices.last() == spec.defaultValue.toString() ? spec.choices.first() : spec.choices.last();
    case SettingType::StringList:
        if (key == Setting::HubUrl)
            return QStringList{u"wss://hub1.example.com:8765"_s, u"wss://hub2.example.com:8765"_s};
        return QStringList{u"SALES"_s, u"SUPPORT"_s};
    case SettingType::KeySequence: return u"Ctrl+Alt+P"_s;
    case SettingType::CampaignModes: return QVariantMap{{u"SALES"_s, u"ENABLED_PARK_ONLY"_s}, {u"SUPPORT"_s, u"DISABLED"_s}};
    case SettingType::String: break;
    }
    switch (key) {
    case Setting::ServerUrl: return u"https://dialer.example.com:8443"_s;
    case Setting::Source: return u"desk-7"_s;
    case Setting::TlsPinnedSha256:
    case Setting::HubPinnedSha256: return ServerConfig::formatFingerprint(QByteArray(32, '\xab'));
    case Setting::Proxy: return u"http://proxy.example.com:3128"_s;
    default: return QString(u"value of "_s + spec.name);
    }
}

void TestSettingsStore::everyKeyHasItsDocumentedDefault()
{
    SettingsStore store(paths());
    QCOMPARE(store.intValue(Setting::PollConfirmingMs), 250);
    QCOMPARE(store.intValue(Setting::PollLoggedInMs), 1000);
    QCOMPARE(store.intValue(Setting::PollLoggedOutMs), 5000);
    QCOMPARE(store.intValue(Setting::PollMaxBackoffMs), 30000);
    QCOMPARE(store.intValue(Setting::ConfirmTimeoutMs), 5000);
    QCOMPARE(store.intValue(Setting::ParkWarnSeconds), 60);
    QCOMPARE(store.intValue(Setting::ParkCriticalSeconds), 25 * 60);
    QCOMPARE(store.boolValue(Setting::ConfirmHangup), true);
    QCOMPARE(store.profileValue(Setting::Source).toString(), u"parkbar"_s);
    QCOMPARE(store.profileValue(Setting::RequestMethod).toString(), u"POST"_s);
    QCOMPARE(store.stringValue(Setting::ShortcutParkCustomer), u"Ctrl+1"_s);
    QCOMPARE(store.stringValue(Setting::ShortcutHangupXferGrabCustomer), u"Ctrl+5"_s);
    QCOMPARE(store.stringValue(Setting::HotkeyParkCustomer), QString());
    QCOMPARE(store.stringValue(Setting::Language), u"system"_s);
    QCOMPARE(store.intValue(Setting::AuditMaxBytes), 5 * 1024 * 1024);
    QVERIFY(store.value(Setting::ParkIvrModes).toMap().isEmpty());
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.lockedKeys().isEmpty());
    // The defaults agree with the agreed value type.
    QCOMPARE(sessionOptionsFrom(store), SessionOptions());
}

void TestSettingsStore::everyKeySurvivesARoundTrip()
{
    {
        SettingsStore store(paths());
        for (const SettingSpec &spec : settingSpecs()) {
            if (spec.id == Setting::LastProfile)
                continue;
            QVERIFY2(store.setValue(spec.id, sampleValue(spec.id)), qPrintable(spec.name));
        }
        QVERIFY(store.save());
    }
    SettingsStore reopened(paths());
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.id == Setting::LastProfile)
            continue;
        QVERIFY2(reopened.value(spec.id) != spec.defaultValue, qPrintable(spec.name));
        QCOMPARE(reopened.value(spec.id), *normalizedSettingValue(spec.id, sampleValue(spec.id)));
    }
}

void TestSettingsStore::badValuesInTheFileFallBackToTheDefault_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("key");
    QTest::newRow("poll interval not a number") << QByteArray("[polling]\nloggedInMs=fast\n") << int(Setting::PollLoggedInMs);
    QTest::newRow("poll interval too small") << QByteArray("[polling]\nconfirmingMs=1\n") << int(Setting::PollConfirmingMs);
    QTest::newRow("bool") << QByteArray("[commands]\nconfirmHangup=maybe\n") << int(Setting::ConfirmHangup);
    QTest::newRow("orientation") << QByteArray("[ui]\norientation=diagonal\n") << int(Setting::Orientation);
    QTest::newRow("language") << QByteArray("[ui]\nlanguage=klingon\n") << int(Setting::Language);
    QTest::newRow("park IVR mode") << QByteArray("[parkIvrModes]\nSALES=SOMETIMES\n") << int(Setting::ParkIvrModes);
    QTest::newRow("server url") << QByteArray("[profiles]\ndefault\\name=Main\ndefault\\server\\url=ftp://x\n") << int(Setting::ServerUrl);
    QTest::newRow("source too short") << QByteArray("[profiles]\ndefault\\name=Main\ndefault\\server\\source=x\n") << int(Setting::Source);
    QTest::newRow("pin") << QByteArray("[profiles]\ndefault\\name=Main\ndefault\\tls\\pinnedSha256=abc\n") << int(Setting::TlsPinnedSha256);
    QTest::newRow("method") << QByteArray("[profiles]\ndefault\\name=Main\ndefault\\server\\method=PUT\n") << int(Setting::RequestMethod);
}

void TestSettingsStore::badValuesInTheFileFallBackToTheDefault()
{
    QFETCH(QByteArray, line);
    QFETCH(int, key);
    writeFile(paths().userFile, line);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring an invalid value for \"[a-zA-Z0-9/]+\" in"_s));
    SettingsStore store(paths());
    const Setting setting = static_cast<Setting>(key);
    QCOMPARE(store.value(setting), settingSpec(setting).defaultValue);
}

void TestSettingsStore::theSystemFilePresetsValuesForEveryUser()
{
    writeFile(paths().systemFile, "[server]\nurl=https://dialer.example.com\napiUser=parkbar\nsource=floor2\n[parking]\nwarnSeconds=90\n");
    SettingsStore store(paths());
    QCOMPARE(store.profileValue(Setting::ServerUrl).toString(), u"https://dialer.example.com"_s);
    QCOMPARE(store.profileValue(Setting::ApiUser).toString(), u"parkbar"_s);
    QCOMPARE(store.profileValue(Setting::Source).toString(), u"floor2"_s);
    QCOMPARE(store.intValue(Setting::ParkWarnSeconds), 90);
    QVERIFY(!store.isLocked(Setting::ParkWarnSeconds));
    // Not locked: the user may change it, and a new profile starts from the preset.
    QVERIFY(store.setValue(Setting::ParkWarnSeconds, 120));
    QCOMPARE(store.intValue(Setting::ParkWarnSeconds), 120);
    const QString added = store.addProfile(u"Second floor"_s);
    QCOMPARE(store.profileValue(Setting::ApiUser, added).toString(), u"parkbar"_s);
}

void TestSettingsStore::lockedKeysTakeTheSystemValueWhateverTheUserSays()
{
    writeFile(paths().systemFile, "locked=server/url, server/apiUser, commands/confirmHangup, parkIvrModes\n"
                                  "[server]\nurl=https://dialer.example.com\napiUser=parkbar\n"
                                  "[commands]\nconfirmHangup=true\n[parkIvrModes]\nSALES=ENABLED\n");
    writeFile(paths().userFile, "[commands]\nconfirmHangup=false\n[parkIvrModes]\nSALES=DISABLED\nOTHER=ENABLED\n"
                                "[profiles]\ndefault\\name=Mine\ndefault\\server\\url=https://evil.example.com\n"
                                "default\\server\\apiUser=me\ndefault\\server\\agent=1000\n");
    SettingsStore store(paths());
    QCOMPARE(store.profileValue(Setting::ServerUrl).toString(), u"https://dialer.example.com"_s);
    QCOMPARE(store.profileValue(Setting::ApiUser).toString(), u"parkbar"_s);
    QCOMPARE(store.profileValue(Setting::AgentUser).toString(), u"1000"_s); // not lockable: the user's
    QCOMPARE(store.boolValue(Setting::ConfirmHangup), true);
    QCOMPARE(store.value(Setting::ParkIvrModes).toMap(), (QVariantMap{{u"SALES"_s, u"ENABLED"_s}}));
    QVERIFY(store.isLocked(Setting::ServerUrl));
    QVERIFY(store.isLocked(Setting::ConfirmHangup));
    QVERIFY(!store.isLocked(Setting::AgentUser));
    const SettingsSnapshot snapshot = store.snapshot();
    QVERIFY(snapshot.isLocked(Setting::ApiUser));
    QCOMPARE(snapshot.locked.size(), 4);
}

void TestSettingsStore::lockedKeysRefuseWrites()
{
    writeFile(paths().systemFile, "locked=parking/warnSeconds\n[parking]\nwarnSeconds=90\n");
    SettingsStore store(paths());
    QVERIFY(!store.setValue(Setting::ParkWarnSeconds, 30));
    QCOMPARE(store.intValue(Setting::ParkWarnSeconds), 90);
    // A locked key without a system value is locked to the default.
    writeFile(paths().systemFile, "locked=parking/criticalSeconds\n");
    writeFile(paths().userFile, "[parking]\ncriticalSeconds=100\n");
    SettingsStore second(paths());
    QCOMPARE(second.intValue(Setting::ParkCriticalSeconds), 1500);
}

void TestSettingsStore::unknownOrUnlockableLockedNamesAreIgnored()
{
    writeFile(paths().systemFile, "locked=no/such, server/agent, ui/compact\n");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"locks an unknown or unlockable key: \"no/such\""_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"locks an unknown or unlockable key: \"server/agent\""_s));
    SettingsStore store(paths());
    QCOMPARE(store.lockedKeys(), QList<Setting>{Setting::CompactMode});
}

void TestSettingsStore::profilesCanBeAddedSwitchedRenamedAndRemoved()
{
    SettingsStore store(paths());
    const QString first = store.activeProfileId();
    QVERIFY(store.setProfileValue(first, Setting::AgentUser, u"1000"_s));
    QSignalSpy profilesChanged(&store, &SettingsStore::profilesChanged);
    QSignalSpy activeChanged(&store, &SettingsStore::activeProfileChanged);

    const QString second = store.addProfile(u"Backup server"_s);
    QCOMPARE(profilesChanged.size(), 1);
    QVERIFY(second != first);
    QVERIFY(store.setProfileValue(second, Setting::AgentUser, u"2000"_s));
    QVERIFY(store.setActiveProfile(second));
    QCOMPARE(activeChanged.size(), 1);
    QCOMPARE(activeChanged.first().first().toString(), second);
    QCOMPARE(store.profileValue(Setting::AgentUser).toString(), u"2000"_s);
    QCOMPARE(store.profileValue(Setting::AgentUser, first).toString(), u"1000"_s);

    QVERIFY(store.renameProfile(second, u"Night shift"_s));
    QCOMPARE(store.activeProfile().name, u"Night shift"_s);

    QVERIFY(store.removeProfile(second));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.activeProfileId(), first);
    QCOMPARE(activeChanged.size(), 2);
    QVERIFY(store.save());

    SettingsStore reopened(paths());
    QCOMPARE(reopened.profiles().size(), 1);
    QCOMPARE(reopened.profileValue(Setting::AgentUser).toString(), u"1000"_s);
}

void TestSettingsStore::theLastProfileCannotBeRemoved()
{
    SettingsStore store(paths());
    QVERIFY(!store.removeProfile(store.activeProfileId()));
    QCOMPARE(store.profiles().size(), 1);
}

void TestSettingsStore::theActiveProfileIsRememberedAcrossRuns()
{
    QString second;
    {
        SettingsStore store(paths());
        second = store.addProfile(u"Two"_s);
        QVERIFY(store.setActiveProfile(second));
        QVERIFY(store.save());
    }
    SettingsStore reopened(paths());
    QCOMPARE(reopened.activeProfileId(), second);
    QCOMPARE(reopened.activeProfile().name, u"Two"_s);
}

void TestSettingsStore::applyWritesTheEditedSnapshotAndNothingElse()
{
    writeFile(paths().systemFile, "locked=ui/compact\n");
    SettingsStore store(paths());
    SettingsSnapshot edited = store.snapshot();
    edited.globals.insert(Setting::ParkWarnSeconds, 45);
    edited.globals.insert(Setting::CompactMode, true); // locked: ignored
    ProfileSettings added;
    added.id = SettingsStore::newProfileId();
    added.name = u"Added"_s;
    added.values.insert(Setting::ServerUrl, u"https://b.example.com"_s);
    edited.profiles.append(added);
    edited.activeProfileId = added.id;
    QSignalSpy applied(&store, &SettingsStore::applied);
    QVERIFY(store.apply(edited));
    QCOMPARE(applied.size(), 1);

    SettingsStore reopened(paths());
    QCOMPARE(reopened.intValue(Setting::ParkWarnSeconds), 45);
    QCOMPARE(reopened.boolValue(Setting::CompactMode), false);
    QCOMPARE(reopened.activeProfileId(), added.id);
    QCOMPARE(reopened.profileValue(Setting::ServerUrl).toString(), u"https://b.example.com"_s);
    QCOMPARE(reopened.profiles().size(), 2);
}

void TestSettingsStore::aValueEqualToThePresetIsNotWritten()
{
    writeFile(paths().systemFile, "[parking]\nwarnSeconds=90\n");
    {
        SettingsStore store(paths());
        QVERIFY(store.setValue(Setting::ParkWarnSeconds, 30));
        QVERIFY(store.setValue(Setting::ParkWarnSeconds, 90));
        QVERIFY(store.save());
    }
    // So a later change of the preset reaches this user.
    writeFile(paths().systemFile, "[parking]\nwarnSeconds=120\n");
    SettingsStore reopened(paths());
    QCOMPARE(reopened.intValue(Setting::ParkWarnSeconds), 120);
}

void TestSettingsStore::convertsToSessionOptions()
{
    SettingsStore store(paths());
    QVERIFY(store.setValue(Setting::PollConfirmingMs, 300));
    QVERIFY(store.setValue(Setting::PollLoggedInMs, 2000));
    QVERIFY(store.setValue(Setting::PollLoggedOutMs, 10000));
    QVERIFY(store.setValue(Setting::PollMaxBackoffMs, 60000));
    QVERIFY(store.setValue(Setting::ConfirmTimeoutMs, 8000));
    QVERIFY(store.setValue(Setting::ParkWarnSeconds, 30));
    QVERIFY(store.setValue(Setting::ParkCriticalSeconds, 600));
    QVERIFY(store.setValue(Setting::ScreenSupportsSwapAndHangup, true));
    QVERIFY(store.setValue(Setting::ParkIvrModes, QVariantMap{{u"SALES"_s, u"enabled_park_only"_s}}));
    const SessionOptions options = sessionOptionsFrom(store);
    QCOMPARE(options.confirmingPollMs, 300);
    QCOMPARE(options.loggedInPollMs, 2000);
    QCOMPARE(options.loggedOutPollMs, 10000);
    QCOMPARE(options.maxBackoffMs, 60000);
    QCOMPARE(options.confirmTimeoutMs, 8000);
    QCOMPARE(options.parkWarnSeconds, 30);
    QCOMPARE(options.parkCriticalSeconds, 600);
    QVERIFY(options.screenSupportsSwapAndHangup);
    QCOMPARE(options.parkIvrModes.value(u"SALES"_s), ParkIvrMode::EnabledParkOnly);
    QVERIFY(!options.parkIvrModes.contains(u"OTHER"_s)); // unset means unknown
}

void TestSettingsStore::convertsAProfileToAServerConfig()
{
    SettingsStore store(paths());
    const QString id = store.activeProfileId();
    QVERIFY(store.setProfileValue(id, Setting::ServerUrl, u"https://dialer.example.com:8443/agc/api.php"_s));
    QVERIFY(store.setProfileValue(id, Setting::ApiUser, u"parkbar"_s));
    QVERIFY(store.setProfileValue(id, Setting::Source, u"desk7"_s));
    QVERIFY(store.setProfileValue(id, Setting::RequestMethod, u"get"_s));
    QVERIFY(store.setProfileValue(id, Setting::RequestTimeoutMs, 7000));
    QVERIFY(store.setProfileValue(id, Setting::TlsCaFile, u"/etc/ssl/dialer-ca.pem"_s));
    const QByteArray pin(32, '\x5a');
    QVERIFY(store.setProfileValue(id, Setting::TlsPinnedSha256, QString::fromLatin1(pin.toHex())));
    const ServerConfig config = serverConfigFrom(store.activeProfile(), u"s3cret"_s);
    QCOMPARE(config.baseUrl, QUrl(u"https://dialer.example.com:8443"_s));
    QCOMPARE(config.apiUser, u"parkbar"_s);
    QCOMPARE(config.password, u"s3cret"_s);
    QCOMPARE(config.source, u"desk7"_s);
    QCOMPARE(config.method, ServerConfig::Method::Get);
    QCOMPARE(config.timeoutMs, 7000);
    QCOMPARE(config.caFile, u"/etc/ssl/dialer-ca.pem"_s);
    QCOMPARE(config.pinnedSha256, pin);
    QCOMPARE(credentialKey(store.activeProfile()), u"parkbar@dialer.example.com:8443"_s);
}

void TestSettingsStore::anUnwritableFileIsReported()
{
    const QString blocked = m_dir->filePath(u"blocked"_s);
    writeFile(blocked, "a file where a folder should be");
    SettingsStore store({blocked + u"/ParkBar.conf"_s, paths().systemFile});
    QVERIFY(store.setValue(Setting::CompactMode, true));
    QVERIFY(!store.save());
    QVERIFY(!store.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "TestSettingsStore.moc"
