// Renders ParkBar's SVG icons to PNG and ICO at build time, and draws preview
// sheets for whoever edits the icons. Plain raster painting: no platform
// plugin and no display are needed, except for the labelled sheet.
#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The bar recolours this exact colour to the palette's text colour.
constexpr auto kForegroundPlaceholder = "#000000";

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<QByteArray> readSvg(const QString &path, const QColor &foreground)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "cannot read " << path << ": " << file.errorString() << Qt::endl;
        return std::nullopt;
    }
    QByteArray svg = file.readAll();
    if (foreground.isValid())
        svg.replace(kForegroundPlaceholder, foreground.name(QColor::HexRgb).toLatin1());
    return svg;
}

std::optional<QImage> render(const QByteArray &svg, const QString &name, int size, const QColor &background)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        err() << name << " is not a valid SVG" << Qt::endl;
        return std::nullopt;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background.isValid() ? background : QColor(Qt::transparent));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

bool writePng(const QImage &image, const QString &path)
{
    if (!image.save(path, "PNG")) {
        err() << "cannot write " << path << Qt::endl;
        return false;
    }
    return true;
}

void appendLe16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

void appendLe32(QByteArray &out, quint32 value)
{
    appendLe16(out, quint16(value & 0xffff));
    appendLe16(out, quint16(value >> 16));
}

// An ICO holding one PNG per size, as Windows Vista and later read it.
bool writeIco(const QList<QImage> &images, const QString &path)
{
    QList<QByteArray> pngs;
    for (const QImage &image : images) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        pngs.append(png);
    }
    QByteArray out;
    appendLe16(out, 0);
    appendLe16(out, 1);
    appendLe16(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = images.at(i).width();
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0));
        out.append(char(0));
        appendLe16(out, 1);
        appendLe16(out, 32);
        appendLe32(out, quint32(pngs.at(i).size()));
        appendLe32(out, offset);
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &png : pngs)
        out.append(png);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size()) {
        err() << "cannot write " << path << Qt::endl;
        return false;
    }
    return true;
}

// One row per icon: each size on a light and on a dark background, with the
// placeholder colour replaced by that palette's text colour, as the bar does.
bool writeSheet(const QString &path, const QStringList &svgPaths, int zoom)
{
    const QList<int> sizes{16, 24, 32, 48};
    const struct { QColor background; QColor text; } palettes[] = {
        {QColor(0xff, 0xff, 0xff), QColor(0x20, 0x21, 0x24)},
        {QColor(0x20, 0x21, 0x24), QColor(0xe8, 0xea, 0xed)},
    };
    constexpr int labelWidth = 170;
    constexpr int cell = 56;
    constexpr int panelWidth = cell * 4;
    QImage sheet(labelWidth + 2 * panelWidth, cell * int(svgPaths.size()), QImage::Format_ARGB32_Premultiplied);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    painter.fillRect(labelWidth + panelWidth, 0, panelWidth, sheet.height(), palettes[1].background);
    for (qsizetype row = 0; row < svgPaths.size(); ++row) {
        const QString &svgPath = svgPaths.at(row);
        const int y = int(row) * cell;
        painter.setPen(Qt::black);
        painter.drawText(QRect(4, y, labelWidth - 8, cell), Qt::AlignVCenter, QFileInfo(svgPath).completeBaseName());
        for (int p = 0; p < 2; ++p) {
            const auto svg = readSvg(svgPath, palettes[p].text);
            if (!svg)
                return false;
            for (qsizetype s = 0; s < sizes.size(); ++s) {
                const int size = sizes.at(s);
                const auto image = render(*svg, svgPath, size, QColor());
                if (!image)
                    return false;
                const int x = labelWidth + p * panelWidth + int(s) * cell + (cell - size) / 2;
                painter.drawImage(x, y + (cell - size) / 2, *image);
            }
        }
    }
    painter.end();
    if (zoom > 1)
        sheet = sheet.scaled(sheet.size() * zoom, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    return writePng(sheet, path);
}

int usage()
{
    err() << "usage:\n"
             "  parkbar-icon-render png SVG SIZE OUT.png [--background COLOR] [--foreground COLOR]\n"
             "  parkbar-icon-render ico SVG OUT.ico SIZE...\n"
             "  parkbar-icon-render sheet OUT.png [--zoom N] SVG...\n"
             "--foreground replaces the placeholder colour #000000, as the bar does.\n";
    return 2;
}

int renderPng(const QStringList &args)
{
    if (args.size() < 3)
        return usage();
    bool ok = false;
    const int size = args.at(1).toInt(&ok);
    if (!ok || size <= 0)
        return usage();
    QColor background;
    QColor foreground;
    for (qsizetype i = 3; i + 1 < args.size(); i += 2) {
        if (args.at(i) == "--background"_L1)
            background = QColor::fromString(args.at(i + 1));
        else if (args.at(i) == "--foreground"_L1)
            foreground = QColor::fromString(args.at(i + 1));
        else
            return usage();
    }
    const auto svg = readSvg(args.at(0), foreground);
    if (!svg)
        return 1;
    const auto image = render(*svg, args.at(0), size, background);
    return image && writePng(*image, args.at(2)) ? 0 : 1;
}

int renderIco(const QStringList &args)
{
    if (args.size() < 3)
        return usage();
    const auto svg = readSvg(args.at(0), QColor());
    if (!svg)
        return 1;
    QList<QImage> images;
    for (qsizetype i = 2; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 256)
            return usage();
        const auto image = render(*svg, args.at(0), size, QColor());
        if (!image)
            return 1;
        images.append(*image);
    }
    return writeIco(images, args.at(1)) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.isEmpty())
        return usage();
    const QString mode = args.takeFirst();
    if (mode == "png"_L1)
        return renderPng(args);
    if (mode == "ico"_L1)
        return renderIco(args);
    if (mode == "sheet"_L1 && args.size() >= 2) {
        // Labels need fonts, which need a GUI application; no display is used.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const QString out = args.takeFirst();
        int zoom = 1;
        if (args.size() >= 2 && args.first() == "--zoom"_L1) {
            args.removeFirst();
            zoom = qBound(1, args.takeFirst().toInt(), 8);
        }
        return writeSheet(out, args, zoom) ? 0 : 1;
    }
    return usage();
}
