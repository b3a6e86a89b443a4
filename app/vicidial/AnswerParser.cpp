#include "vicidial/AnswerParser.h"

#include "vicidial/AnswerLines.h"
#include "vicidial/Redactor.h"

#include <QRegularExpression>

namespace {

struct Rule
{
    QRegularExpression pattern;
    ResultKind kind;
    // Which capture holds which field; 0 means none.
    int function = 0;
    int value = 0;
    int agent = 0;
    int user = 0;
    int detail = 0;
};

QRegularExpression rx(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern));
}

// In the order the server checks, most specific first. Agent and value are
// split at the last '|' because the server never escapes them.
const QList<Rule> &rules()
{
    static const QList<Rule> list{
        {rx("^ERROR: Invalid Source(?: -|:)\\s*(.*)$"), ResultKind::InvalidSource, 0, 0, 0, 0, 1},
        {rx("^ERROR: Invalid Username/Password: \\|([^|]*)\\|[^|]*\\|[^|]*\\|[^|]*\\|([^|]*)"),
         ResultKind::BadCredentials, 0, 0, 0, 1, 2},
        {rx("^ERROR: Login incorrect, please try again: \\|([^|]*)\\|[^|]*\\|([^|]*)"), ResultKind::BadCredentials,
         0, 0, 0, 1, 2},
        {rx("^ERROR: Too many login attempts[^|]*\\|([^|]*)\\|([^|]*)"), ResultKind::AccountLocked, 0, 0, 0, 1, 2},
        {rx("^ERROR: System API NOT ACTIVE"), ResultKind::ApiNotActive},
        {rx("^ERROR: (park_call) not valid - (.*)\\|([^|]*)$"), ResultKind::InvalidValue, 1, 2, 3},
        {rx("^ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - ([^|]*)\\|([^|]*)\\|([^|]*)\\|(.*)$"),
         ResultKind::NoPermission, 3, 1, 0, 2, 4},
        {rx("^ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: \\|([^|]*)\\|([^|]*)\\|"),
         ResultKind::NoPermission, 2, 0, 0, 1},
        {rx("^ERROR: (\\w+) USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: \\|([^|]*)\\|"),
         ResultKind::NoPermission, 1, 0, 0, 2},
        {rx("^ERROR: no user found - (.*)$"), ResultKind::AgentNotFound, 0, 0, 1},
        {rx("^ERROR: agent_user is not logged in - (.*)$"), ResultKind::NotLoggedIn, 0, 0, 1},
        {rx("^ERROR: agent_user does not have a lead on their screen - (.*)$"), ResultKind::NoLead, 0, 0, 1},
        {rx("^ERROR: (\\w+) AGENT NOT LOGGED IN: ([^|]*)\\|(.*)$"), ResultKind::NotLoggedIn, 1, 0, 3, 2},
        {rx("^ERROR: (\\w+) AGENT NOT FOUND: ([^|]*)\\|(.*)$"), ResultKind::AgentNotFound, 1, 0, 3, 2},
        {rx("^ERROR: (\\w+) INVALID SEARCH PARAMETERS: ([^|]*)\\|(.*)$"), ResultKind::InvalidValue, 1, 0, 3, 2},
        {rx("^ERROR: (\\w+) NO LOGGED IN AGENTS"), ResultKind::NoLoggedInAgents, 1},
        {rx("^ERROR: Your IP Address is not allowed: (.*)$"), ResultKind::IpBlocked, 0, 0, 0, 0, 1},
        {rx("^SUCCESS: (\\w+) function set - (.*)\\|([^|]*)$"), ResultKind::Success, 1, 2, 3},
    };
    return list;
}

QString captured(const QRegularExpressionMatch &match, int group)
{
    return group > 0 ? match.captured(group).trimmed() : QString();
}

} // namespace

Answer classifyAnswerLine(const QString &line, const Redactor &redactor)
{
    // Fields come from the line with its echo fields blanked, never raw.
    const QString safeLine = Redactor::redactEchoFields(line);
    Answer answer;
    answer.text = redactor.redact(line);
    for (const Rule &rule : rules()) {
        const QRegularExpressionMatch match = rule.pattern.match(safeLine);
        if (!match.hasMatch())
            continue;
        answer.kind = rule.kind;
        answer.function = captured(match, rule.function);
        answer.value = captured(match, rule.value);
        answer.agent = captured(match, rule.agent);
        answer.user = captured(match, rule.user);
        answer.detail = redactor.redact(captured(match, rule.detail));
        if (answer.kind == ResultKind::BadCredentials && answer.detail == QLatin1String("LOCK"))
            answer.kind = ResultKind::AccountLocked;
        return answer;
    }
    // A translated or unknown text: classified by its leading token only.
    answer.kind = line.startsWith(QLatin1String("SUCCESS")) ? ResultKind::Success : ResultKind::Unrecognised;
    return answer;
}

Answer parseAnswer(QByteArrayView body, const Redactor &redactor)
{
    const AnswerLines lines(body);
    for (QStringView line : lines.meaningful()) {
        if (line.startsWith(QLatin1StringView("SUCCESS:")) || line.startsWith(QLatin1StringView("ERROR:")))
            return classifyAnswerLine(line.toString(), redactor);
    }

    Answer answer;
    if (lines.bodyWasEmpty()) {
        answer.kind = ResultKind::ServerError;
        answer.detail = QStringLiteral("empty");
    } else if (lines.looksLikeHtmlPage()) {
        answer.kind = ResultKind::ServerError;
        answer.detail = QStringLiteral("html");
    } else if (lines.hasPhpFatalError()) {
        answer.kind = ResultKind::ServerError;
        answer.detail = QStringLiteral("php-fatal");
    } else if (lines.meaningful().isEmpty()) {
        // PHP warnings and nothing else (or only the bounded prefix of a huge body): no answer came.
        answer.kind = ResultKind::ServerError;
        answer.detail = QStringLiteral("php-noise");
    } else {
        answer.kind = ResultKind::Unrecognised;
    }
    // Keep a short, redacted excerpt for the person; never the whole body.
    QString excerpt;
    for (QStringView line : lines.meaningful().first(std::min<qsizetype>(3, lines.meaningful().size())))
        excerpt += (excerpt.isEmpty() ? QString() : QStringLiteral(" ")) + line;
    answer.text = redactor.redact(excerpt.left(300));
    return answer;
}
