#include "HubProcesses.h"

#include "BenchWait.h"
#include "HubBenchOptions.h"
#include "HubDatabasePolls.h"
#include "MariaDbServer.h"
#include "hub/TokenFile.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Keeps the last part of what a process writes, so its pipe never fills.
void drain(QProcess &process, QString &log)
{
    auto read = [&process, &log] {
        log += QString::fromUtf8(process.readAllStandardError());
        if (log.size() > 200000)
            log = log.right(100000);
    };
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, read);
}

} // namespace

HubProcesses::HubProcesses(const HubBenchOptions &options, const QString &sourceKind)
    : m_options(options), m_sourceKind(sourceKind), m_sim(options.sim), m_hub(options.hub)
{
}

HubProcesses::~HubProcesses()
{
    m_hub.stop();
    m_sim.stop();
    m_database.reset();
}

qint64 HubProcesses::databasePid() const
{
    return m_database ? m_database->pid() : 0;
}

// A file only this user can read, as the hub and the simulator want their passwords; empty on failure.
QString HubProcesses::writeSecret(const QString &name, const QString &secret)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toUtf8() + '\n');
    return file.fileName();
}

std::optional<QString> HubProcesses::startDatabase(QStringList &simArguments)
{
    m_database = std::make_unique<MariaDbServer>();
    if (!m_database->start())
        return QStringLiteral("no private MariaDB: ") + m_database->errorString();
    const SimDatabaseMirror::Connection admin = m_database->adminConnection();
    const QString passwordFile = writeSecret(QStringLiteral("mirror-password"), admin.password);
    if (passwordFile.isEmpty())
        return QStringLiteral("could not write the mirror's password file");
    simArguments << QStringLiteral("--mirror-db") << admin.database << QStringLiteral("--mirror-db-port") << QString::number(admin.port)
                 << QStringLiteral("--mirror-db-user") << admin.user << QStringLiteral("--mirror-db-password-file") << passwordFile;
    return std::nullopt;
}

bool HubProcesses::writeConfiguration()
{
    const QString apiPassword = writeSecret(QStringLiteral("api-password"), QStringLiteral("1234")); // the simulator's demo password
    if (apiPassword.isEmpty())
        return false;

    QFile tokens(m_dir.filePath(QStringLiteral("tokens")));
    if (!tokens.open(QIODevice::WriteOnly))
        return false;
    tokens.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (int i = 0; i < m_options.subscribers; ++i) {
        const QString token = TokenFile::newToken();
        HubToken entry;
        entry.name = QStringLiteral("desk-%1").arg(i);
        entry.sha256Hex = TokenFile::hashOf(token);
        tokens.write(TokenFile::formatLine(entry).toUtf8() + '\n');
        m_tokens.append(token);
    }
    tokens.close();

    m_metricsPort = freePort();
    QString source = QStringLiteral("[api]\nurl=%1\nuser=6666\npasswordFile=%2\nsource=parkbar-hub-bench\n").arg(m_simUrl.toString(), apiPassword);
    if (m_database) {
        const DatabaseSourceOptions readOnly = m_database->readOnlyOptions();
        const QString passwordFile = writeSecret(QStringLiteral("database-password"), readOnly.password);
        if (passwordFile.isEmpty())
            return false;
        source = QStringLiteral("[database]\nhost=%1\nport=%2\nname=%3\nuser=%4\npasswordFile=%5\n")
                     .arg(readOnly.host)
                     .arg(readOnly.port)
                     .arg(readOnly.database, readOnly.user, passwordFile);
    }
    QFile config(m_dir.filePath(QStringLiteral("parkbar-hub.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(QStringLiteral("[hub]\nlisten=127.0.0.1\nport=0\nmetricsPort=%1\ntokensFile=%2\n"
                                "[source]\nkind=%3\nintervalMs=%4\n")
                     .arg(m_metricsPort)
                     .arg(tokens.fileName(), m_sourceKind)
                     .arg(m_options.intervalMs)
                     .toUtf8()
                 + source.toUtf8());
    return true;
}

std::optional<QString> HubProcesses::start()
{
    QStringList simArguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"), QStringLiteral("floor"),
                             QStringLiteral("--agents"), QString::number(m_options.agents), QStringLiteral("--agent-screen-delay"),
                             QStringLiteral("0")};
    if (m_sourceKind == QLatin1String("database")) {
        if (const std::optional<QString> refusal = startDatabase(simArguments))
            return refusal;
    }
    if (!m_sim.start(simArguments))
        return QStringLiteral("parkbar-sim could not be started (%1)").arg(m_options.sim);
    drain(m_sim.process(), m_simOutput);
    // With a mirror it writes the whole floor before it listens.
    if (!BenchWait::until([this] { return m_sim.process().canReadLine() || !m_sim.isRunning(); }, 120000) || !m_sim.isRunning())
        return QStringLiteral("parkbar-sim printed no address: %1").arg(m_simOutput.right(2000));
    static const QRegularExpression simLine(QStringLiteral("listening on (http://\\S+)"));
    m_simUrl = QUrl(simLine.match(QString::fromUtf8(m_sim.process().readLine())).captured(1));
    // Once the mirror has written the floor: what a real server has besides it.
    if (m_database && !HubDatabasePolls::addHistory(*m_database))
        return QStringLiteral("the agent log history could not be written: ") + m_database->errorString();
    if (!m_simUrl.isValid() || !writeConfiguration())
        return QStringLiteral("could not prepare the hub's configuration");

    if (!m_hub.start({QStringLiteral("--config"), m_dir.filePath(QStringLiteral("parkbar-hub.conf"))}))
        return QStringLiteral("parkbar-hub could not be started (%1)").arg(m_options.hub);
    drain(m_hub.process(), m_hubLog);
    static const QRegularExpression hubLine(QStringLiteral("listening on (ws://\\S+)"));
    if (!BenchWait::until([this] { return hubLine.match(m_hubLog).hasMatch() || !m_hub.isRunning(); }, 20000) || !m_hub.isRunning())
        return QStringLiteral("parkbar-hub did not start: %1").arg(hubLogTail());
    m_hubUrl = QUrl(hubLine.match(m_hubLog).captured(1));
    return std::nullopt;
}

QByteArray HubProcesses::hubMetrics() const
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_metricsPort))));
    BenchWait::until([reply] { return reply->isFinished(); }, 5000);
    const QByteArray body = reply->isFinished() ? reply->readAll() : QByteArray();
    delete reply;
    return body;
}
