#include "settings/CertificateFetcher.h"

#include "util/Logging.h"
#include "vicidial/TlsPins.h"
#include "vicidial/TlsPolicy.h"
#include "vicidial/WireProxyFactory.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {
QString describeName(const QSslCertificate &certificate, bool subject)
{
    const QSslCertificate::SubjectInfo fields[] = {QSslCertificate::CommonName, QSslCertificate::Organization,
                                                   QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName};
    QStringList parts;
    for (QSslCertificate::SubjectInfo field : fields) {
        const QStringList values = subject ? certificate.subjectInfo(field) : certificate.issuerInfo(field);
        if (!values.isEmpty())
            parts.append(values.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" / "));
}
} // namespace

CertificateFetcher::CertificateFetcher(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(tr("The server did not complete a TLS handshake in time.")); });
}

CertificateFetcher::~CertificateFetcher()
{
    if (m_socket)
        m_socket->abort();
}

void CertificateFetcher::fetch(const QUrl &serverUrl, const QString &caFile, int timeoutMs, const ProxyChoice &proxy)
{
    cancel();
    m_result = {};
    m_result.host = serverUrl.host();
    m_result.port = static_cast<quint16>(serverUrl.port(443));
    if (serverUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 || m_result.host.isEmpty()) {
        m_result.error = tr("Enter an https:// server address first: plain http has no certificate.");
        QMetaObject::invokeMethod(this, [this, result = m_result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        m_result.error = tr("This computer has no TLS support.");
        QMetaObject::invokeMethod(this, [this, result = m_result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
        return;
    }

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty())
        configuration.addCaCertificates(QSslCertificate::fromPath(caFile));
    socket->setSslConfiguration(configuration);
    socket->setPeerVerifyName(m_result.host);
    socket->setProxy(WireProxyFactory(proxy, {}).queryProxy(QNetworkProxyQuery(serverUrl)).value(0));
    m_result.trusted = true;

    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        m_result.trusted = false;
        for (const QSslError &error : errors)
            m_result.tlsErrors.append(error.errorString());
        // Only to read the certificate: nothing is ever written on this socket.
        socket->ignoreSslErrors();
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        capturePeer();
        finish({});
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        capturePeer();
        finish(m_result.sha256.isEmpty() ? tr("Cannot connect to %1:%2: %3").arg(m_result.host).arg(m_result.port).arg(socket->errorString())
                                         : QString());
    });
    m_timeout.start(timeoutMs);
    socket->connectToHostEncrypted(m_result.host, m_result.port);
}

void CertificateFetcher::capturePeer()
{
    if (!m_socket || !m_result.sha256.isEmpty())
        return;
    const QSslCertificate certificate = m_socket->peerCertificate();
    if (certificate.isNull())
        return;
    m_result.sha256 = certificate.digest(QCryptographicHash::Sha256);
    m_result.publicKeySha256 = TlsPins::publicKeySha256Of(certificate);
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    m_result.expiryWarning = TlsPolicy::expiryWarning(chain.isEmpty() ? QList<QSslCertificate>{certificate} : chain,
                                                      QDateTime::currentDateTimeUtc(), false);
    m_result.subject = describeName(certificate, true);
    m_result.issuer = describeName(certificate, false);
    m_result.notBefore = certificate.effectiveDate();
    m_result.notAfter = certificate.expiryDate();
}

void CertificateFetcher::cancel()
{
    m_timeout.stop();
    if (m_socket) {
        QSslSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void CertificateFetcher::finish(const QString &error)
{
    if (!m_socket)
        return;
    capturePeer();
    m_result.ok = !m_result.sha256.isEmpty();
    m_result.error = m_result.ok ? QString() : (error.isEmpty() ? tr("The server sent no certificate.") : error);
    if (!m_result.ok)
        m_result.trusted = false;
    cancel();
    qCInfo(lcSettings) << "fetched certificate of" << m_result.host << m_result.port << (m_result.ok ? "ok" : "failed");
    Q_EMIT finished(m_result);
}
