#include "FixtureFiles.h"

#include <QDir>
#include <QFile>

QString testDataPath(const QString &relative)
{
    return QDir(QStringLiteral(PARKBAR_TEST_DATA_DIR)).filePath(relative);
}

QByteArray readTestData(const QString &relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return file.readAll();
}

QString testOutputPath(const QString &fileName)
{
    QDir().mkpath(QStringLiteral(PARKBAR_TEST_OUTPUT_DIR));
    return QDir(QStringLiteral(PARKBAR_TEST_OUTPUT_DIR)).filePath(fileName);
}
