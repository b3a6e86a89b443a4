#include "HubProcesses.h"

#include "BenchWait.h"
#include "HubBenchOptions.h"
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

HubProcesses::HubProcesses(const HubBenchOptions &options) : m_options(options), m_sim(options.sim), m_hub(options.hub) {}

HubProcesses::~HubProcesses()
{
    m_hub.stop();
    m_sim.stop();
}

bool HubProcesses::writeConfiguration()
{
    QFile password(m_dir.filePath(QStringLiteral("api-password")));
    if (!password.open(QIODevice::WriteOnly))
        return false;
    password.write("1234\n"); // the simulator's documented demo password
    password.close();
    password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

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
    QFile config(m_dir.filePath(QStringLiteral("parkbar-hub.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(QStringLiteral("[hub]\nlisten=127.0.0.1\nport=0\nmetricsPort=%1\ntokensFile=%2\n"
                                "[source]\nkind=api\nintervalMs=%3\n"
                                "[api]\nurl=%4\nuser=6666\npasswordFile=%5\nsource=parkbar-hub-bench\n")
                     .arg(m_metricsPort)
                     .arg(tokens.fileName())
                     .arg(m_options.intervalMs)
                     .arg(m_simUrl.toString(), password.fileName())
                     .toUtf8());
    return true;
}

std::optional<QString> HubProcesses::start()
{
    if (!m_sim.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"), QStringLiteral("floor"),
                      QStringLiteral("--agents"), QString::number(m_options.agents), QStringLiteral("--agent-screen-delay"),
                      QStringLiteral("0")}))
        return QStringLiteral("parkbar-sim could not be started (%1)").arg(m_options.sim);
    drain(m_sim.process(), m_simOutput);
    if (!BenchWait::until([this] { return m_sim.process().canReadLine() || !m_sim.isRunning(); }, 10000) || !m_sim.isRunning())
        return QStringLiteral("parkbar-sim printed no address");
    static const QRegularExpression simLine(QStringLiteral("listening on (http://\\S+)"));
    m_simUrl = QUrl(simLine.match(QString::fromUtf8(m_sim.process().readLine())).captured(1));
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
