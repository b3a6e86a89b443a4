#pragma once

#include <QObject>

class QLabel;

// Notes when a label is next painted.
class PaintStamp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintStamp)

public:
    explicit PaintStamp(QLabel *label);

    // Waits for the next paint.
    void arm();
    qint64 paintedAtNs() const { return m_paintedAtNs; } // 0 until then

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_label;
    bool m_armed = false;
    qint64 m_paintedAtNs = 0;
};
