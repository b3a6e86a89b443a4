#pragma once

#include <QUrl>

// The child-process mode `parkbar-bench --qnam-loop URL`: a bare
// QNetworkAccessManager posting the same agent_status form as ParkBar's
// poller, one request at a time at the given interval, then printing
// "qnam-loop-cpu-ns <process CPU> requests <n>" for the requests after the
// first. What Qt's HTTP stack costs per request, without any ParkBar code.
namespace QnamLoop {
int run(const QUrl &server, int requests, int intervalMs);
}
