#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace TestCertificates {

namespace {

QString run(const QString &folder, const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(folder);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2").arg(arguments.first(), QString::fromLocal8Bit(openssl.readAllStandardError()));
    return {};
}

QString asn1Time(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

bool write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

bool opensslAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

Made selfSigned(const QString &folder, const QString &name, const QDateTime &notBefore, const QDateTime &notAfter, const QString &key)
{
    Made made;
    const QDir dir(folder);
    made.certificate = dir.absoluteFilePath(name + QStringLiteral(".pem"));
    made.key = key.isEmpty() ? dir.absoluteFilePath(name + QStringLiteral(".key")) : key;
    const QString work = dir.absoluteFilePath(name + QStringLiteral(".ca"));
    if (!QDir().mkpath(work)) {
        made.error = QStringLiteral("cannot create %1").arg(work);
        return made;
    }
    const QByteArray config = "[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                              "default_md = sha256\npolicy = anything\nunique_subject = no\ncopy_extensions = copy\n"
                              "[anything]\ncommonName = supplied\norganizationName = optional\n";
    if (!write(work + QStringLiteral("/ca.cnf"), config) || !write(work + QStringLiteral("/index.txt"), {})
        || !write(work + QStringLiteral("/serial"), "01\n")) {
        made.error = QStringLiteral("cannot write in %1").arg(work);
        return made;
    }
    if (key.isEmpty())
        made.error = run(work, {QStringLiteral("genrsa"), QStringLiteral("-out"), made.key, QStringLiteral("2048")});
    if (made.ok())
        made.error = run(work, {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), made.key, QStringLiteral("-out"),
                                QStringLiteral("request.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1/O=ParkBar test server"),
                                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (made.ok())
        made.error = run(work, {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                                QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), made.key, QStringLiteral("-in"),
                                QStringLiteral("request.csr"), QStringLiteral("-out"), made.certificate, QStringLiteral("-notext"),
                                QStringLiteral("-startdate"), asn1Time(notBefore), QStringLiteral("-enddate"), asn1Time(notAfter)});
    return made;
}

} // namespace TestCertificates
