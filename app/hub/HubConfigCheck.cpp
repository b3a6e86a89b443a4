#include "hub/HubConfigCheck.h"

#include "hub/FloorSource.h"
#include "hub/FloorSourceFactory.h"

#include <QFileInfo>
#include <QTimer>

namespace {
QString listOrAll(const QStringList &items)
{
    return items.isEmpty() ? HubConfigCheck::tr("all") : items.join(QStringLiteral(", "));
}
} // namespace

HubConfigCheck::HubConfigCheck(const QString &path, QTextStream &out, Clock *clock, QObject *parent)
    : QObject(parent), m_path(path), m_out(out), m_clock(clock)
{
}

void HubConfigCheck::finish(int exitCode)
{
    m_out << (exitCode == 0 ? tr("The configuration is good.") : tr("The configuration is not usable.")) << Qt::endl;
    // After the caller has connected to finished, even when that was decided at once.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void HubConfigCheck::printSummary(const HubConfigReader::Result &result, const TokenFile::Contents &tokens)
{
    const HubConfig &config = result.config;
    if (config.sourceKind == HubConfig::SourceKind::Api) {
        m_out << tr("Source: api, logged_in_agents from %1 as API user %2, every %3 ms or more")
                     .arg(config.api.baseUrl.toString(), config.api.apiUser)
                     .arg(config.effectiveIntervalMs())
              << Qt::endl;
    } else {
        const QString where = config.database.socket.isEmpty()
            ? QStringLiteral("%1:%2").arg(config.database.host).arg(config.database.port)
            : config.database.socket;
        m_out << tr("Source: database %1 on %2 as %3, every %4 ms")
                     .arg(config.database.database, where, config.database.user)
                     .arg(config.effectiveIntervalMs())
              << Qt::endl;
    }
    m_out << tr("Listen: %1://%2:%3")
                 .arg(config.usesTls() ? QStringLiteral("wss") : QStringLiteral("ws"), config.listenAddress.toString())
                 .arg(config.port)
          << Qt::endl;
    m_out << tr("Serves: campaigns %1; user groups %2").arg(listOrAll(config.served.campaigns), listOrAll(config.served.userGroups))
          << Qt::endl;
    if (config.gatewayEnabled)
        m_out << tr("Mode: gateway: the hub sends park_call for its desks as API user %1 and writes its audit log to %2")
                     .arg(config.api.apiUser, config.auditFile)
              << Qt::endl;
    else
        m_out << tr("Mode: feed: desks send their commands themselves") << Qt::endl;
    int bars = 0;
    int supervisors = 0;
    int phoneBound = 0;
    for (const HubToken &token : tokens.tokens) {
        ++(token.role == HubRole::Bar ? bars : supervisors);
        phoneBound += token.phone.isEmpty() ? 0 : 1;
    }
    if (phoneBound > 0 && config.sourceKind == HubConfig::SourceKind::Api)
        m_out << tr("warning: %1")
                     .arg(tr("%1 tokens are bound to a phone, but the API source does not say who is logged in on which phone: "
                             "those desks will be refused; use the database source").arg(phoneBound))
              << Qt::endl;
    else if (phoneBound > 0 && !config.gatewayEnabled)
        m_out << tr("warning: %1").arg(tr("%1 tokens are bound to a phone; they send commands only through a gateway hub").arg(phoneBound))
              << Qt::endl;
    m_out << tr("Tokens: %1 bar, %2 supervisor (%3)").arg(bars).arg(supervisors).arg(config.tokensFile) << Qt::endl;
    if (config.metricsEnabled)
        m_out << tr("Health and metrics: http://127.0.0.1:%1/healthz and /metrics").arg(config.metricsPort) << Qt::endl;
}

void HubConfigCheck::start()
{
    m_out << tr("Configuration: %1").arg(m_path) << Qt::endl;
    const HubConfigReader::Result result = HubConfigReader::read(m_path);
    TokenFile::Contents tokens;
    if (QFileInfo(result.config.tokensFile).isReadable())
        tokens = TokenFile::read(result.config.tokensFile);
    for (const QString &warning : result.warnings + tokens.errors)
        m_out << tr("warning: %1").arg(warning) << Qt::endl;
    for (const QString &error : result.errors)
        m_out << tr("error: %1").arg(error) << Qt::endl;
    if (!result.ok())
        return finish(1);
    printSummary(result, tokens);
    if (tokens.tokens.isEmpty())
        m_out << tr("warning: %1").arg(tr("no valid token: nobody can subscribe yet (parkbar-hub --issue-token)")) << Qt::endl;

    m_source = FloorSourceFactory::create(result.config, m_clock, this);
    connect(m_source, &FloorSource::readingReady, this, [this](const FloorReading &reading) {
        m_out << tr("Read: %1 logged-in agents in %2 ms").arg(reading.agents.size()).arg(m_elapsed.elapsed()) << Qt::endl;
        finish(0);
    });
    connect(m_source, &FloorSource::readFailed, this, [this](const QString &reason) {
        m_out << tr("error: %1").arg(tr("the source could not be read: %1").arg(reason)) << Qt::endl;
        finish(1);
    });
    m_elapsed.start();
    m_source->read();
}
