#include "BenchStats.h"

#include <algorithm>
#include <cmath>

double BenchStats::percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(samples.size()))), 1, samples.size());
    return samples.at(rank - 1);
}

double BenchStats::median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
}

double BenchStats::maximum(const QList<double> &samples)
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend());
}
