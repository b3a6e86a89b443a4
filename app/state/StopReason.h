#pragma once

#include "vicidial/Answer.h"

#include <QString>

#include <optional>

// The one sentence a person reads about why requests to a server stopped:
// the answer that stopped them (wrong password, locked account, blocked IP,
// missing permission: PROTOCOL.md section 6) or the request this program
// refused to send. nullopt when the reason is not known (yet).
QString stopSentence(const std::optional<Answer> &reason);
