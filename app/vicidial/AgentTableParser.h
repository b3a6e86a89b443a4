#pragma once

#include "vicidial/AgentSnapshot.h"
#include "vicidial/Answer.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

class Redactor;

// The delimiter the server was asked for with stage=.
enum class TableStage : quint8 { Pipe, Csv, Tab };

struct AgentStatusResult
{
    Answer answer; // Success when a row was found, else the server's error
    std::optional<AgentSnapshot> agent;
};

struct LoggedInAgentsResult
{
    Answer answer; // Success or NoLoggedInAgents (an empty floor) or an error
    QList<AgentSnapshot> agents;
    int malformedRows = 0; // rows with the wrong number of fields (csv with a comma in a name)
};

// agent_status: one data row, with or without a header, with or without the
// include_ip column. agentUser fills the user field, which the row lacks.
AgentStatusResult parseAgentStatus(QByteArrayView body, const Redactor &redactor, const QString &agentUser,
                                   TableStage stage = TableStage::Pipe);

// logged_in_agents: one row per agent, with or without header and sub-status columns.
LoggedInAgentsResult parseLoggedInAgents(QByteArrayView body, const Redactor &redactor,
                                         TableStage stage = TableStage::Pipe);
