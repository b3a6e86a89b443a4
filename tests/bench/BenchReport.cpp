#include "BenchReport.h"

#include <algorithm>

namespace {

QString formatValue(double value)
{
    if (value != 0 && std::abs(value) < 0.01)
        return QString::number(value, 'g', 3);
    return QString::number(value, 'f', std::abs(value) >= 100 ? 1 : 3);
}

} // namespace

void BenchReport::add(const BenchFigure &figure)
{
    m_figures.append(figure);
    m_out << figure.name << ' ' << formatValue(figure.value) << ' ' << figure.unit << Qt::endl;
}

void BenchReport::skip(const QString &name, const QString &reason)
{
    m_skipped.append(name + QStringLiteral(": ") + reason);
    m_out << "# skipped " << name << ": " << reason << Qt::endl;
}

const BenchFigure *BenchReport::find(const QString &name) const
{
    for (const BenchFigure &figure : m_figures) {
        if (figure.name == name)
            return &figure;
    }
    return nullptr;
}

int BenchReport::missedGoals() const
{
    return int(std::count_if(m_figures.cbegin(), m_figures.cend(),
                             [](const BenchFigure &figure) { return figure.met.has_value() && !*figure.met; }));
}

void BenchReport::printTable()
{
    qsizetype nameWidth = 6;
    qsizetype valueWidth = 5;
    for (const BenchFigure &figure : std::as_const(m_figures)) {
        nameWidth = std::max(nameWidth, figure.name.size());
        valueWidth = std::max(valueWidth, formatValue(figure.value).size() + 1 + figure.unit.size());
    }
    m_out << Qt::endl;
    m_out << QStringLiteral("figure").leftJustified(nameWidth) << "  " << QStringLiteral("value").leftJustified(valueWidth)
          << "  " << QStringLiteral("goal").leftJustified(14) << "  " << QStringLiteral("met").leftJustified(4) << "  how" << Qt::endl;
    for (const BenchFigure &figure : std::as_const(m_figures)) {
        const QString value = formatValue(figure.value) + QLatin1Char(' ') + figure.unit;
        const QString met = !figure.met ? QString() : *figure.met ? QStringLiteral("yes") : QStringLiteral("NO");
        m_out << figure.name.leftJustified(nameWidth) << "  " << value.leftJustified(valueWidth) << "  "
              << figure.goal.leftJustified(14) << "  " << met.leftJustified(4) << "  " << figure.note << Qt::endl;
    }
    for (const QString &skipped : std::as_const(m_skipped))
        m_out << "skipped: " << skipped << Qt::endl;
}
