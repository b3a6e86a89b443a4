#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool finished = false;
    QString translation;
    bool plural = false;
};

// Reads a Qt Linguist .ts file into (context, source) -> message.
QHash<QString, Message> readTs(const QString &path, QString *language = nullptr)
{
    QHash<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS"_s && language)
                *language = xml.attributes().value(u"language"_s).toString();
            else if (name == u"name"_s)
                context = xml.readElementText();
            else if (name == u"message"_s)
                current = Message{context, {}, false, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
            else if (name == u"source"_s)
                current.source = xml.readElementText();
            else if (name == u"translation"_s) {
                const QString type = xml.attributes().value(u"type"_s).toString();
                current.finished = type.isEmpty();
                if (type == u"obsolete"_s || type == u"vanished"_s)
                    current.finished = false;
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            messages.insert(current.context + u'\x1f' + current.source, current);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

// Every user-visible string has a finished translation in every shipped
// language, with the same placeholders, and the .ts files match the sources.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();

private:
    QHash<QString, Message> m_sources; // what lupdate finds in the code today
};

void TestTranslations::initTestCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scratch = dir.filePath(u"sources.ts"_s);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PARKBAR_LUPDATE),
                  {u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, QStringLiteral(PARKBAR_SOURCE_DIR) + u"/app"_s,
                   QStringLiteral(PARKBAR_SOURCE_DIR) + u"/widgets"_s, u"-ts"_s, scratch});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    m_sources = readTs(scratch);
    QVERIFY2(m_sources.size() > 50, "lupdate found suspiciously few strings");
}

void TestTranslations::everySourceStringIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &language : QStringLiteral(PARKBAR_LANGUAGES).split(u','))
        QTest::newRow(qPrintable(language)) << QStringLiteral(PARKBAR_SOURCE_DIR "/translations/parkbar_%1.ts").arg(language);
}

void TestTranslations::everySourceStringIsTranslated()
{
    QFETCH(QString, file);
    QString language;
    const QHash<QString, Message> shipped = readTs(file, &language);
    QVERIFY2(!language.isEmpty(), qPrintable(file + u" has no language"_s));
    QStringList missing;
    QStringList badPlaceholders;
    for (const Message &source : std::as_const(m_sources)) {
        const Message translated = shipped.value(source.context + u'\x1f' + source.source);
        if (!translated.finished || translated.translation.trimmed().isEmpty()) {
            missing.append(source.context + u": "_s + source.source);
            continue;
        }
        if (!source.plural && placeholders(source.source) != placeholders(translated.translation))
            badPlaceholders.append(source.context + u": "_s + source.source + u" -> "_s + translated.translation);
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 strings without a finished %2 translation (run the update_translations target), e.g.:\n  "_s
                            .arg(missing.size()).arg(language) + missing.mid(0, 15).join(u"\n  "_s)));
    QVERIFY2(badPlaceholders.isEmpty(), qPrintable(u"placeholders differ:\n  "_s + badPlaceholders.join(u"\n  "_s)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
