#include "LocalHttpServer.h"
#include "RawHttpServer.h"
#include "WireCalls.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using WireCalls::configFor;
using WireCalls::sendAndWait;

Q_DECLARE_METATYPE(RawHttpServer::Reply)

namespace {
const QByteArray kSuccess = "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n";
const QString kHostile = u"a&b=c+d%e#f?g h/ñ€"_s;
} // namespace

// What the wire writes, and how it reads every shape of answer a web server
// may send (Qt's parser on the wire): framings, compressed bodies, repeated
// header fields, statuses, broken answers, and never a password in what it
// reports.
class TestWireFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAreReadWhateverTheirFraming_data();
    void answersAreReadWhateverTheirFraming();
    void aHugeBodyIsCutAtTheLimit_data();
    void aHugeBodyIsCutAtTheLimit();
    void aStatusOtherThan200IsAnHttpError_data();
    void aStatusOtherThan200IsAnHttpError();
    void aBrokenAnswerFailsWithAnUnknownOutcome_data();
    void aBrokenAnswerFailsWithAnUnknownOutcome();
    void anHttpToHttpsRedirectStopsTrafficAfterOneRequest_data();
    void anHttpToHttpsRedirectStopsTrafficAfterOneRequest();
    void anAnswerToOlderSettingsNeverStopsTheNewOnes();
    void theRequestCarriesTheFormAndNoOtherCredentials_data();
    void theRequestCarriesTheFormAndNoOtherCredentials();
    void noFailureTextHoldsThePassword();

private:
    static WireResponse parkCall(WireClient &client);
};

WireResponse TestWireFraming::parkCall(WireClient &client)
{
    return sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
}

void TestWireFraming::answersAreReadWhateverTheirFraming_data()
{
    QTest::addColumn<RawHttpServer::Reply>("reply");
    QTest::addColumn<bool>("kept");
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-type: text/html; charset=utf-8\r\n";
    QTest::newRow("content-length") << RawHttpServer::Reply{RawHttpServer::response(200, kSuccess)} << true;
    QTest::newRow("header names in any case")
        << RawHttpServer::Reply{"HTTP/1.1 200 OK\r\nCONTENT-TYPE: text/html\r\ncontent-LENGTH: " + QByteArray::number(kSuccess.size())
                                + "\r\n\r\n" + kSuccess}
        << true;
    QTest::newRow("chunked") << RawHttpServer::Reply{RawHttpServer::chunkedResponse(kSuccess, 7)} << true;
    QTest::newRow("chunked, extensions and trailers")
        << RawHttpServer::Reply{head + "Transfer-Encoding: chunked\r\n\r\n10;name=value\r\n" + kSuccess.left(16) + "\r\n"
                                + QByteArray::number(kSuccess.size() - 16, 16).toUpper() + "\r\n" + kSuccess.mid(16)
                                + "\r\n0\r\nX-Trailer: yes\r\n\r\n"}
        << false; // Qt does not keep a connection whose answer had trailers
    QTest::newRow("until the close") << RawHttpServer::Reply{head + "\r\n" + kSuccess, RawHttpServer::Then::Close} << false;
    QTest::newRow("HTTP/1.0, until the close")
        << RawHttpServer::Reply{"HTTP/1.0 200 OK\r\nContent-type: text/html\r\n\r\n" + kSuccess, RawHttpServer::Then::Close} << false;
    QTest::newRow("an interim 100 first") << RawHttpServer::Reply{"HTTP/1.1 100 Continue\r\n\r\n" + RawHttpServer::response(200, kSuccess)}
                                          << true;
    // A server that compresses anyway: Qt asks for gzip and decodes it.
    QTest::newRow("gzip") << RawHttpServer::Reply{RawHttpServer::gzipResponse(kSuccess)} << true;
    // Repeated fields are one list: the last coding is chunked, a close anywhere closes.
    QTest::newRow("Transfer-Encoding identity, then chunked")
        << RawHttpServer::Reply{RawHttpServer::chunkedResponse(kSuccess, 7, "Transfer-Encoding: identity\r\n")} << true;
    QTest::newRow("Connection keep-alive, then close")
        << RawHttpServer::Reply{RawHttpServer::response(200, kSuccess, "Connection: keep-alive\r\nConnection: close\r\n")} << false;
}

void TestWireFraming::answersAreReadWhateverTheirFraming()
{
    QFETCH(RawHttpServer::Reply, reply);
    QFETCH(bool, kept);
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply(reply);
    WireClient client(configFor(server.baseUrl()));
    const WireResponse response = parkCall(client);
    QVERIFY2(response.ok(), qPrintable(response.failure ? response.failure->text : QString()));
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.body, kSuccess);
    QVERIFY(!response.truncatedAtLimit);
    QCOMPARE(parseAnswer(response.body, client.redactor()).kind, ResultKind::Success);

    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.received().size(), 2);
    QCOMPARE(server.received().at(1).connection, kept ? 1 : 2);
}

void TestWireFraming::aHugeBodyIsCutAtTheLimit_data()
{
    QTest::addColumn<RawHttpServer::Reply>("reply");
    const QByteArray huge = kSuccess + QByteArray(10 * 1024 * 1024, 'w');
    QTest::newRow("content-length") << RawHttpServer::Reply{RawHttpServer::response(200, huge)};
    QTest::newRow("chunked") << RawHttpServer::Reply{RawHttpServer::chunkedResponse(huge, 64 * 1024)};
    QTest::newRow("until the close") << RawHttpServer::Reply{"HTTP/1.1 200 OK\r\n\r\n" + huge, RawHttpServer::Then::Close};
}

void TestWireFraming::aHugeBodyIsCutAtTheLimit()
{
    QFETCH(RawHttpServer::Reply, reply);
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply(reply);
    ServerConfig config = configFor(server.baseUrl());
    config.maxAnswerBytes = 256 * 1024;
    WireClient client(config);
    QSignalSpy exchanges(&client, &WireClient::exchangeFinished);
    const WireResponse response = parkCall(client);
    QVERIFY(response.ok());
    QVERIFY(response.truncatedAtLimit);
    QCOMPARE(response.body.size(), config.maxAnswerBytes);
    QVERIFY(response.body.startsWith(kSuccess));
    QCOMPARE(parseAnswer(response.body, client.redactor()).kind, ResultKind::Success);
    QCOMPARE(exchanges.size(), 1);

    // The next command is answered as usual (on a fresh connection unless Qt had read the whole rest already).
    server.setReply({RawHttpServer::response(200, kSuccess)});
    const WireResponse next = parkCall(client);
    QVERIFY(next.ok());
    QCOMPARE(next.body, kSuccess);
}

void TestWireFraming::aStatusOtherThan200IsAnHttpError_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("detail");
    QTest::newRow("500") << RawHttpServer::response(500, "<html><title>500 Internal Server Error</title></html>") << u"500"_s;
    QTest::newRow("404") << RawHttpServer::response(404, {}) << u"404"_s;
    QTest::newRow("redirect")
        << RawHttpServer::response(302, {}, "Location: https://dialer.example.com/agc/api.php?user=6666&pass=1234\r\n")
        << u"302 (redirects to https://dialer.example.com/agc/api.php)"_s;
    QTest::newRow("relative redirect") << RawHttpServer::response(301, {}, "Location: /vicidial/welcome.php\r\n")
                                       << u"301 (redirects to http://127.0.0.1:%1/vicidial/welcome.php)"_s;
}

void TestWireFraming::aStatusOtherThan200IsAnHttpError()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, detail);
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply({answer});
    WireClient client(configFor(server.baseUrl()));
    const WireResponse response = parkCall(client);
    QVERIFY(response.failure);
    QCOMPARE(response.failure->kind, ResultKind::HttpError);
    QCOMPARE(response.failure->detail, detail.contains(u"%1"_s) ? detail.arg(server.baseUrl().port()) : detail);
    QVERIFY(response.body.isEmpty());
    QCOMPARE(server.received().size(), 1);
}

void TestWireFraming::aBrokenAnswerFailsWithAnUnknownOutcome_data()
{
    QTest::addColumn<RawHttpServer::Reply>("reply");
    QTest::newRow("not HTTP") << RawHttpServer::Reply{"SUCCESS: park_call function set - PARK_CUSTOMER|1000\n\r\n\r\n"};
    QTest::newRow("body cut short") << RawHttpServer::Reply{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nSUCCESS", RawHttpServer::Then::Close};
    QTest::newRow("headers cut short") << RawHttpServer::Reply{"HTTP/1.1 200 OK\r\nContent-Le", RawHttpServer::Then::Close};
    QTest::newRow("bad chunk size") << RawHttpServer::Reply{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"};
}

void TestWireFraming::aBrokenAnswerFailsWithAnUnknownOutcome()
{
    QFETCH(RawHttpServer::Reply, reply);
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply(reply);
    ServerConfig config = configFor(server.baseUrl());
    config.timeoutMs = 500; // what Qt cannot frame it waits for until then
    WireClient client(config);
    const WireResponse response = parkCall(client);
    QVERIFY(response.failure);
    QVERIFY2(response.failure->kind == ResultKind::ConnectionFailed || response.failure->kind == ResultKind::Timeout,
             qPrintable(resultKindName(response.failure->kind)));
    QVERIFY(outcomeUnknown(response.failure->kind));
    QVERIFY(!response.failure->detail.isEmpty());
    QCOMPARE(server.count(u"park_call"_s), 1);
}

void TestWireFraming::anHttpToHttpsRedirectStopsTrafficAfterOneRequest_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("offered");
    QTest::newRow("301 to https, same host") << QByteArray("https://127.0.0.1/agc/api.php") << u"https://127.0.0.1"_s;
    QTest::newRow("with a port and the form echoed")
        << QByteArray("https://127.0.0.1:8443/agc/api.php?user=6666&pass=1234") << u"https://127.0.0.1:8443"_s;
    QTest::newRow("host in capitals") << QByteArray("HTTPS://127.0.0.1/") << u"https://127.0.0.1"_s;
}

void TestWireFraming::anHttpToHttpsRedirectStopsTrafficAfterOneRequest()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, offered);
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply({RawHttpServer::response(301, {}, "Location: " + location + "\r\n")});
    WireClient client(configFor(server.baseUrl()));
    QSignalSpy stopped(&client, &WireClient::trafficStopped);
    const WireResponse redirected = sendAndWait(client, ApiRequest::agentStatus(u"1000"_s));
    QVERIFY(redirected.failure);
    QCOMPARE(redirected.failure->kind, ResultKind::HttpsRequired);
    QCOMPARE(redirected.failure->detail, offered);
    QVERIFY(!redirected.failure->text.contains(u"1234"_s));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(client.secureAddressOffered(), QUrl(offered));
    // The password does not go over http again, not even for a command.
    QCOMPARE(parkCall(client).failure->kind, ResultKind::NotSent);
    QCOMPARE(server.received().size(), 1);
    // A person acting (new settings) resumes; the offer goes with the stop.
    client.setConfig(client.config());
    QVERIFY(!client.isTrafficStopped());
    QVERIFY(client.secureAddressOffered().isEmpty());
}

void TestWireFraming::anAnswerToOlderSettingsNeverStopsTheNewOnes()
{
    // A person fixed the password while a request with the old one was out:
    // its late "wrong password" must not stop the requests the new one allows.
    LocalHttpServer server;
    QVERIFY(server.start());
    server.setReply({200, "ERROR: Invalid Username/Password: |6666|wrong|0|1|BAD|\n", 300});
    ServerConfig config = configFor(server.baseUrl(), u"wrong"_s);
    WireClient client(config);
    QSignalSpy old(client.send(ApiRequest::agentStatus(u"1000"_s)), &WireCall::finished);
    QTRY_COMPARE(server.received().size(), 1);
    config.password = u"1234"_s;
    client.setConfig(config);
    QVERIFY(old.wait(5000));
    QVERIFY(!client.isTrafficStopped());
    // An answer to the new settings still does.
    QVERIFY(sendAndWait(client, ApiRequest::agentStatus(u"1000"_s)).ok());
    QVERIFY(client.isTrafficStopped());
}

void TestWireFraming::theRequestCarriesTheFormAndNoOtherCredentials_data()
{
    QTest::addColumn<bool>("useGet");
    QTest::newRow("POST") << false;
    QTest::newRow("GET") << true;
}

void TestWireFraming::theRequestCarriesTheFormAndNoOtherCredentials()
{
    QFETCH(bool, useGet);
    RawHttpServer server;
    QVERIFY(server.start());
    QUrl base = server.baseUrl();
    base.setUserInfo(u"admin:urlsecret"_s);
    base.setPath(u"/agc/api.php"_s); // pasted whole; the client strips it
    ServerConfig config = configFor(base, kHostile);
    config.method = useGet ? ServerConfig::Method::Get : ServerConfig::Method::Post;
    WireClient client(config);
    QVERIFY(parkCall(client).ok());

    QCOMPARE(server.received().size(), 1);
    const RawHttpServer::Request &request = server.received().first();
    QCOMPARE(request.field(u"pass"_s), kHostile);
    QCOMPARE(request.field(u"user"_s), u"6666"_s);
    QCOMPARE(request.field(u"source"_s), u"parkbar"_s);
    QCOMPARE(request.field(u"function"_s), u"park_call"_s);
    QCOMPARE(request.field(u"agent_user"_s), u"1000"_s);
    QCOMPARE(request.field(u"value"_s), u"PARK_CUSTOMER"_s);
    QCOMPARE(request.header("host"), "127.0.0.1:" + QByteArray::number(server.baseUrl().port()));
    QCOMPARE(request.header("user-agent"), "ParkBar/" PARKBAR_VERSION);
    QVERIFY(request.header("authorization").isEmpty());
    QVERIFY(!request.head.contains("urlsecret"));
    QVERIFY(!request.body.contains("urlsecret"));
    if (useGet) {
        QVERIFY(request.requestLine.startsWith("GET /agc/api.php?source=parkbar&user=6666&pass="));
        QVERIFY(request.requestLine.endsWith(" HTTP/1.1"));
        QVERIFY(request.body.isEmpty());
        QVERIFY(request.header("content-length").isEmpty() || request.header("content-length") == "0");
    } else {
        QCOMPARE(request.requestLine, "POST /agc/api.php HTTP/1.1");
        QCOMPARE(request.header("content-type"), "application/x-www-form-urlencoded");
        QCOMPARE(request.header("content-length"), QByteArray::number(request.body.size()));
        QVERIFY(request.body.startsWith("source=parkbar&user=6666&pass=a%26b%3Dc%2Bd%25e%23f%3Fg%20h%2F%C3%B1%E2%82%AC&"));
    }
}

void TestWireFraming::noFailureTextHoldsThePassword()
{
    RawHttpServer server;
    QVERIFY(server.start());
    ServerConfig config = configFor(server.baseUrl(), kHostile);
    config.timeoutMs = 200;
    WireClient client(config);
    const QByteArray encoded = "a%26b%3Dc%2Bd%25e%23f%3Fg%20h%2F%C3%B1%E2%82%AC";
    const QList<RawHttpServer::Reply> replies{
        {{}, RawHttpServer::Then::Reset},
        {{}, RawHttpServer::Then::Silent},
        {"HTTP/1.1 200 OK\r\nX-Echo: " + encoded + "\r\nContent-Length: 100\r\n\r\n", RawHttpServer::Then::Close},
        {RawHttpServer::response(500, "pass=" + encoded)},
        {RawHttpServer::response(302, {}, "Location: /login/" + encoded + "?pass=" + encoded + "\r\n")},
        {encoded + "\r\n\r\n"},
    };
    QStringList texts;
    for (const RawHttpServer::Reply &reply : replies) {
        server.setReply(reply);
        const WireResponse response = parkCall(client);
        QVERIFY(response.failure);
        texts << response.failure->text << response.failure->detail;
    }
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl gone = server.baseUrl();
    gone.setPort(closed.serverPort());
    closed.close();
    config.baseUrl = gone;
    client.setConfig(config);
    const WireResponse refused = parkCall(client);
    QCOMPARE(refused.failure->kind, ResultKind::ConnectionFailed);
    texts << refused.failure->text << refused.failure->detail;

    QCOMPARE(server.count(u"park_call"_s), int(replies.size()));
    for (const QString &text : std::as_const(texts)) {
        for (const QString &form : client.redactor().forms())
            QVERIFY2(!text.contains(form), "a failure text holds the password");
    }
}

QTEST_GUILESS_MAIN(TestWireFraming)
#include "TestWireFraming.moc"
