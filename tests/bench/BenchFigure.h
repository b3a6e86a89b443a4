#pragma once

#include <QString>

#include <optional>

// One measured figure: printed as "name value unit", then in the table with its goal.
struct BenchFigure
{
    QString name;
    double value = 0;
    QString unit;
    QString goal;           // "< 200 ms"; empty when the brief sets none
    std::optional<bool> met; // against the goal
    QString note;           // how it was measured, in a few words
};
