// parkbar-hub: reads a floor's state once per interval and pushes every change
// to the bars and supervisor windows that subscribe (README, "Large floors").
#include "hub/HubConfigCheck.h"
#include "hub/HubConfigReader.h"
#include "hub/HubService.h"
#include "hub/TokenFile.h"
#include "settings/Translations.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const QString kDefaultConfig = QStringLiteral("/etc/parkbar-hub/parkbar-hub.conf");
int g_signalPipe[2] = {-1, -1};

void forwardSignal(int signal)
{
    const char number = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &number, 1);
}

// Qt's pattern for Unix signals: the handler only writes a byte; the event loop reads it.
void watchSignals(QObject *context, const std::function<void(int)> &onSignal)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [onSignal] {
        char number = 0;
        if (::read(g_signalPipe[1], &number, 1) == 1)
            onSignal(number);
    });
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

// One socket per subscriber: allow as many as the hard limit does (the unit sets it).
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

QString tokensFileOf(const QCommandLineParser &parser, const QString &configPath)
{
    const QString named = parser.value(QStringLiteral("tokens-file"));
    return named.isEmpty() ? QSettings(configPath, QSettings::IniFormat).value(QStringLiteral("hub/tokensFile"), HubConfig().tokensFile).toString()
                           : named;
}

int issueToken(const QCommandLineParser &parser, const QString &configPath, QTextStream &out, QTextStream &err)
{
    const std::optional<HubRole> role = hubRoleFromName(parser.value(QStringLiteral("role")));
    if (!role) {
        err << QCoreApplication::translate("parkbar-hub", "parkbar-hub: --issue-token needs --role bar or --role supervisor") << Qt::endl;
        return 2;
    }
    const QString tokensFile = tokensFileOf(parser, configPath);
    HubToken spec;
    spec.name = parser.value(QStringLiteral("issue-token"));
    spec.role = *role;
    spec.scope.campaigns = commaList(parser.value(QStringLiteral("campaigns")));
    spec.scope.userGroups = commaList(parser.value(QStringLiteral("user-groups")));
    spec.agent = parser.value(QStringLiteral("agent"));
    spec.phone = parser.value(QStringLiteral("phone"));
    const TokenFile::Issued issued = TokenFile::issue(tokensFile, spec, QDate::currentDate().toString(Qt::ISODate));
    if (!issued.error.isEmpty()) {
        err << QCoreApplication::translate("parkbar-hub", "parkbar-hub: %1").arg(issued.error) << Qt::endl;
        return 1;
    }
    // The token alone on stdout, for scripts; the explanation on stderr.
    out << issued.token << Qt::endl;
    err << QCoreApplication::translate("parkbar-hub", "The token for %1 (%2) is shown only this once. Its hash was added to %3; "
                                                      "reload the hub (systemctl reload parkbar-hub) to accept it.")
               .arg(spec.name, hubRoleName(spec.role), tokensFile)
        << Qt::endl;
    return 0;
}

// --issue-tokens --phones FILE: one bar token bound to each phone, for gateway mode.
int issuePhoneTokens(const QCommandLineParser &parser, const QString &configPath, QTextStream &out, QTextStream &err)
{
    auto say = [&err](const QString &text) { err << QCoreApplication::translate("parkbar-hub", "parkbar-hub: %1").arg(text) << Qt::endl; };
    QFile phones(parser.value(QStringLiteral("phones")));
    if (parser.value(QStringLiteral("phones")).isEmpty() || !phones.open(QIODevice::ReadOnly | QIODevice::Text)) {
        say(QCoreApplication::translate("parkbar-hub", "--issue-tokens needs --phones FILE, a readable file with one phone (SIP/1000) per line"));
        return 2;
    }
    // The tokens go to stdout, or to a new file only the owner can read.
    QFile outFile(parser.value(QStringLiteral("out")));
    QTextStream fileStream;
    QTextStream *tokensOut = &out;
    if (parser.isSet(QStringLiteral("out"))) {
        if (!outFile.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Text, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            say(QCoreApplication::translate("parkbar-hub", "cannot create %1 (it must not exist yet): %2").arg(outFile.fileName(), outFile.errorString()));
            return 1;
        }
        fileStream.setDevice(&outFile);
        tokensOut = &fileStream;
    }
    const QString tokensFile = tokensFileOf(parser, configPath);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    int issued = 0;
    int failed = 0;
    while (!phones.atEnd()) {
        const QString phone = QString::fromUtf8(phones.readLine()).trimmed();
        if (phone.isEmpty() || phone.startsWith(QLatin1Char('#')))
            continue;
        HubToken spec;
        spec.name = QStringLiteral("desk-") + QString(phone).replace(QLatin1Char('/'), QLatin1Char('-'));
        spec.role = HubRole::Bar;
        spec.phone = phone;
        const TokenFile::Issued token = TokenFile::issue(tokensFile, spec, today);
        if (!token.error.isEmpty()) {
            say(QStringLiteral("%1: %2").arg(phone, token.error));
            ++failed;
            continue;
        }
        *tokensOut << spec.name << ' ' << phone << ' ' << token.token << Qt::endl;
        ++issued;
    }
    if (outFile.isOpen())
        err << QCoreApplication::translate("parkbar-hub", "%1 tokens bound to phones were written to %2 (name, phone, token per line). "
                                                          "Their hashes were added to %3; reload the hub (systemctl reload parkbar-hub) to accept them.")
                   .arg(issued)
                   .arg(outFile.fileName(), tokensFile)
            << Qt::endl;
    else
        err << QCoreApplication::translate("parkbar-hub", "%1 tokens bound to phones were made (name, phone, token per line), shown only this once. "
                                                          "Their hashes were added to %2; reload the hub (systemctl reload parkbar-hub) to accept them.")
                   .arg(issued)
                   .arg(tokensFile)
            << Qt::endl;
    return failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parkbar-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKBAR_VERSION));
    installTranslations(app, QString());
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{category}: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "parkbar-hub", "Reads a VICIdial floor's agent states once per interval and pushes every change to the ParkBar bars "
                       "and supervisor windows that subscribe."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("config"), QCoreApplication::translate("parkbar-hub", "The configuration file (default %1).").arg(kDefaultConfig),
         QStringLiteral("FILE"), kDefaultConfig},
        {QStringLiteral("check-config"), QCoreApplication::translate("parkbar-hub", "Check the configuration, read the source once, say what would be served, and exit.")},
        {QStringLiteral("issue-token"), QCoreApplication::translate("parkbar-hub", "Make a new token with this name, print it once and add its hash to the tokens file."),
         QStringLiteral("NAME")},
        {QStringLiteral("role"), QCoreApplication::translate("parkbar-hub", "The new token's role: bar or supervisor."), QStringLiteral("ROLE")},
        {QStringLiteral("campaigns"), QCoreApplication::translate("parkbar-hub", "The new token sees only these campaigns (comma-separated)."), QStringLiteral("A,B")},
        {QStringLiteral("user-groups"), QCoreApplication::translate("parkbar-hub", "The new token sees only these user groups (comma-separated)."), QStringLiteral("X,Y")},
        {QStringLiteral("agent"), QCoreApplication::translate("parkbar-hub", "Bind the new token to this agent login."), QStringLiteral("LOGIN")},
        {QStringLiteral("phone"), QCoreApplication::translate("parkbar-hub", "Bind the new token to this phone (gateway mode)."), QStringLiteral("EXTENSION")},
        {{QStringLiteral("tokens-file"), QStringLiteral("tokens")},
         QCoreApplication::translate("parkbar-hub", "The tokens file to add to (default: the configuration's)."), QStringLiteral("FILE")},
        {QStringLiteral("issue-tokens"), QCoreApplication::translate("parkbar-hub", "Make one bar token bound to each phone of --phones, print them once and add their hashes to the tokens file.")},
        {QStringLiteral("phones"), QCoreApplication::translate("parkbar-hub", "A file with one phone (SIP/1000) per line, for --issue-tokens."), QStringLiteral("FILE")},
        {QStringLiteral("out"), QCoreApplication::translate("parkbar-hub", "Write the new tokens to this new file, readable by its owner only, instead of stdout."), QStringLiteral("FILE")},
    });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString configPath = parser.value(QStringLiteral("config"));
    if (parser.isSet(QStringLiteral("issue-token")))
        return issueToken(parser, configPath, out, err);
    if (parser.isSet(QStringLiteral("issue-tokens")))
        return issuePhoneTokens(parser, configPath, out, err);

    if (parser.isSet(QStringLiteral("check-config"))) {
        QLoggingCategory::setFilterRules(QStringLiteral("parkbar.*.info=false")); // the check's own lines say it all
        HubConfigCheck check(configPath, out, Clock::system());
        QObject::connect(&check, &HubConfigCheck::finished, &app, [](int code) { QCoreApplication::exit(code); });
        check.start();
        return QCoreApplication::exec();
    }

    const HubConfigReader::Result config = HubConfigReader::read(configPath);
    for (const QString &warning : config.warnings)
        qCWarning(lcHub).noquote() << warning;
    for (const QString &error : config.errors)
        qCCritical(lcHub).noquote() << error;
    if (!config.ok())
        return 1;
    const TokenFile::Contents tokens = TokenFile::read(config.config.tokensFile);
    for (const QString &error : tokens.errors)
        qCWarning(lcHub).noquote() << error;

    raiseOpenFileLimit();
    HubService service(config.config, HubServerOptions{}, Clock::system());
    if (const std::optional<QString> refusal = service.start(tokens.tokens)) {
        qCCritical(lcHub).noquote() << refusal.value();
        return 1;
    }
    watchSignals(&service, [&service, configPath](int signal) {
        if (signal != SIGHUP) {
            qCInfo(lcHub) << "stopping";
            QCoreApplication::quit();
            return;
        }
        const HubConfigReader::Result fresh = HubConfigReader::read(configPath);
        if (!fresh.ok()) {
            for (const QString &error : fresh.errors)
                qCCritical(lcHub).noquote() << "reload refused:" << error;
            return;
        }
        const TokenFile::Contents freshTokens = TokenFile::read(fresh.config.tokensFile);
        for (const QString &error : freshTokens.errors)
            qCWarning(lcHub).noquote() << error;
        service.reload(fresh.config, freshTokens.tokens);
    });
    return QCoreApplication::exec();
}
