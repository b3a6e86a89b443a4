#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QString>

class QPalette;

// The bar's SVG icons, recoloured for the palette. Action and status icons
// draw their shapes in #000000, which is replaced by the palette's text
// colour (and its disabled colour for the disabled mode), so they read in
// light and dark themes alike; accent colours are kept.
class IconProvider final
{
public:
    static QIcon icon(const QString &name, const QPalette &palette);
    static QIcon applicationIcon();

private:
    static QByteArray recoloured(const QString &name, const QColor &color);
};
