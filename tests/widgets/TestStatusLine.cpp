#include "bar/StatusLine.h"

#include <QLabel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParkAlert)

// The bar's status line widget rendering a StatusLineContent: what each label
// says, the park timer's visibility and colour, the dimmed old state and the
// connection's tooltip.
class TestStatusLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void labelsShowTheContent();
    void theTimerIsHiddenWithoutAPark();
    void theTimerCallsForAttention_data();
    void theTimerCallsForAttention();
    void anAlertEndsWithItsPark();
    void anOldStateIsDimmed();
    void theConnectionExplainsItselfInItsTooltip();

private:
    QLabel *label(const char *name) const { return m_line->findChild<QLabel *>(QString::fromLatin1(name)); }
    void show(const StatusLineContent &content, ConnectionState::Kind kind = ConnectionState::Kind::Connected)
    {
        m_line->showContent(content, kind);
    }
    // The colour behind the timer's text, as painted (left padding, middle row).
    QColor timerBackground() const;

    std::unique_ptr<StatusLine> m_line;
};

namespace {

StatusLineContent parkedContent(ParkAlert alert = ParkAlert::None)
{
    StatusLineContent content;
    content.agent = u"Ana Lima (1000) · TESTCAMP"_s;
    content.state = u"In call, customer parked"_s;
    content.parkTimer = u"Parked 1:05"_s;
    content.alert = alert;
    content.connection = u"Connected"_s;
    return content;
}

} // namespace

void TestStatusLine::init()
{
    m_line = std::make_unique<StatusLine>();
    m_line->resize(700, 30);
    m_line->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_line.get()));
}

void TestStatusLine::cleanup()
{
    m_line.reset();
}

QColor TestStatusLine::timerBackground() const
{
    QLabel *timer = label("parkTimerLabel");
    const QImage image = timer->grab().toImage();
    const qreal scale = image.devicePixelRatio();
    return image.pixelColor(int(3 * scale), image.height() / 2);
}

void TestStatusLine::labelsShowTheContent()
{
    show(parkedContent());
    QCOMPARE(label("agentLabel")->text(), u"Ana Lima (1000) · TESTCAMP"_s);
    QCOMPARE(label("stateLabel")->text(), u"In call, customer parked"_s);
    QCOMPARE(label("parkTimerLabel")->text(), u"Parked 1:05"_s);
    QCOMPARE(label("connectionLabel")->text(), u"Connected"_s);
    // Screen readers hear what each one is, and the timer's value.
    QCOMPARE(label("stateLabel")->accessibleName(), u"Agent state"_s);
    QCOMPARE(label("parkTimerLabel")->accessibleName(), u"Park timer"_s);
    QCOMPARE(label("parkTimerLabel")->accessibleDescription(), u"Parked 1:05"_s);
    QVERIFY(!label("connectionIcon")->pixmap().isNull());

    StatusLineContent next = parkedContent();
    next.state = u"In call"_s;
    next.parkTimer.reset();
    show(next);
    QCOMPARE(label("stateLabel")->text(), u"In call"_s);
}

void TestStatusLine::theTimerIsHiddenWithoutAPark()
{
    StatusLineContent content = parkedContent();
    content.parkTimer.reset();
    show(content);
    QVERIFY(!label("parkTimerLabel")->isVisible());
    show(parkedContent());
    QVERIFY(label("parkTimerLabel")->isVisible());
    show(content); // grabbed back
    QVERIFY(!label("parkTimerLabel")->isVisible());
}

void TestStatusLine::theTimerCallsForAttention_data()
{
    QTest::addColumn<ParkAlert>("alert");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QColor>("background"); // invalid: no colour of its own

    QTest::newRow("none") << ParkAlert::None << QString() << QColor();
    QTest::newRow("warning: amber") << ParkAlert::Warning << u"warning"_s << QColor(0xF9, 0xAB, 0x00);
    QTest::newRow("critical: red") << ParkAlert::Critical << u"critical"_s << QColor(0xC5, 0x22, 0x1F);
}

void TestStatusLine::theTimerCallsForAttention()
{
    QFETCH(ParkAlert, alert);
    QFETCH(QColor, background);
    show(parkedContent(alert));
    QTEST(label("parkTimerLabel")->property("alert").toString(), "property");
    const QColor painted = timerBackground();
    if (background.isValid()) {
        QCOMPARE(painted, background);
    } else {
        QVERIFY2(painted != QColor(0xF9, 0xAB, 0x00) && painted != QColor(0xC5, 0x22, 0x1F), qPrintable(painted.name()));
    }
}

void TestStatusLine::anAlertEndsWithItsPark()
{
    show(parkedContent(ParkAlert::Critical));
    QCOMPARE(timerBackground(), QColor(0xC5, 0x22, 0x1F));
    // Grabbed back, then parked again: the new park starts without alert.
    StatusLineContent grabbed = parkedContent();
    grabbed.parkTimer.reset();
    show(grabbed);
    StatusLineContent again = parkedContent(ParkAlert::None);
    again.parkTimer = u"Parked 0:00"_s;
    show(again);
    QCOMPARE(label("parkTimerLabel")->text(), u"Parked 0:00"_s);
    QCOMPARE(label("parkTimerLabel")->property("alert").toString(), QString());
    QVERIFY(timerBackground() != QColor(0xC5, 0x22, 0x1F));
}

void TestStatusLine::anOldStateIsDimmed()
{
    StatusLineContent old = parkedContent();
    old.state = u"Last known: In call, customer parked"_s;
    old.stateIsCurrent = false;
    show(old, ConnectionState::Kind::Offline);
    QCOMPARE(label("stateLabel")->text(), u"Last known: In call, customer parked"_s);
    QVERIFY(!label("stateLabel")->isEnabled());
    QVERIFY(label("agentLabel")->isEnabled()); // who it is stays true
    show(parkedContent());
    QVERIFY(label("stateLabel")->isEnabled());
}

void TestStatusLine::theConnectionExplainsItselfInItsTooltip()
{
    StatusLineContent content = parkedContent();
    content.connection = u"Offline, retrying in 8 s"_s;
    content.connectionDetail = u"Cannot reach the server: Connection refused"_s;
    show(content, ConnectionState::Kind::Offline);
    QCOMPARE(label("connectionLabel")->text(), u"Offline, retrying in 8 s"_s);
    QCOMPARE(label("connectionLabel")->toolTip(), u"Cannot reach the server: Connection refused"_s);
    const QImage offlineIcon = label("connectionIcon")->pixmap().toImage();

    content.connection = u"Signed out: wrong API user or password."_s;
    content.connectionDetail = u"Signed out: wrong API user or password."_s;
    show(content, ConnectionState::Kind::SignedOut);
    QCOMPARE(label("connectionLabel")->toolTip(), u"Signed out: wrong API user or password."_s);
    QVERIFY(label("connectionIcon")->pixmap().toImage() != offlineIcon); // its own icon

    show(parkedContent()); // connected: nothing to explain
    QCOMPARE(label("connectionLabel")->toolTip(), QString());
}

QTEST_MAIN(TestStatusLine)
#include "TestStatusLine.moc"
