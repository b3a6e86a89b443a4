#pragma once

#include "LocalHttpServer.h"
#include "vicidial/ServerConfig.h"

#include <QObject>
#include <QStringList>

// A scripted VICIdial for tests over real HTTP: both APIs on one
// LocalHttpServer, dispatching on `function`, keeping a little state for one
// agent. park_call changes the agent's sub status the way the agent's screen
// would, after screenActsAfterMs (or never, when the screen is "closed").
// It can go offline (the port closes) and come back on the same port.
class ScriptedVicidial final : public QObject
{
    Q_OBJECT

public:
    struct Agent
    {
        bool exists = true;
        bool loggedIn = true;
        QString status = QStringLiteral("INCALL");
        QString leadId = QStringLiteral("12345");
        QString campaign = QStringLiteral("TESTCAMP");
        QString subStatus;
    };
    struct Script
    {
        QString agentUser = QStringLiteral("1000");
        QString apiUser = QStringLiteral("6666");
        QString password = QStringLiteral("1234");
        QByteArray agentApiVersion = "VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n";
        QByteArray nonAgentApiVersion =
            "VERSION: 2.14-194|BUILD: 241004-1518|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800|DST: 0|TZ: -5.00|TZNOW: -5.00|\n";
        int screenActsAfterMs = 30; // below 0: the agent's screen is closed and never acts
        int agentStatusDelayMs = 0;
        int parkCallDelayMs = 0;
        bool dropParkCall = false;   // store the command, then cut the connection instead of answering
        bool agentStatusFails = false; // HTTP 500
    };

    explicit ScriptedVicidial(QObject *parent = nullptr);

    bool start();
    // Over TLS with this certificate and (RSA) key.
    bool startTls(const QString &certificatePath, const QString &keyPath);
    QUrl baseUrl() const;
    // The API user 6666 with this password and a 2 s timeout, for this server.
    ServerConfig clientConfig(const QString &password = QStringLiteral("1234")) const;
    // Nothing listens on the port any more: connections are refused.
    void goOffline();
    // Listens again on the same port.
    bool comeBack();
    // The server currently listening (null while offline).
    LocalHttpServer *http() const { return m_http; }

    Agent agent;
    Script script;

    // Across restarts: the functions received, in order ("version", "agent_status", "park_call").
    const QStringList &functions() const { return m_functions; }
    int count(const QString &function) const { return int(m_functions.count(function)); }
    // park_call values received, in order.
    const QStringList &parkValues() const { return m_parkValues; }
    int maxInFlight() const;

private:
    LocalHttpServer::Reply handle(const LocalHttpServer::Received &request);
    LocalHttpServer::Reply agentStatus(const LocalHttpServer::Received &request);
    LocalHttpServer::Reply parkCall(const LocalHttpServer::Received &request);
    void listenOn(quint16 port);

    LocalHttpServer *m_http = nullptr;
    quint16 m_port = 0;
    QString m_certificate; // with m_key: TLS
    QString m_key;
    int m_maxInFlightBefore = 0;
    QStringList m_functions;
    QStringList m_parkValues;
};
