#pragma once

#include "vicidial/Answer.h"

#include <QByteArrayView>

class Redactor;

// Maps a server body to a typed Answer: the first SUCCESS or ERROR line among
// PHP noise, classified by the English texts of PROTOCOL.md. A body without
// such a line is a server error (HTML page, PHP fatal error, empty) or
// unrecognised. Pure: no network, no state.
Answer parseAnswer(QByteArrayView body, const Redactor &redactor);

// Classifies one answer line (already free of noise).
Answer classifyAnswerLine(const QString &line, const Redactor &redactor);
