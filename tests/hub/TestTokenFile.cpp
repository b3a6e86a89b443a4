#include "hub/TokenFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The hub's tokens file: what it holds (hashes, never tokens), what it
// refuses, and issuing a token.
class TestTokenFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileOfTokensWithBindingsIsRead();
    void aBadLineIsRefusedAndTheOthersLoad_data();
    void aBadLineIsRefusedAndTheOthersLoad();
    void aNewTokenIs256RandomBitsAndOnlyItsHashIsKept();
    void issuingRefusesANameInUse();
    void issuingCreatesAFileOnlyItsOwnerCanRead();
};

namespace {
const QString kHash = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
}

void TestTokenFile::aFileOfTokensWithBindingsIsRead()
{
    const QByteArray text = "# desks of floor 2\n"
                            "desk-12 bar " + kHash.toLatin1() + " issued=2026-12-06\n"
                            "\n"
                            "desk-14\tbar\t" + QByteArray(64, 'a') + "\tagent=1000\n"
                            "  sups   supervisor " + QByteArray(64, 'B') + " campaigns=SALES,SUPPORT userGroups=AGENTS\n"
                            "desk-15 bar " + QByteArray(64, 'c') + " phone=SIP/1000\n";
    const TokenFile::Contents contents = TokenFile::parse(text);
    QVERIFY2(contents.errors.isEmpty(), qPrintable(contents.errors.join(u'\n')));
    QCOMPARE(contents.tokens.size(), 4);
    QCOMPARE(contents.tokens.at(0).name, u"desk-12"_s);
    QCOMPARE(contents.tokens.at(0).sha256Hex, kHash);
    QVERIFY(contents.tokens.at(0).scope.isWholeFloor());
    QCOMPARE(contents.tokens.at(1).agent, u"1000"_s);
    QCOMPARE(contents.tokens.at(2).role, HubRole::Supervisor);
    QCOMPARE(contents.tokens.at(2).sha256Hex, QString(64, u'b')); // hex in either case
    QCOMPARE(contents.tokens.at(2).scope.campaigns, (QStringList{u"SALES"_s, u"SUPPORT"_s}));
    QCOMPARE(contents.tokens.at(2).scope.userGroups, QStringList{u"AGENTS"_s});
    QCOMPARE(contents.tokens.at(3).phone, u"SIP/1000"_s);
    // A line written for a token reads back as the same token.
    QCOMPARE(TokenFile::parse(TokenFile::formatLine(contents.tokens.at(2)).toUtf8()).tokens.first(), contents.tokens.at(2));
}

void TestTokenFile::aBadLineIsRefusedAndTheOthersLoad_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("why");
    QTest::newRow("too few fields") << u"desk-1 bar"_s << u"expected NAME ROLE SHA256"_s;
    QTest::newRow("unknown role") << u"desk-1 admin "_s + kHash << u"bar or supervisor"_s;
    QTest::newRow("not a hash") << u"desk-1 bar pbh1_the-token-itself"_s << u"64 hex digits"_s;
    QTest::newRow("a name with a space") << u"desk 1 bar "_s + kHash << u"the role must be"_s;
    QTest::newRow("an unknown binding") << u"desk-1 bar "_s + kHash + u" floor=2"_s << u"unknown key 'floor'"_s;
    QTest::newRow("agent and phone") << u"desk-1 bar "_s + kHash + u" agent=1000 phone=SIP/1000"_s << u"not both"_s;
    QTest::newRow("the same name twice") << u"desk-0 bar "_s + QString(64, u'e') << u"used twice"_s;
    QTest::newRow("the same token twice") << u"desk-9 bar "_s + QString(64, u'd') << u"listed twice"_s;
}

void TestTokenFile::aBadLineIsRefusedAndTheOthersLoad()
{
    QFETCH(QString, line);
    QFETCH(QString, why);
    const QString good = u"desk-0 bar "_s + QString(64, u'd') + u'\n';
    const TokenFile::Contents contents = TokenFile::parse((good + line + u'\n').toUtf8());
    QCOMPARE(contents.tokens.size(), 1);
    QCOMPARE(contents.tokens.first().name, u"desk-0"_s);
    QCOMPARE(contents.errors.size(), 1);
    QVERIFY2(contents.errors.first().startsWith(u"line 2: "_s) && contents.errors.first().contains(why), qPrintable(contents.errors.first()));
}

void TestTokenFile::aNewTokenIs256RandomBitsAndOnlyItsHashIsKept()
{
    const QString token = TokenFile::newToken();
    QVERIFY2(QRegularExpression(u"^pbh1_[A-Za-z0-9_-]{43}$"_s).match(token).hasMatch(), qPrintable(token));
    QVERIFY(TokenFile::newToken() != token);
    QCOMPARE(TokenFile::hashOf(u"test"_s), kHash); // SHA-256 of "test", lowercase hex

    QTemporaryDir dir;
    const QString path = dir.filePath(u"tokens"_s);
    HubToken spec;
    spec.name = u"desk-12"_s;
    spec.scope.campaigns = {u"SALES"_s};
    const TokenFile::Issued issued = TokenFile::issue(path, spec, u"2026-12-06"_s);
    QVERIFY2(issued.error.isEmpty(), qPrintable(issued.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains(issued.token.toUtf8()));
    QCOMPARE(stored, "desk-12 bar " + TokenFile::hashOf(issued.token).toUtf8() + " campaigns=SALES issued=2026-12-06\n");
    QCOMPARE(TokenFile::read(path).tokens.first().sha256Hex, TokenFile::hashOf(issued.token));
}

void TestTokenFile::issuingRefusesANameInUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tokens"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("desk-12 bar " + kHash.toLatin1()); // no final line break
    }
    HubToken spec;
    spec.name = u"desk-12"_s;
    QVERIFY(TokenFile::issue(path, spec, {}).error.contains(u"exists already"_s));
    spec.name = u"desk-13"_s;
    spec.role = HubRole::Supervisor;
    const TokenFile::Issued issued = TokenFile::issue(path, spec, {});
    QVERIFY(issued.error.isEmpty());
    const TokenFile::Contents contents = TokenFile::read(path);
    QVERIFY(contents.errors.isEmpty());
    QCOMPARE(contents.tokens.size(), 2);
    QCOMPARE(contents.tokens.at(1).role, HubRole::Supervisor);
    spec.name = u"bad name"_s;
    QVERIFY(!TokenFile::issue(path, spec, {}).error.isEmpty());
    QCOMPARE(TokenFile::read(path).tokens.size(), 2);
}

void TestTokenFile::issuingCreatesAFileOnlyItsOwnerCanRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tokens"_s);
    HubToken spec;
    spec.name = u"desk-1"_s;
    QVERIFY(TokenFile::issue(path, spec, {}).error.isEmpty());
    const QFileDevice::Permissions permissions = QFile(path).permissions();
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
}

QTEST_GUILESS_MAIN(TestTokenFile)
#include "TestTokenFile.moc"
