#include "RawHubClient.h"

#include "hub/HubProtocol.h"

#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>

RawHubClient::RawHubClient(QObject *parent) : QObject(parent), m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { m_texts.append(text); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = m_socket->closeCode();
        m_closeReason = m_socket->closeReason();
    });
}

RawHubClient::~RawHubClient()
{
    m_socket->abort();
}

void RawHubClient::open(const QUrl &url, const QString &bearerToken)
{
    QNetworkRequest request(url);
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    m_socket->open(request);
}

bool RawHubClient::waitConnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState || m_closed; }, timeoutMs)
        && !m_closed;
}

void RawHubClient::send(const QJsonObject &message)
{
    m_socket->sendTextMessage(HubProtocol::encode(message));
}

void RawHubClient::sendText(const QString &text)
{
    m_socket->sendTextMessage(text);
}

void RawHubClient::close()
{
    m_socket->close();
}

bool RawHubClient::authenticate(const QString &token)
{
    send(HubProtocol::hello(token, QStringLiteral("test")));
    return waitFor(QStringLiteral("welcome"));
}

QList<QJsonObject> RawHubClient::messages(const QString &type) const
{
    QList<QJsonObject> result;
    for (const QString &text : m_texts) {
        const std::optional<QJsonObject> message = HubProtocol::decode(text);
        if (message && (type.isEmpty() || message->value(QStringLiteral("type")).toString() == type))
            result.append(*message);
    }
    return result;
}

bool RawHubClient::waitFor(const QString &type, int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return this->count(type) >= count; }, timeoutMs);
}

bool RawHubClient::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}
