#pragma once

#include "vicidial/ApiRequest.h"
#include "vicidial/WireClient.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// What the network tests share: a client configuration for a local test
// server, one request sent and waited for, and a certificate's pin.
namespace WireCalls {

// API user 6666 with the given password, a 3 s timeout.
ServerConfig configFor(const QUrl &baseUrl, const QString &password = QStringLiteral("1234"));

// The call's response; a failure when it did not finish within 10 s.
WireResponse sendAndWait(WireClient &client, const ApiRequest &request);

// SHA-256 of the first certificate in a PEM file under tests/data.
QByteArray fingerprintOf(const QString &pemFile);

} // namespace WireCalls
