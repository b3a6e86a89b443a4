#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QWebSocket;

// A plain QWebSocket client of the hub for protocol tests: sends what the
// test says, keeps every message's raw text and parsed object, and how the
// connection closed.
class RawHubClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHubClient)

public:
    explicit RawHubClient(QObject *parent = nullptr);
    ~RawHubClient() override;

    // Opens the connection; with a token, it goes in the Authorization header.
    void open(const QUrl &url, const QString &bearerToken = {});
    bool waitConnected(int timeoutMs = 5000);
    void send(const QJsonObject &message);      // "v" added
    void sendText(const QString &text);
    // hello with the token, then waits for the welcome (false when closed instead).
    bool authenticate(const QString &token);
    // Closes cleanly: what was sent before still reaches the hub.
    void close();

    const QStringList &texts() const { return m_texts; }
    QList<QJsonObject> messages(const QString &type = {}) const;
    int count(const QString &type) const { return int(messages(type).size()); }
    // Waits until `count` messages of that type have arrived in all.
    bool waitFor(const QString &type, int count = 1, int timeoutMs = 5000);
    bool waitClosed(int timeoutMs = 5000);
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    void clear() { m_texts.clear(); }

private:
    QWebSocket *m_socket;
    QStringList m_texts;
    bool m_closed = false;
    int m_closeCode = 0;
    QString m_closeReason;
};
