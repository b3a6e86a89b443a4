#include "FixtureFiles.h"
#include "settings/Setting.h"
#include "settings/SettingsReference.h"
#include "settings/SettingsStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// README.md documents every settings key exactly as the key table defines it.
class TestSettingsReadme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReadmeListsEveryKeyAsTheTableDefinesIt();
    void theReadmesExampleSystemFileWorks();
};

void TestSettingsReadme::theReadmeListsEveryKeyAsTheTableDefinesIt()
{
    QFile readme(testDataPath(u"../../README.md"_s));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY(text.contains(u"## Settings and deployment"_s));
    const QString table = settingsReferenceTable();
    if (!text.contains(table)) {
        QFile expected(testOutputPath(u"settings-reference.md"_s));
        QVERIFY(expected.open(QIODevice::WriteOnly));
        expected.write(table.toUtf8());
        QFAIL(qPrintable(u"README.md's key table is out of date; the current one is in %1"_s.arg(expected.fileName())));
    }
    for (const SettingSpec &spec : settingSpecs())
        QVERIFY2(text.contains(u"| `"_s + spec.name + u"` |"_s), qPrintable(spec.name));
}

void TestSettingsReadme::theReadmesExampleSystemFileWorks()
{
    QFile readme(testDataPath(u"../../README.md"_s));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QByteArray text = readme.readAll();
    const qsizetype start = text.indexOf("```ini\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 7);
    QTemporaryDir dir;
    QFile system(dir.filePath(u"system.conf"_s));
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write(text.mid(start + 7, end - start - 7));
    system.close();
    QFile user(dir.filePath(u"user.conf"_s));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write("[profiles]\np1\\name=Mine\np1\\server\\url=https://other.example.com\n[commands]\nconfirmHangup=false\n");
    user.close();
    SettingsStore store({user.fileName(), system.fileName()});
    QCOMPARE(store.lockedKeys().size(), 8);
    QCOMPARE(store.profileValue(Setting::ServerUrl).toString(), u"https://dialer.example.com"_s);
    QCOMPARE(store.profileValue(Setting::Source).toString(), u"parkbar-floor2"_s);
    QCOMPARE(store.boolValue(Setting::ConfirmHangup), true);
    QCOMPARE(store.value(Setting::ParkIvrModes).toMap().size(), 2);
    QCOMPARE(store.stringListValue(Setting::SupervisorCampaigns), (QStringList{u"SALES"_s, u"SUPPORT"_s}));
    QVERIFY(!store.profileValue(Setting::TlsPinnedSha256).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSettingsReadme)
#include "TestSettingsReadme.moc"
