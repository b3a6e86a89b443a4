#include "QnamLoop.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace {

qint64 processCpuNs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000000000LL
        + (qint64(usage.ru_utime.tv_usec) + usage.ru_stime.tv_usec) * 1000LL;
}

} // namespace

int QnamLoop::run(const QUrl &server, int requests, int intervalMs)
{
    QNetworkAccessManager network;
    QUrl url = server;
    url.setPath(QStringLiteral("/vicidial/non_agent_api.php"));
    // The demo's documented credentials, as ParkBar sends them.
    const QByteArray form = "source=parkbar&user=6666&pass=1234&function=agent_status&agent_user=1000";
    int done = 0;
    int failed = 0;
    qint64 startCpuNs = 0;
    QTimer next;
    next.setSingleShot(true);
    QObject::connect(&next, &QTimer::timeout, &network, [&] {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = network.post(request, form);
        QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply] {
            if (reply->error() != QNetworkReply::NoError || !reply->readAll().startsWith("INCALL"))
                ++failed;
            reply->deleteLater();
            if (++done == 1)
                startCpuNs = processCpuNs(); // the first request opens the connection: not counted
            if (done > requests)
                QCoreApplication::quit();
            else
                next.start(intervalMs);
        });
    });
    next.start(0);
    QCoreApplication::exec();
    std::printf("qnam-loop-cpu-ns %lld requests %d failed %d\n", static_cast<long long>(processCpuNs() - startCpuNs), requests, failed);
    std::fflush(stdout);
    return failed == 0 ? 0 : 1;
}
