// The composition root: reads the command line and starts either a headless
// command (--status, --send, --audit-log-path...) or the window.
#include "window/FirstPaintProbe.h"
#include "shell/AppController.h"
#include "audit/AuditLog.h"
#include "audit/AuditRecorder.h"
#include "cli/CliArguments.h"
#include "cli/CliCommand.h"
#include "cli/CliCommandFactory.h"
#include "cli/CliProfile.h"
#include "settings/CredentialStore.h"
#include "settings/SettingsConversion.h"
#include "settings/SettingsStore.h"
#include "settings/Translations.h"
#include "util/Clock.h"
#include "vicidial/WireProxyFactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>

#include <memory>

namespace {

void describeApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ParkBar"));
    QCoreApplication::setApplicationName(QStringLiteral("ParkBar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKBAR_VERSION));
    Q_UNUSED(app)
}

bool isHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        for (const char *headless : {"--status", "--send", "--version", "-v", "--help", "-h", "--help-all", "--audit-log-path"}) {
            if (argument == headless || argument.startsWith(QByteArray(QByteArray(headless) + '=')))
                return true;
        }
    }
    return false;
}

void addWindowOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("demo"), QCoreApplication::translate("main", "Run against the built-in VICIdial simulator.")});
    parser.addOption({QStringLiteral("supervisor"), QCoreApplication::translate("main", "Show every agent of the floor.")});
    parser.addOption({QStringLiteral("campaigns"), QCoreApplication::translate("main", "Supervisor mode: only these campaigns (comma-separated)."),
                      QStringLiteral("A,B")});
    parser.addOption({QStringLiteral("user-groups"), QCoreApplication::translate("main", "Supervisor mode: only these user groups (comma-separated)."),
                      QStringLiteral("X,Y")});
    parser.addOption({QStringLiteral("audit-log-path"), QCoreApplication::translate("main", "Print where the audit log is written, then exit.")});
}

QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

// --status and --send: fills what the command line left out from the saved
// profile, the password (and a proxy's credentials) from the keychain, then
// runs the command. A command sent is written to the audit log too.
int runHeadless(QCoreApplication &app, const CliRequest &given, QTextStream &out, QTextStream &err)
{
    SettingsStore settings;
    const CliProfile::Outcome resolved = CliProfile::resolve(given, settings.profiles(), settings.activeProfileId());
    if (!resolved.request) {
        err << resolved.error << Qt::endl;
        return 2;
    }
    for (const QString &warning : resolved.warnings)
        err << warning << Qt::endl;
    CliRequest request = *resolved.request;
    request.session = sessionOptionsFrom(settings);

    // Owns the command, so that its connections close while the application still exists.
    QObject commandOwner;
    auto *audit = new AuditRecorder(AuditLog::defaultPath(), &commandOwner);
    audit->setMaxBytes(settings.intValue(Setting::AuditMaxBytes));
    auto run = [&app, &commandOwner, &out, &err, audit](const CliRequest &complete) {
        if (const QString missing = complete.missingMessage(); !missing.isEmpty()) {
            err << missing << Qt::endl;
            app.exit(2);
            return;
        }
        CliCommand *command = createCliCommand(complete, out, err, &commandOwner);
        AuditContext context{complete.profileName, complete.server.baseUrl.host(), complete.server.apiUser};
        context.origin = QStringLiteral("cli");
        audit->setContext(context, complete.server.password);
        command->recordTo(audit);
        QObject::connect(command, &CliCommand::finished, &app, &QCoreApplication::exit);
        command->start();
    };
    auto *credentials = new CredentialStore(&commandOwner);
    // The hub's token from the keychain when the administrator's file does not give it.
    auto withHubToken = [run, credentials, &app](CliRequest ready) {
        if (ready.hub.url.isEmpty() || !ready.hub.token.isEmpty()) {
            run(ready);
            return;
        }
        credentials->readSecret(hubTokenKey(ready.hub.url), &app, [run, ready](const PasswordLookup &lookup) mutable {
            ready.hub.token = lookup.found() ? lookup.password : QString(); // none: the hub refuses, direct polling
            run(ready);
        });
    };
    const QString proxy = WireProxyFactory::proxyKeyFor(request.server.proxy, request.server.baseUrl);
    auto withProxyCredentials = [run = withHubToken, credentials, proxy, &app](CliRequest ready) {
        if (proxy.isEmpty()) {
            run(ready);
            return;
        }
        credentials->readSecret(ProxyCredentials::keychainKey(proxy), &app, [run, proxy, ready](const PasswordLookup &lookup) mutable {
            if (lookup.found())
                ready.server.proxyCredentials = ProxyCredentials::fromSecret(proxy, lookup.password);
            run(ready);
        });
    };
    if (request.passwordGiven || request.server.baseUrl.isEmpty() || request.server.apiUser.isEmpty()) {
        QMetaObject::invokeMethod(&app, [withProxyCredentials, request] { withProxyCredentials(request); }, Qt::QueuedConnection);
    } else {
        credentials->readPassword(credentialKey(request.server.baseUrl, request.server.apiUser), &app,
                                  [withProxyCredentials, request](const PasswordLookup &lookup) mutable {
                                      if (lookup.found()) {
                                          request.server.password = lookup.password;
                                          request.passwordGiven = true;
                                      }
                                      withProxyCredentials(request);
                                  });
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Gone from the environment before anything can start another program.
    const std::optional<QString> environmentPassword = CredentialStore::takeEnvironmentPassword();
    if (isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        // The output is the answer and, on failure, one line saying why; the
        // log's notes and warnings only when asked for (QT_LOGGING_RULES).
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(QStringLiteral("parkbar.*.info=false\nparkbar.*.warning=false"));
        installTranslations(app, SettingsStore().stringValue(Setting::Language));
        QTextStream out(stdout);
        QTextStream err(stderr);
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate("main", "Park and grab buttons for VICIdial agents and supervisors."));
        parser.addHelpOption();
        parser.addVersionOption();
        CliArguments::addOptions(parser);
        addWindowOptions(parser);
        if (!parser.parse(app.arguments())) {
            err << CliArguments::parseErrorMessage(parser, app.arguments()) << Qt::endl;
            return 2;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            out << "parkbar " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
            out << parser.helpText();
            return 0;
        }
        if (parser.isSet(QStringLiteral("audit-log-path"))) {
            out << AuditLog::defaultPath() << Qt::endl;
            return 0;
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (environmentPassword)
            environment.insert(QString::fromLatin1(CliArguments::kPasswordVariable), *environmentPassword);
        const CliArguments::Outcome outcome = CliArguments::read(parser, environment);
        for (const QString &warning : outcome.warnings)
            err << warning << Qt::endl;
        if (!outcome.request) {
            err << outcome.error << Qt::endl;
            return 2;
        }
        return runHeadless(app, *outcome.request, out, err);
    }

    QApplication app(argc, argv);
    describeApplication(app);
    FirstPaintProbe::installIfRequested(app); // the startup benchmark's hook; off by default
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.parkbar.ParkBar"));
    QCommandLineParser parser;
    CliArguments::addOptions(parser);
    addWindowOptions(parser);
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << CliArguments::parseErrorMessage(parser, app.arguments()) << Qt::endl;
        return 2;
    }
    LaunchOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.supervisor = parser.isSet(QStringLiteral("supervisor"));
    options.campaigns = commaList(parser.value(QStringLiteral("campaigns")));
    options.userGroups = commaList(parser.value(QStringLiteral("user-groups")));
    options.server = parser.value(QStringLiteral("server"));
    options.apiUser = parser.value(QStringLiteral("user"));
    options.agent = parser.value(QStringLiteral("agent"));
    options.profile = parser.value(QStringLiteral("profile"));
    installTranslations(app, options.demo ? QString() : SettingsStore().stringValue(Setting::Language));

    AppController controller(options, Clock::system());
    if (!controller.start()) {
        QTextStream(stderr) << controller.error() << Qt::endl;
        return 1;
    }
    return app.exec();
}
