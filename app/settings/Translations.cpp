#include "settings/Translations.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString installTranslations(QCoreApplication &app, const QString &languageSetting)
{
    const QString setting = languageSetting.trimmed();
    if (setting == QLatin1String("en"))
        return QStringLiteral("en");
    const QLocale locale = setting.isEmpty() || setting == QLatin1String("system") ? QLocale::system() : QLocale(setting);

    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("parkbar"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (dialog buttons...), where the system ships them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    const QString loaded = QFileInfo(ours->filePath()).completeBaseName().mid(QStringLiteral("parkbar_").size());
    qCInfo(lcSettings) << "language" << loaded;
    return loaded.isEmpty() ? locale.name() : loaded;
}
