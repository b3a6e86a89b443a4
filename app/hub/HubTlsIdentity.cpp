#include "hub/HubTlsIdentity.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

HubTlsIdentity::Loaded HubTlsIdentity::load(const QString &certificateFile, const QString &keyFile)
{
    Loaded loaded;
    if (certificateFile.isEmpty() || keyFile.isEmpty()) {
        loaded.error = tr("TLS needs both a certificate file and a key file");
        return loaded;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        loaded.error = tr("No PEM certificate could be read from %1").arg(certificateFile);
        return loaded;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = tr("Cannot read the TLS key %1: %2").arg(keyFile, file.errorString());
        return loaded;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        loaded.error = tr("No unencrypted RSA or EC private key could be read from %1").arg(keyFile);
        return loaded;
    }
    loaded.configuration = QSslConfiguration::defaultConfiguration();
    loaded.configuration.setLocalCertificateChain(chain);
    loaded.configuration.setPrivateKey(key);
    loaded.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    loaded.configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with tokens
    return loaded;
}
