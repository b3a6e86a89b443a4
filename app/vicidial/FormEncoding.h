#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

using FormFields = QList<std::pair<QString, QString>>;

// application/x-www-form-urlencoded, as PHP decodes it: UTF-8, every byte
// outside A-Z a-z 0-9 - . _ ~ percent-encoded, so & = + % # ? and spaces
// in a password arrive intact.
QByteArray encodeFormComponent(const QString &value);
QByteArray encodeForm(const FormFields &fields);

// The reverse, as PHP does it ('+' is a space). Used by the simulator.
FormFields decodeForm(QByteArrayView encoded);
