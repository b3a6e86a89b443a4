#pragma once

#include "hub/DatabaseSourceOptions.h"
#include "hub/HubScope.h"
#include "vicidial/ParkIvrMode.h"
#include "vicidial/ServerConfig.h"

#include <QHash>

#include <QHostAddress>
#include <QString>

// What parkbar-hub serves and where it reads from: its INI file
// (/etc/parkbar-hub/parkbar-hub.conf, every key documented in
// parkbar-hub.conf.example), with the passwords read from their own files.
struct HubConfig
{
    enum class SourceKind : quint8 { Database, Api };

    // [hub]
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8765;
    bool allowPlain = false;
    HubScope served;
    // The administrator's park IVR mode per campaign (hub/parkIvrModes): fills
    // what an API source cannot read and wins over what the database says.
    QHash<QString, ParkIvrMode> parkIvrModes;
    QString tokensFile = QStringLiteral("/etc/parkbar-hub/tokens");
    bool metricsEnabled = true; // metricsPort=0 in the file turns /healthz and /metrics off
    quint16 metricsPort = 9465; // on 127.0.0.1; 0 with metricsEnabled: any free port (tests)
    // [tls]
    QString certificateFile;
    QString keyFile;
    // [source]
    SourceKind sourceKind = SourceKind::Api;
    int intervalMs = 0; // 0: the kind's default
    int maxBackoffMs = 30000;
    // [database], [api]
    DatabaseSourceOptions database;
    ServerConfig api;
    bool hasApi = false; // [api] was read: the API source, a gateway, or a database hub that reads the builds
    // [gateway]: the hub holds the API password and sends park_call for its desks (HubProtocol.h, GATEWAY)
    bool gatewayEnabled = false;
    QString auditFile = QStringLiteral("/var/log/parkbar-hub/audit.jsonl");

    QString modeName() const { return gatewayEnabled ? QStringLiteral("gateway") : QStringLiteral("feed"); }
    bool usesTls() const { return !certificateFile.isEmpty() || !keyFile.isEmpty(); }
    int effectiveIntervalMs() const { return intervalMs > 0 ? intervalMs : defaultIntervalMs(sourceKind); }
    static int defaultIntervalMs(SourceKind kind) { return kind == SourceKind::Database ? 500 : 1000; }
    static QString sourceKindName(SourceKind kind)
    {
        return kind == SourceKind::Database ? QStringLiteral("database") : QStringLiteral("api");
    }
};
