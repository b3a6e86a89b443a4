#pragma once

#include "vicidial/ServerBuild.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// One "VERSION: ...|BUILD: ...|DATE: ...|EPOCH: ..." answer.
struct VersionInfo
{
    QString version;   // "2.14-81"
    ServerBuild build; // 240429-2220
    QString date;
    qint64 epoch = 0;
};

// Finds the version line among PHP noise; nullopt when there is none.
std::optional<VersionInfo> parseVersionAnswer(QByteArrayView body);
