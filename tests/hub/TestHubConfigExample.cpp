#include "hub/HubConfigReader.h"

#include <QFile>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

// The example configuration the .deb ships documents every key the hub reads, and no other.
class TestHubConfigExample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theExampleNamesEveryKeyAndNoOther();
};

void TestHubConfigExample::theExampleNamesEveryKeyAndNoOther()
{
    const QString path = QStringLiteral(PARKBAR_TEST_DATA_DIR "/../../packaging/hub/parkbar-hub.conf.example");
    QVERIFY(QFile::exists(path));
    QSettings example(path, QSettings::IniFormat);
    QCOMPARE(example.status(), QSettings::NoError);
    QStringList keys = example.allKeys();
    QStringList known = HubConfigReader::knownKeys();
    keys.sort();
    known.sort();
    QCOMPARE(keys, known);
}

QTEST_GUILESS_MAIN(TestHubConfigExample)
#include "TestHubConfigExample.moc"
