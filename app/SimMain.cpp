// parkbar-sim: the VICIdial simulator on its own, for trying ParkBar against
// a server and for tests that run the real binary.
#include "demo/SimDatabaseMirror.h"
#include "demo/SimFloor.h"
#include "demo/VicidialSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

// The mirror's password: from a file (its first line) or the environment, never the command line.
std::optional<QString> mirrorPassword(const QString &file)
{
    if (file.isEmpty())
        return qEnvironmentVariable("PARKBAR_SIM_DB_PASSWORD");
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(input.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parkbar-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKBAR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("parkbar-sim", "A simulated VICIdial server for ParkBar: the agent API and the non-agent API, "
                                        "with simulated agents and their screens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QCoreApplication::translate("parkbar-sim", "Port to listen on; 0 picks a free one."), QCoreApplication::translate("parkbar-sim", "port"),
                                        QStringLiteral("0"));
    const QCommandLineOption bindOption(QStringLiteral("bind"), QCoreApplication::translate("parkbar-sim", "Address to listen on (default 127.0.0.1)."),
                                        QCoreApplication::translate("parkbar-sim", "address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption buildOption(QStringLiteral("build"), QCoreApplication::translate("parkbar-sim", "The agent API's build, as YYMMDD-HHMM."), QCoreApplication::translate("parkbar-sim", "build"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QCoreApplication::translate("parkbar-sim", "static, demo or floor."), QCoreApplication::translate("parkbar-sim", "name"),
                                            QStringLiteral("static"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QCoreApplication::translate("parkbar-sim", "Number of agents for the floor scenario."),
                                          QCoreApplication::translate("parkbar-sim", "count"), QStringLiteral("100"));
    const QCommandLineOption delayOption(QStringLiteral("agent-screen-delay"),
                                         QCoreApplication::translate("parkbar-sim", "Milliseconds before an agent's screen carries out a command."), QCoreApplication::translate("parkbar-sim", "ms"),
                                         QStringLiteral("1000"));
    const QCommandLineOption ivrOption(QStringLiteral("ivr-return"),
                                       QCoreApplication::translate("parkbar-sim", "Milliseconds before a customer comes back from the park IVR."), QCoreApplication::translate("parkbar-sim", "ms"),
                                       QStringLiteral("30000"));
    const QCommandLineOption mirrorOption(QStringLiteral("mirror-db"),
                                          QCoreApplication::translate("parkbar-sim", "Mirror the floor into VICIdial's floor tables in this MariaDB/MySQL database (created when missing), for parkbar-hub's database source."),
                                          QCoreApplication::translate("parkbar-sim", "database"));
    const QCommandLineOption mirrorHostOption(QStringLiteral("mirror-db-host"), QCoreApplication::translate("parkbar-sim", "The mirror database's host (default 127.0.0.1)."),
                                              QCoreApplication::translate("parkbar-sim", "host"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption mirrorPortOption(QStringLiteral("mirror-db-port"), QCoreApplication::translate("parkbar-sim", "The mirror database's port (default 3306)."),
                                              QCoreApplication::translate("parkbar-sim", "port"), QStringLiteral("3306"));
    const QCommandLineOption mirrorSocketOption(QStringLiteral("mirror-db-socket"), QCoreApplication::translate("parkbar-sim", "The mirror database's Unix socket, instead of host and port."),
                                                QCoreApplication::translate("parkbar-sim", "path"));
    const QCommandLineOption mirrorUserOption(QStringLiteral("mirror-db-user"), QCoreApplication::translate("parkbar-sim", "The mirror database's account; it writes the six floor tables."),
                                              QCoreApplication::translate("parkbar-sim", "user"));
    const QCommandLineOption mirrorPasswordOption(QStringLiteral("mirror-db-password-file"),
                                                  QCoreApplication::translate("parkbar-sim", "A file whose first line is the mirror account's password; without it, the environment variable PARKBAR_SIM_DB_PASSWORD."),
                                                  QCoreApplication::translate("parkbar-sim", "file"));
    parser.addOptions({portOption, bindOption, buildOption, scenarioOption, agentsOption, delayOption, ivrOption, mirrorOption,
                       mirrorHostOption, mirrorPortOption, mirrorSocketOption, mirrorUserOption, mirrorPasswordOption});
    parser.process(app);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << QCoreApplication::applicationName() << ": " << message << '\n';
        err.flush();
        return 2;
    };

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QCoreApplication::translate("parkbar-sim", "invalid port: %1").arg(parser.value(portOption)));
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull())
        return fail(QCoreApplication::translate("parkbar-sim", "invalid address: %1").arg(parser.value(bindOption)));
    const std::optional<SimScenario> scenario = SimScenarios::fromName(parser.value(scenarioOption));
    if (!scenario)
        return fail(QCoreApplication::translate("parkbar-sim", "unknown scenario: %1").arg(parser.value(scenarioOption)));
    const int agents = parser.value(agentsOption).toInt(&ok);
    if (!ok || agents < 0)
        return fail(QCoreApplication::translate("parkbar-sim", "invalid number of agents: %1").arg(parser.value(agentsOption)));
    const int delayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || delayMs < 0)
        return fail(QCoreApplication::translate("parkbar-sim", "invalid agent screen delay: %1").arg(parser.value(delayOption)));
    const int ivrMs = parser.value(ivrOption).toInt(&ok);
    if (!ok || ivrMs < 0)
        return fail(QCoreApplication::translate("parkbar-sim", "invalid IVR return time: %1").arg(parser.value(ivrOption)));
    std::optional<ServerBuild> build;
    if (parser.isSet(buildOption)) {
        build = ServerBuild::parse(parser.value(buildOption));
        if (!build || parser.value(buildOption).size() != 11)
            return fail(QCoreApplication::translate("parkbar-sim", "invalid build, expected YYMMDD-HHMM: %1").arg(parser.value(buildOption)));
    }

    std::optional<SimDatabaseMirror::Connection> mirror;
    if (parser.isSet(mirrorOption)) {
        SimDatabaseMirror::Connection connection;
        connection.database = parser.value(mirrorOption);
        connection.host = parser.value(mirrorHostOption);
        connection.socket = parser.value(mirrorSocketOption);
        connection.user = parser.value(mirrorUserOption);
        const uint mirrorPort = parser.value(mirrorPortOption).toUInt(&ok);
        if (!ok || mirrorPort == 0 || mirrorPort > 65535)
            return fail(QCoreApplication::translate("parkbar-sim", "invalid mirror database port: %1").arg(parser.value(mirrorPortOption)));
        connection.port = int(mirrorPort);
        const std::optional<QString> password = mirrorPassword(parser.value(mirrorPasswordOption));
        if (!password)
            return fail(QCoreApplication::translate("parkbar-sim", "cannot read the mirror database's password file: %1").arg(parser.value(mirrorPasswordOption)));
        connection.password = *password;
        mirror = connection;
    }

    VicidialSimulator simulator;
    simulator.setScenario(*scenario, agents);
    simulator.setAgentScreenDelayMs(delayMs);
    simulator.setIvrReturnMs(ivrMs);
    if (build)
        simulator.setAgentApiBuild(*build);

    std::unique_ptr<SimDatabaseMirror> databaseMirror;
    if (mirror) {
        databaseMirror = std::make_unique<SimDatabaseMirror>(*mirror);
        if (!databaseMirror->attach(&simulator))
            return fail(QCoreApplication::translate("parkbar-sim", "cannot mirror the floor into the database: %1").arg(databaseMirror->errorString()));
    }

    if (!isLoopback(address)) {
        err << QCoreApplication::applicationName() << ": "
            << QCoreApplication::translate("parkbar-sim", "warning: listening on %1, not a loopback address: anyone who can reach it can use this simulator.")
                   .arg(address.toString())
            << '\n';
        err.flush();
    }
    if (!simulator.listen(quint16(port), address))
        return fail(QCoreApplication::translate("parkbar-sim", "cannot listen on %1 port %2").arg(address.toString()).arg(port));

    // A line for scripts and tests to read, so it is not translated.
    QTextStream out(stdout);
    out << "parkbar-sim listening on " << simulator.baseUrl().toString() << '\n';
    if (mirror)
        out << "parkbar-sim mirroring the floor into the database " << mirror->database << '\n';
    out.flush();
    std::fflush(stdout);

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopWatch.start(100);
    return QCoreApplication::exec();
}
