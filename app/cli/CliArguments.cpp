#include "cli/CliArguments.h"

namespace {

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

constexpr int kMinTimeoutMs = 100;
constexpr int kMaxTimeoutMs = 120000;

QStringList allWireValues()
{
    QStringList values;
    for (ParkAction action : kAllParkActions)
        values.append(parkActionWireValue(action));
    return values;
}

} // namespace

void CliArguments::addOptions(QCommandLineParser &parser)
{
    parser.addOption({option("status"), tr("Print the agent's state and which actions are possible, then exit.")});
    parser.addOption({option("send"), tr("Send one park_call value (%1) through the same rules as the buttons.")
                                          .arg(allWireValues().join(QStringLiteral(", "))),
                      tr("VALUE")});
    parser.addOption({option("confirm"), tr("With --send: wait until the agent's state shows the command carried out.")});
    parser.addOption({option("agent"), tr("The agent's VICIdial login."), tr("AGENT")});
    parser.addOption({option("server"), tr("The VICIdial server's address, e.g. https://dialer.example.com."), tr("URL")});
    parser.addOption({option("user"), tr("The API user. Its password comes from the environment variable PARKBAR_PASSWORD."),
                      tr("USER")});
    parser.addOption({option("source"), tr("The source name the server logs (2 to 20 characters)."), tr("SOURCE")});
    parser.addOption({option("get"), tr("Send requests as GET instead of POST (puts the password in the server's access logs).")});
    parser.addOption({option("timeout"), tr("How long to wait for each answer, in milliseconds."), tr("MS")});
    QCommandLineOption password(option("password"), tr("Not accepted: use PARKBAR_PASSWORD."), tr("PASSWORD"));
    password.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(password);
}

QString CliArguments::passwordRefusal()
{
    return tr("--password is not accepted: a password on the command line can be read by every user of this computer "
              "and stays in the shell history. Put it in the environment variable PARKBAR_PASSWORD instead.");
}

QString CliArguments::parseErrorMessage(const QCommandLineParser &parser, const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--password") || argument.startsWith(QLatin1String("--password="))
            || argument == QLatin1String("-password"))
            return passwordRefusal();
    }
    return parser.errorText();
}

CliArguments::Outcome CliArguments::read(const QCommandLineParser &parser, const QProcessEnvironment &environment)
{
    Outcome outcome;
    auto fail = [&outcome](const QString &error) {
        outcome.error = error;
        return outcome;
    };
    if (parser.isSet(option("password")))
        return fail(passwordRefusal());

    CliRequest request;
    const bool status = parser.isSet(option("status"));
    const bool send = parser.isSet(option("send"));
    if (status && send)
        return fail(tr("--status and --send cannot be used together."));
    if (parser.isSet(option("confirm")) && !send)
        return fail(tr("--confirm only goes with --send."));
    if (status)
        request.mode = CliRequest::Mode::Status;
    if (send) {
        request.mode = CliRequest::Mode::Send;
        const QString value = parser.value(option("send")).trimmed().toUpper();
        const std::optional<ParkAction> action = parkActionFromWireValue(value);
        if (!action)
            return fail(tr("--send: \"%1\" is not a park_call value; use one of %2.")
                            .arg(parser.value(option("send")), allWireValues().join(QStringLiteral(", "))));
        request.action = *action;
        request.confirm = parser.isSet(option("confirm"));
    }

    request.agent = parser.value(option("agent")).trimmed();
    if (parser.isSet(option("agent")) && request.agent.isEmpty())
        return fail(tr("--agent needs the agent's login."));

    if (parser.isSet(option("server"))) {
        const QUrl url = QUrl::fromUserInput(parser.value(option("server")).trimmed());
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return fail(tr("--server: \"%1\" is not an http or https address.").arg(parser.value(option("server"))));
        if (!url.userInfo().isEmpty())
            return fail(tr("--server: put no user or password in the address; use --user and PARKBAR_PASSWORD."));
        request.server.baseUrl = ServerConfig::normalizedBaseUrl(url);
        request.serverGiven = true;
    }
    if (parser.isSet(option("user"))) {
        request.server.apiUser = parser.value(option("user")).trimmed();
        request.userGiven = !request.server.apiUser.isEmpty();
    }
    if (parser.isSet(option("source"))) {
        request.server.source = parser.value(option("source"));
        if (!ServerConfig::isValidSource(request.server.source))
            return fail(tr("--source: the source name must be 2 to 20 characters."));
    }
    if (parser.isSet(option("get"))) {
        request.server.method = ServerConfig::Method::Get;
        outcome.warnings.append(tr("Note: --get puts the API password into the server's access logs."));
    }
    if (parser.isSet(option("timeout"))) {
        bool ok = false;
        const int timeout = parser.value(option("timeout")).toInt(&ok);
        if (!ok || timeout < kMinTimeoutMs || timeout > kMaxTimeoutMs)
            return fail(tr("--timeout: give a number of milliseconds from %1 to %2.").arg(kMinTimeoutMs).arg(kMaxTimeoutMs));
        request.server.timeoutMs = timeout;
    }
    const QString password = environment.value(QString::fromLatin1(kPasswordVariable));
    if (!password.isEmpty()) {
        request.server.password = password;
        request.passwordGiven = true;
    }
    outcome.request = request;
    return outcome;
}
