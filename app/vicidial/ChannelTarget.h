#pragma once

#include "vicidial/TlsPolicy.h"

#include <QString>

// Where a command channel connection goes, and under which TLS policy. A
// connection is reused only for the same target of the same generation
// (a new generation begins whenever the server settings change).
struct ChannelTarget
{
    QString host;
    quint16 port = 0;
    bool encrypted = false;
    TlsPolicy tls;
    int generation = 0;

    bool sameServer(const ChannelTarget &other) const
    {
        return host == other.host && port == other.port && encrypted == other.encrypted && generation == other.generation;
    }
};
