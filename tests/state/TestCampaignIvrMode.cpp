#include "state/CampaignIvrMode.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Modes = QHash<QString, ParkIvrMode>;
Q_DECLARE_METATYPE(std::optional<ParkIvrMode>)

// Which park IVR mode applies: a setting wins, then what a database hub read.
class TestCampaignIvrMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSettingWinsThenTheSource_data();
    void theSettingWinsThenTheSource();
};

void TestCampaignIvrMode::theSettingWinsThenTheSource_data()
{
    QTest::addColumn<Modes>("configured");
    QTest::addColumn<Modes>("fromSource");
    QTest::addColumn<std::optional<ParkIvrMode>>("mode");
    const Modes none;
    const Modes hubSays{{u"SALES"_s, ParkIvrMode::EnabledParkOnly}};
    QTest::newRow("nobody knows") << none << none << std::optional<ParkIvrMode>();
    QTest::newRow("only the hub knows") << none << hubSays << std::optional<ParkIvrMode>(ParkIvrMode::EnabledParkOnly);
    QTest::newRow("the setting wins") << Modes{{u"SALES"_s, ParkIvrMode::Disabled}} << hubSays
                                      << std::optional<ParkIvrMode>(ParkIvrMode::Disabled);
    QTest::newRow("another campaign's setting") << Modes{{u"SUPPORT"_s, ParkIvrMode::Disabled}} << hubSays
                                                << std::optional<ParkIvrMode>(ParkIvrMode::EnabledParkOnly);
    QTest::newRow("the hub knows another campaign") << none << Modes{{u"SUPPORT"_s, ParkIvrMode::Enabled}}
                                                    << std::optional<ParkIvrMode>();
}

void TestCampaignIvrMode::theSettingWinsThenTheSource()
{
    QFETCH(Modes, configured);
    QFETCH(Modes, fromSource);
    QTEST(campaignIvrMode(u"SALES"_s, configured, fromSource), "mode");
}

QTEST_GUILESS_MAIN(TestCampaignIvrMode)
#include "TestCampaignIvrMode.moc"
