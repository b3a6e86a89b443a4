#pragma once

#include <QString>
#include <QStringList>

// Removes a password from any text before it is logged, shown or stored.
//
// The server edits passwords before echoing them (PROTOCOL.md section 6), so
// this removes every form a password can come back in: as typed,
// percent-encoded (either hex case, with %20 or +), and both of the server's
// edited forms. It also blanks the password field of the known echo formats
// whatever it holds, so an echo of a different password is hidden too.
class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(const QString &password);

    static QString mask() { return QStringLiteral("********"); }

    // Blanks the password fields of the known echo formats. Leaves everything
    // else byte for byte, so data rows stay intact; safe on whole bodies.
    static QString redactEchoFields(const QString &text);
    static QByteArray redactEchoFields(const QByteArray &body);

    // redactEchoFields, then every form of the password, anywhere.
    QString redact(const QString &text) const;

    // The forms searched for, longest first. Exposed for tests.
    const QStringList &forms() const { return m_forms; }

    // The agent API's edit: drop ' " \ ; and spaces, then anything outside
    // - . + / = _ 0-9 a-z A-Z (or outside letters of any script when the
    // server's non-Latin option is on).
    static QString agentApiEdited(const QString &password, bool nonLatin);
    // The non-agent API's edit: keep only - _ 0-9 a-z A-Z (or letters).
    static QString nonAgentApiEdited(const QString &password, bool nonLatin);
    // True when the non-agent API would see a different password than the
    // agent API: such a password can park yet never poll (section 6).
    static bool nonAgentApiAltersPassword(const QString &password);

private:
    QStringList m_forms;
};
