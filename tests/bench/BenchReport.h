#pragma once

#include "BenchFigure.h"

#include <QList>
#include <QTextStream>

// Collects the figures: prints each as it is measured, one line "name value
// unit", and a table with the goals at the end.
class BenchReport final
{
public:
    explicit BenchReport(QTextStream &out) : m_out(out) {}

    void add(const BenchFigure &figure);
    // A figure that could not be measured, with the reason.
    void skip(const QString &name, const QString &reason);
    const BenchFigure *find(const QString &name) const;
    void printTable();
    int missedGoals() const;

private:
    QTextStream &m_out;
    QList<BenchFigure> m_figures;
    QStringList m_skipped;
};
