#include "cli/CliArguments.h"

#include <QFileInfo>
#include <QSslCertificate>

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
    parser.addOption({option("profile"), tr("Use this saved profile (its name) instead of the one in use."), tr("NAME")});
    parser.addOption({option("agent"), tr("The agent's VICIdial login (instead of the profile's)."), tr("AGENT")});
    parser.addOption({option("server"), tr("The VICIdial server's address, e.g. https://dialer.example.com (instead of the profile's)."),
                      tr("URL")});
    parser.addOption({option("user"), tr("The API user (instead of the profile's). Its password comes from the keychain or "
                                         "the environment variable PARKBAR_PASSWORD."),
                      tr("USER")});
    parser.addOption({option("ca-file"), tr("Trust the CA certificates in this PEM file for this run."), tr("FILE")});
    parser.addOption({option("pin"), tr("Accept only this certificate for this run: its SHA-256 fingerprint or sha256//BASE64 of its public key."),
                      tr("PIN")});
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

    request.profile = parser.value(option("profile")).trimmed();
    if (parser.isSet(option("profile")) && request.profile.isEmpty())
        return fail(tr("--profile needs a saved profile's name."));
    request.agent = parser.value(option("agent")).trimmed();
    request.agentGiven = !request.agent.isEmpty();
    if (parser.isSet(option("agent")) && request.agent.isEmpty())
        return fail(tr("--agent needs the agent's login."));

    if (parser.isSet(option("server"))) {
        const QString text = parser.value(option("server")).trimmed();
        if (!text.contains(QLatin1String("://")))
            return fail(tr("--server: \"%1\" has no scheme. Write https://%1 (encrypted), or http://%1 if the server "
                           "has no https (the password then travels unencrypted).")
                            .arg(text));
        const QUrl url(text, QUrl::StrictMode);
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
        request.sourceGiven = true;
        if (!ServerConfig::isValidSource(request.server.source))
            return fail(tr("--source: the source name must be 2 to 20 characters."));
    }
    if (parser.isSet(option("get"))) {
        request.server.method = ServerConfig::Method::Get;
        request.methodGiven = true;
        outcome.warnings.append(tr("Note: --get puts the API password into the server's access logs."));
    }
    if (parser.isSet(option("timeout"))) {
        bool ok = false;
        const int timeout = parser.value(option("timeout")).toInt(&ok);
        if (!ok || timeout < kMinTimeoutMs || timeout > kMaxTimeoutMs)
            return fail(tr("--timeout: give a number of milliseconds from %1 to %2.").arg(kMinTimeoutMs).arg(kMaxTimeoutMs));
        request.server.timeoutMs = timeout;
        request.timeoutGiven = true;
    }
    if (parser.isSet(option("ca-file"))) {
        const QString file = parser.value(option("ca-file"));
        if (!QFileInfo(file).isReadable() || QSslCertificate::fromPath(file).isEmpty())
            return fail(tr("--ca-file: \"%1\" is not a readable PEM file of certificates.").arg(file));
        request.server.caFile = file;
        request.caFileGiven = true;
    }
    if (parser.isSet(option("pin"))) {
        const std::optional<TlsPins> pins = TlsPins::parse(parser.value(option("pin")));
        if (!pins || pins->isEmpty())
            return fail(tr("--pin: give the certificate's SHA-256 fingerprint (64 hexadecimal digits) or its public key's "
                           "pin, sha256// followed by the base64 of its SHA-256."));
        request.server.setPins(*pins);
        request.pinGiven = true;
    }
    const QString password = environment.value(QString::fromLatin1(kPasswordVariable));
    if (!password.isEmpty()) {
        request.server.password = password;
        request.passwordGiven = true;
    }
    outcome.request = request;
    return outcome;
}
