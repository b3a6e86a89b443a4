#include "window/IconProvider.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace {
constexpr int kSizes[] = {16, 20, 24, 32, 40, 48, 64};

QPixmap render(const QByteArray &svg, int size, qreal devicePixelRatio)
{
    QSvgRenderer renderer(svg);
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter painter(&pixmap);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    return pixmap;
}
} // namespace

QByteArray IconProvider::recoloured(const QString &name, const QColor &color)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    const QByteArray replacement = color.name(QColor::HexRgb).toLatin1();
    svg.replace("#000000", replacement);
    svg.replace(QByteArrayLiteral("#000\""), QByteArray(replacement + '"'));
    return svg;
}

QIcon IconProvider::icon(const QString &name, const QPalette &palette)
{
    static QHash<QString, QIcon> cache;
    const QColor normal = palette.color(QPalette::Active, QPalette::ButtonText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::ButtonText);
    const QString key = name + normal.name() + disabled.name();
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    const QByteArray normalSvg = recoloured(name, normal);
    if (normalSvg.isEmpty())
        return {};
    const QByteArray disabledSvg = recoloured(name, disabled);
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QIcon icon;
    for (int size : kSizes) {
        icon.addPixmap(render(normalSvg, size, ratio), QIcon::Normal);
        QPixmap faded = render(disabledSvg, size, ratio);
        {
            // Accents fade too, so an off button never looks ready.
            QPainter painter(&faded);
            painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            painter.fillRect(faded.rect(), QColor(0, 0, 0, 110));
        }
        icon.addPixmap(faded, QIcon::Disabled);
    }
    cache.insert(key, icon);
    return icon;
}

QIcon IconProvider::applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/parkbar.svg"));
}
