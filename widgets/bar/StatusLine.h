#pragma once

#include "state/StatusLineContent.h"

#include <QWidget>

class AgentSession;
class QLabel;

// One line: who, what state, how long parked, and the link to the server.
// Renders statusLineContent(); decides nothing itself.
class StatusLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLine)

public:
    explicit StatusLine(QWidget *parent = nullptr);

    void showSession(const AgentSession &session);
    void showContent(const StatusLineContent &content, ConnectionState::Kind connection);
    void setOrientation(Qt::Orientation orientation);
    // The server's certificate expires soon (or has, but is pinned): a short
    // mark with the whole warning as its tooltip; empty hides it.
    void setCertificateWarning(const QString &warning);

private:
    QLabel *m_agent = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_certificateWarning = nullptr;
    QLabel *m_connectionIcon = nullptr;
    QString m_lastConnectionIcon;
};
