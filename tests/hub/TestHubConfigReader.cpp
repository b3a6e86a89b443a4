#include "hub/HubConfigReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// parkbar-hub's configuration file: every key mapped, passwords from their
// own files only, and what is refused or warned about.
class TestHubConfigReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void anApiConfigurationIsRead();
    void theDatabaseSectionBecomesTheSourceOptions();
    void defaultsFollowTheSourceKind();
    void aPasswordInTheFileItselfIsRefused();
    void aPasswordFileOthersCanReadIsWarnedAbout();
    void plainWsOffLoopbackNeedsAllowPlain();
    void badValuesAreRefused_data();
    void badValuesAreRefused();
    void aPasswordTheNonAgentApiAltersIsRefused();
    void anUnknownKeyIsAWarning();
    void theAdministratorsParkIvrModesAreRead();
    void tlsFilesMustLoad();
    void gatewayModeIsReadWithItsAuditFile();
    void gatewayModeNeedsTheApiUserAndItsPasswordFile_data();
    void gatewayModeNeedsTheApiUserAndItsPasswordFile();
    void aDatabaseHubWithAnApiAddressNeedsNoCredentials();

private:
    QString write(const QString &name, const QByteArray &text, QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray apiBase() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHubConfigReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(u"tokens"_s, "");
    write(u"api-password"_s, "s3cret-pass_1\n");
    write(u"db-password"_s, "db-s3cret\n");
}

QString TestHubConfigReader::write(const QString &name, const QByteArray &text, QFileDevice::Permissions permissions)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    file.close();
    file.setPermissions(permissions);
    return path;
}

QByteArray TestHubConfigReader::apiBase() const
{
    return "[hub]\ntokensFile=" + m_dir->filePath(u"tokens"_s).toUtf8() + "\n"
           "[source]\nkind=api\n"
           "[api]\nurl=https://dialer.example.com/agc/api.php\nuser=parkbar\npasswordFile=" + m_dir->filePath(u"api-password"_s).toUtf8() + "\n";
}

void TestHubConfigReader::anApiConfigurationIsRead()
{
    QFile key(QStringLiteral(PARKBAR_TEST_DATA_DIR "/tls/server.key"));
    QVERIFY(key.open(QIODevice::ReadOnly));
    const QString keyPath = write(u"hub.key"_s, key.readAll()); // readable by its owner only, as a key should be
    const QString path = write(u"hub.conf"_s,
                               "[hub]\nlisten=0.0.0.0\nport=9443\ncampaigns=SALES, SUPPORT\nuserGroups=AGENTS\nmetricsPort=9100\n"
                               "tokensFile=" + m_dir->filePath(u"tokens"_s).toUtf8() + "\n"
                               "[tls]\ncertificate=" PARKBAR_TEST_DATA_DIR "/tls/server.pem\nkey=" + keyPath.toUtf8() + "\n"
                               "[source]\nkind=api\nintervalMs=2000\nmaxBackoffMs=60000\n"
                               "[api]\nurl=https://dialer.example.com/vicidial/non_agent_api.php\nuser=parkbar\nsource=floor2-hub\n"
                               "method=GET\ntimeoutMs=20000\npinnedSha256=" + QByteArray(64, 'a') + "\n"
                               "passwordFile=" + m_dir->filePath(u"api-password"_s).toUtf8() + "\n");
    const HubConfigReader::Result result = HubConfigReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    const HubConfig &config = result.config;
    QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(config.port, quint16(9443));
    QCOMPARE(config.served.campaigns, (QStringList{u"SALES"_s, u"SUPPORT"_s}));
    QCOMPARE(config.served.userGroups, QStringList{u"AGENTS"_s});
    QCOMPARE(config.metricsPort, quint16(9100));
    QVERIFY(config.metricsEnabled);
    QVERIFY(config.usesTls());
    QCOMPARE(config.sourceKind, HubConfig::SourceKind::Api);
    QCOMPARE(config.effectiveIntervalMs(), 2000);
    QCOMPARE(config.maxBackoffMs, 60000);
    QCOMPARE(config.api.baseUrl, QUrl(u"https://dialer.example.com"_s));
    QCOMPARE(config.api.apiUser, u"parkbar"_s);
    QCOMPARE(config.api.password, u"s3cret-pass_1"_s);
    QCOMPARE(config.api.source, u"floor2-hub"_s);
    QCOMPARE(config.api.method, ServerConfig::Method::Get);
    QCOMPARE(config.api.timeoutMs, 20000);
    QCOMPARE(config.api.pinnedSha256, QByteArray(32, char(0xaa)));
}

void TestHubConfigReader::theDatabaseSectionBecomesTheSourceOptions()
{
    const QString path = write(u"hub.conf"_s,
                               "[hub]\ncampaigns=SALES\nuserGroups=AGENTS,SUPPORT\ntokensFile=" + m_dir->filePath(u"tokens"_s).toUtf8() + "\n"
                               "[source]\nkind=database\n"
                               "[database]\nhost=10.0.0.5\nport=3307\nsocket=/run/mysqld/mysqld.sock\nname=asterisk2\nuser=parkbar_ro\n"
                               "connectTimeoutSeconds=3\npasswordFile=" + m_dir->filePath(u"db-password"_s).toUtf8() + "\n");
    const HubConfigReader::Result result = HubConfigReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const DatabaseSourceOptions &database = result.config.database;
    QCOMPARE(database.host, u"10.0.0.5"_s);
    QCOMPARE(database.port, 3307);
    QCOMPARE(database.socket, u"/run/mysqld/mysqld.sock"_s);
    QCOMPARE(database.database, u"asterisk2"_s);
    QCOMPARE(database.user, u"parkbar_ro"_s);
    QCOMPARE(database.password, u"db-s3cret"_s);
    QCOMPARE(database.connectTimeoutSeconds, 3);
    QCOMPARE(database.campaigns, QStringList{u"SALES"_s});
    QCOMPARE(database.userGroups, (QStringList{u"AGENTS"_s, u"SUPPORT"_s}));
    QCOMPARE(result.config.effectiveIntervalMs(), 500);
}

void TestHubConfigReader::defaultsFollowTheSourceKind()
{
    const HubConfigReader::Result result = HubConfigReader::read(write(u"hub.conf"_s, apiBase()));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.config.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(result.config.port, quint16(8765));
    QCOMPARE(result.config.effectiveIntervalMs(), 1000);
    QCOMPARE(result.config.api.method, ServerConfig::Method::Post);
    QCOMPARE(result.config.api.source, u"parkbar-hub"_s);
    QVERIFY(!result.config.usesTls());
    QVERIFY(result.config.served.isWholeFloor());
}

void TestHubConfigReader::aPasswordInTheFileItselfIsRefused()
{
    const HubConfigReader::Result result = HubConfigReader::read(write(u"hub.conf"_s, apiBase() + "password=s3cret-pass_1\n"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.first().contains(u"passwords are never read from the configuration file"_s), qPrintable(result.errors.first()));
    for (const QString &message : result.errors + result.warnings)
        QVERIFY(!message.contains(u"s3cret"_s));
}

void TestHubConfigReader::aPasswordFileOthersCanReadIsWarnedAbout()
{
    write(u"api-password"_s, "s3cret-pass_1\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const HubConfigReader::Result result = HubConfigReader::read(write(u"hub.conf"_s, apiBase()));
    QVERIFY(result.ok());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(u"readable by every user"_s));
    QVERIFY(!result.warnings.first().contains(u"s3cret"_s));

    QFile::remove(m_dir->filePath(u"api-password"_s));
    const HubConfigReader::Result missing = HubConfigReader::read(m_dir->filePath(u"hub.conf"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errors.first().contains(u"api-password"_s));
}

void TestHubConfigReader::plainWsOffLoopbackNeedsAllowPlain()
{
    HubConfigReader::Result result = HubConfigReader::read(write(u"hub.conf"_s, apiBase() + "[hub]\nlisten=0.0.0.0\n"));
    QVERIFY(!result.ok());
    QVERIFY(result.errors.first().contains(u"not a loopback address"_s));
    result = HubConfigReader::read(write(u"hub.conf"_s, apiBase() + "[hub]\nlisten=0.0.0.0\nallowPlain=true\n"));
    QVERIFY(result.ok());
    QVERIFY(result.warnings.join(u'\n').contains(u"unencrypted"_s));
}

void TestHubConfigReader::badValuesAreRefused_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("why");
    QTest::newRow("source kind") << QByteArray("[source]\nkind=ldap\n") << u"source/kind must be database or api"_s;
    QTest::newRow("port") << QByteArray("[hub]\nport=70000\n") << u"hub/port must be a whole number"_s;
    QTest::newRow("listen") << QByteArray("[hub]\nlisten=hub.example.com\n") << u"hub/listen must be an IP address"_s;
    QTest::newRow("allowPlain") << QByteArray("[hub]\nallowPlain=maybe\n") << u"hub/allowPlain must be true or false"_s;
    QTest::newRow("interval") << QByteArray("[source]\nintervalMs=10\n") << u"source/intervalMs"_s;
    QTest::newRow("url") << QByteArray("[api]\nurl=dialer\n") << u"api/url"_s;
    QTest::newRow("method") << QByteArray("[api]\nmethod=PUT\n") << u"api/method"_s;
    QTest::newRow("pin") << QByteArray("[api]\npinnedSha256=AB:CD\n") << u"api/pinnedSha256"_s;
    QTest::newRow("park IVR mode") << QByteArray("[hub]\nparkIvrModes=SALES:SOMETIMES\n") << u"hub/parkIvrModes: 'SALES:SOMETIMES'"_s;
    QTest::newRow("park IVR campaign") << QByteArray("[hub]\nparkIvrModes=ENABLED\n") << u"hub/parkIvrModes: 'ENABLED'"_s;
    QTest::newRow("tokens file") << QByteArray("[hub]\ntokensFile=/nonexistent/tokens\n") << u"tokens file"_s;
}

void TestHubConfigReader::badValuesAreRefused()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, why);
    // Later sections of the same name add to the earlier ones in QSettings' INI reading.
    const HubConfigReader::Result result = HubConfigReader::read(write(u"hub.conf"_s, apiBase() + extra));
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.join(u'\n').contains(why), qPrintable(result.errors.join(u'\n')));
}

void TestHubConfigReader::aPasswordTheNonAgentApiAltersIsRefused()
{
    write(u"api-password"_s, "Wr0ng&Pa55=%\n");
    const HubConfigReader::Result result = HubConfigReader::read(write(u"hub.conf"_s, apiBase()));
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.first().contains(u"letters, digits, - and _ only"_s), qPrintable(result.errors.first()));
    QVERIFY(!result.errors.first().contains(u"Wr0ng"_s));
}

void TestHubConfigReader::anUnknownKeyIsAWarning()
{
    const HubConfigReader::Result result = HubConfigReader::read(write(u"hub.conf"_s, apiBase() + "[hub]\nlisten_port=1\n"));
    QVERIFY(result.ok());
    QCOMPARE(result.warnings, QStringList{u"Unknown key hub/listen_port (ignored)"_s});
    QVERIFY(!HubConfigReader::read(m_dir->filePath(u"missing.conf"_s)).ok());
}

void TestHubConfigReader::tlsFilesMustLoad()
{
    const HubConfigReader::Result result =
        HubConfigReader::read(write(u"hub.conf"_s, apiBase() + "[tls]\ncertificate=" + m_dir->filePath(u"tokens"_s).toUtf8() + "\nkey=x\n"));
    QVERIFY(!result.ok());
    QVERIFY(result.errors.join(u'\n').contains(u"No PEM certificate"_s));
}

void TestHubConfigReader::gatewayModeIsReadWithItsAuditFile()
{
    const QString path = write(u"hub.conf"_s, apiBase() + "[gateway]\nenabled=true\nauditFile=" + m_dir->filePath(u"audit.jsonl"_s).toUtf8() + "\n");
    const HubConfigReader::Result result = HubConfigReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(result.config.gatewayEnabled);
    QCOMPARE(result.config.modeName(), u"gateway"_s);
    QCOMPARE(result.config.auditFile, m_dir->filePath(u"audit.jsonl"_s));
    QCOMPARE(result.config.api.password, u"s3cret-pass_1"_s);

    const HubConfigReader::Result feed = HubConfigReader::read(write(u"feed.conf"_s, apiBase()));
    QVERIFY(feed.ok());
    QVERIFY(!feed.config.gatewayEnabled);
    QCOMPARE(feed.config.modeName(), u"feed"_s);
    QCOMPARE(feed.config.auditFile, u"/var/log/parkbar-hub/audit.jsonl"_s);
}

void TestHubConfigReader::gatewayModeNeedsTheApiUserAndItsPasswordFile_data()
{
    QTest::addColumn<QByteArray>("api");
    QTest::addColumn<QString>("error");
    const QByteArray password = "passwordFile=" + m_dir->filePath(u"api-password"_s).toUtf8() + "\n";
    QTest::newRow("no password file") << QByteArray("url=https://dialer.example.com\nuser=parkbar\n") << u"api/passwordFile"_s;
    QTest::newRow("no user") << QByteArray("url=https://dialer.example.com\n" + password) << u"api/user"_s;
    QTest::newRow("no url") << QByteArray("user=parkbar\n" + password) << u"api/url"_s;
    QTest::newRow("unreadable password file") << QByteArray("url=https://dialer.example.com\nuser=parkbar\npasswordFile=/nonexistent/pw\n")
                                              << u"/nonexistent/pw"_s;
}

void TestHubConfigReader::gatewayModeNeedsTheApiUserAndItsPasswordFile()
{
    QFETCH(QByteArray, api);
    QFETCH(QString, error);
    // A database hub, so that only the gateway asks for [api].
    const QString path = write(u"hub.conf"_s, "[hub]\ntokensFile=" + m_dir->filePath(u"tokens"_s).toUtf8() + "\n"
                                              "[source]\nkind=database\n[database]\nuser=parkbar_ro\npasswordFile="
                                              + m_dir->filePath(u"db-password"_s).toUtf8() + "\n[gateway]\nenabled=true\n[api]\n" + api);
    const HubConfigReader::Result result = HubConfigReader::read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.join(u'\n').contains(error), qPrintable(result.errors.join(u'\n')));
}

void TestHubConfigReader::aDatabaseHubWithAnApiAddressNeedsNoCredentials()
{
    const QString path = write(u"hub.conf"_s, "[hub]\ntokensFile=" + m_dir->filePath(u"tokens"_s).toUtf8() + "\n"
                                              "[source]\nkind=database\n[database]\nuser=parkbar_ro\npasswordFile="
                                              + m_dir->filePath(u"db-password"_s).toUtf8() + "\n[api]\nurl=https://dialer.example.com\n");
    const HubConfigReader::Result result = HubConfigReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(result.config.hasApi);
    QVERIFY(!result.config.gatewayEnabled);
    QVERIFY(result.config.api.password.isEmpty());

    const HubConfigReader::Result without = HubConfigReader::read(write(u"db.conf"_s, "[hub]\ntokensFile=" + m_dir->filePath(u"tokens"_s).toUtf8()
                                                                                          + "\n[source]\nkind=database\n[database]\nuser=parkbar_ro\n"));
    QVERIFY(without.ok());
    QVERIFY(!without.config.hasApi);
}

void TestHubConfigReader::theAdministratorsParkIvrModesAreRead()
{
    const HubConfigReader::Result result =
        HubConfigReader::read(write(u"hub.conf"_s, apiBase() + "[hub]\nparkIvrModes=SALES:ENABLED, SUPPORT:ENABLED_PARK_ONLY\n"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.config.parkIvrModes,
             (QHash<QString, ParkIvrMode>{{u"SALES"_s, ParkIvrMode::Enabled}, {u"SUPPORT"_s, ParkIvrMode::EnabledParkOnly}}));
}

QTEST_GUILESS_MAIN(TestHubConfigReader)
#include "TestHubConfigReader.moc"
