#pragma once

#include <QDateTime>
#include <QString>

// Certificates made for one test by the openssl program (openssl ca, which
// takes any start and end date), in a folder the test owns: self-signed RSA
// certificates for 127.0.0.1, valid from a given time to another.
namespace TestCertificates {

struct Made
{
    QString certificate; // PEM
    QString key;         // PEM, RSA
    QString error;       // what openssl said, when it failed
    bool ok() const { return error.isEmpty(); }
};

bool opensslAvailable();
// With key empty a new key is made; with a key's path, the certificate is
// (re-)issued for that key.
Made selfSigned(const QString &folder, const QString &name, const QDateTime &notBefore, const QDateTime &notAfter,
                const QString &key = {});

} // namespace TestCertificates
