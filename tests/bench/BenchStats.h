#pragma once

#include <QList>

// Order statistics over samples.
namespace BenchStats {
double median(QList<double> samples);
// p in [0, 100]; nearest rank.
double percentile(QList<double> samples, double p);
double maximum(const QList<double> &samples);
} // namespace BenchStats
