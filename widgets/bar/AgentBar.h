#pragma once

#include "session/AgentSession.h"

#include <QPointer>
#include <QWidget>

class CommandFeedback;
class ParkToolbar;
class StatusLine;

// The agent's bar: the buttons, the status line and the latest result,
// bound to one AgentSession. Every click and shortcut goes through the
// session's rules; nothing is sent from here directly.
class AgentBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentBar)

public:
    explicit AgentBar(QWidget *parent = nullptr);

    void setSession(AgentSession *session);
    AgentSession *session() const { return m_session; }
    ParkToolbar *toolbar() const { return m_toolbar; }
    StatusLine *statusLine() const { return m_status; }
    void setOrientation(Qt::Orientation orientation);
    void setCompact(bool compact);
    // A note from outside the bar (a global hotkey for an off action...).
    void showNote(const QString &text);

Q_SIGNALS:
    void historyChanged();
    void parkAlertRaised(ParkAlert level, const QString &agent, qint64 parkedForMs);

private:
    void refresh();

    QPointer<AgentSession> m_session;
    ParkToolbar *m_toolbar = nullptr;
    StatusLine *m_status = nullptr;
    CommandFeedback *m_feedback = nullptr;
    QList<QMetaObject::Connection> m_connections;
};
