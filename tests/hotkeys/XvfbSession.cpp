#include "XvfbSession.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace {

constexpr int kStartTimeoutMs = 20000;

// A crashed test must not leave an X server behind.
void endWithTheTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace

XvfbSession::XvfbSession() = default;

XvfbSession::~XvfbSession()
{
    for (QProcess *process : {&m_terminal, &m_xvfb}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

QStringList XvfbSession::missingTools()
{
    QStringList missing;
    for (const char *tool : {"Xvfb", "xdotool", "xterm"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    }
    return missing;
}

QString XvfbSession::start()
{
    if (!m_runtimeDir.isValid())
        return QStringLiteral("cannot create a temporary XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));

    // -displayfd 1: Xvfb picks a free display and writes its number to stdout.
    endWithTheTest(m_xvfb);
    endWithTheTest(m_terminal);
    m_xvfb.setProcessChannelMode(QProcess::SeparateChannels);
    m_xvfb.setStandardErrorFile(QProcess::nullDevice());
    m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                                          QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                                          QStringLiteral("800x600x24")});
    if (!m_xvfb.waitForStarted(kStartTimeoutMs))
        return QStringLiteral("Xvfb did not start");
    QByteArray number;
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!number.contains('\n') && !deadline.hasExpired()) {
        if (m_xvfb.state() == QProcess::NotRunning)
            return QStringLiteral("Xvfb exited at start");
        m_xvfb.waitForReadyRead(500);
        number += m_xvfb.readAllStandardOutput();
    }
    if (!number.contains('\n'))
        return QStringLiteral("Xvfb did not say which display it took");
    m_display = ':' + number.trimmed();
    qputenv("DISPLAY", m_display);

    const QString windowFile = m_runtimeDir.filePath(QStringLiteral("xterm-window"));
    m_terminal.setStandardOutputFile(QProcess::nullDevice());
    m_terminal.setStandardErrorFile(QProcess::nullDevice());
    m_terminal.start(QStringLiteral("xterm"),
                     {QStringLiteral("-geometry"), QStringLiteral("80x24+0+0"), QStringLiteral("-e"), QStringLiteral("sh"),
                      QStringLiteral("-c"), QStringLiteral("echo \"$WINDOWID\" > \"$0\"; exec cat"), windowFile});
    if (!m_terminal.waitForStarted(kStartTimeoutMs))
        return QStringLiteral("xterm did not start");
    const bool announced = QTest::qWaitFor(
        [&] {
            QFile file(windowFile);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            m_terminalWindow = QString::fromLatin1(file.readAll().trimmed());
            return !m_terminalWindow.isEmpty();
        },
        kStartTimeoutMs);
    if (!announced)
        return QStringLiteral("xterm did not show its window");
    if (!QTest::qWaitFor([this] { return focusTerminal(); }, kStartTimeoutMs))
        return QStringLiteral("cannot focus the xterm");
    return {};
}

bool XvfbSession::xdotool(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral("xdotool"), arguments);
    return process.waitForFinished(kStartTimeoutMs) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

bool XvfbSession::focusTerminal()
{
    return xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), m_terminalWindow});
}
