#include "vicidial/HttpResponseReader.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The command channel's response reader, fed the bytes as a socket may
// deliver them: all at once or one at a time.
class TestHttpResponseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryFramingInAnyPieces_data();
    void readsEveryFramingInAnyPieces();
    void refusesWhatIsNotHttp_data();
    void refusesWhatIsNotHttp();
    void keepsAtMostTheLimit_data();
    void keepsAtMostTheLimit();
    void anUnendingHeaderFails();
    void bytesAfterTheAnswerForbidReuse();
    void anIncompleteBodyIsNotComplete();
    void readsTheServersIdleTimeout();
};

namespace {
HttpResponseReader readWhole(const QByteArray &bytes, bool oneByOne, bool closeAfter, qsizetype limit = 1024)
{
    HttpResponseReader reader(limit);
    if (oneByOne) {
        for (char byte : bytes)
            reader.feed(QByteArrayView(&byte, 1));
    } else {
        reader.feed(bytes);
    }
    if (closeAfter)
        reader.peerClosed();
    return reader;
}
} // namespace

void TestHttpResponseReader::readsEveryFramingInAnyPieces_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("reusable");
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << 200 << QByteArray("hello") << true;
    QTest::newRow("bare newlines") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 5\n\nhello") << false << 200 << QByteArray("hello") << true;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\ntransfer-encoding: Chunked\r\n\r\n3\r\nhel\r\n2;x=y\r\nlo\r\n0\r\n\r\n")
                             << false << 200 << QByteArray("hello") << true;
    QTest::newRow("chunked with trailer") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nA: b\r\n\r\n")
                                          << false << 200 << QByteArray("hello") << true;
    QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nhello") << true << 200 << QByteArray("hello") << false;
    QTest::newRow("connection close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 5\r\n\r\nhello") << false
                                      << 200 << QByteArray("hello") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 5\r\n\r\nhello") << false
                                    << 200 << QByteArray("hello") << true;
    QTest::newRow("1.0 plain") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << 200 << QByteArray("hello")
                               << false;
    QTest::newRow("interim 100") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n") << false
                                 << 500 << QByteArray() << true;
    QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << 204 << QByteArray() << true;
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 302\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n") << false << 302
                                      << QByteArray() << true;
}

void TestHttpResponseReader::readsEveryFramingInAnyPieces()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, closeAfter);
    for (bool oneByOne : {false, true}) {
        const HttpResponseReader reader = readWhole(bytes, oneByOne, closeAfter);
        QVERIFY(reader.isComplete());
        QTEST(reader.status(), "status");
        QTEST(reader.body(), "body");
        QTEST(reader.connectionReusable(), "reusable");
        QVERIFY(!reader.truncatedAtLimit());
    }
}

void TestHttpResponseReader::refusesWhatIsNotHttp_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("an answer line") << QByteArray("SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    QTest::newRow("HTTP/2") << QByteArray("HTTP/2 200\r\n\r\n");
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nnonsense\r\n\r\n");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("conflicting lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\nab");
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n");
    QTest::newRow("chunk without its end") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n");
    QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n");
}

void TestHttpResponseReader::refusesWhatIsNotHttp()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(readWhole(bytes, false, false).hasFailed());
    QVERIFY(readWhole(bytes, true, false).hasFailed());
}

void TestHttpResponseReader::keepsAtMostTheLimit_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("chunked");
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4000\r\n\r\n") << false;
    QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << false;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << true;
}

void TestHttpResponseReader::keepsAtMostTheLimit()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, chunked);
    const QByteArray body(4000, 'w');
    HttpResponseReader reader(1000);
    reader.feed(head);
    for (int at = 0; at < body.size() && !reader.isComplete(); at += 100) {
        if (chunked)
            reader.feed(QByteArray("64\r\n" + body.mid(at, 100) + "\r\n"));
        else
            reader.feed(body.mid(at, 100));
    }
    QVERIFY(reader.isComplete());
    QVERIFY(reader.truncatedAtLimit());
    QCOMPARE(reader.body().size(), 1000);
    QVERIFY(!reader.connectionReusable());
}

void TestHttpResponseReader::anUnendingHeaderFails()
{
    HttpResponseReader reader;
    reader.feed("HTTP/1.1 200 OK\r\nX-Long: ");
    for (int i = 0; i < 100 && !reader.hasFailed(); ++i)
        reader.feed(QByteArray(1024, 'x'));
    QVERIFY(reader.hasFailed());
}

void TestHttpResponseReader::bytesAfterTheAnswerForbidReuse()
{
    HttpResponseReader reader;
    reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n");
    QVERIFY(reader.isComplete());
    QCOMPARE(reader.body(), "ok");
    QVERIFY(!reader.connectionReusable());
}

void TestHttpResponseReader::anIncompleteBodyIsNotComplete()
{
    HttpResponseReader reader;
    reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort");
    reader.peerClosed();
    QVERIFY(!reader.isComplete());
    QVERIFY(!reader.hasFailed());
    QVERIFY(reader.hasStarted());
}

void TestHttpResponseReader::readsTheServersIdleTimeout()
{
    HttpResponseReader apache;
    apache.feed("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nKeep-Alive: timeout=5, max=100\r\n\r\n");
    QCOMPARE(apache.keepAliveTimeoutMs(), 5000);
    HttpResponseReader silent;
    silent.feed("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(silent.keepAliveTimeoutMs(), -1);
}

QTEST_GUILESS_MAIN(TestHttpResponseReader)
#include "TestHttpResponseReader.moc"
