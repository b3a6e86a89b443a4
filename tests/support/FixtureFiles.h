#pragma once

#include <QByteArray>
#include <QString>

// Files under tests/data, and a folder in the build tree for test output.
QString testDataPath(const QString &relative);
QByteArray readTestData(const QString &relative);
QString testOutputPath(const QString &fileName);
