#include "vicidial/SubStatus.h"

#include <QLatin1StringView>

SubStatus subStatusOf(QStringView word)
{
    if (word.isEmpty())
        return SubStatus::None;
    static constexpr struct
    {
        QLatin1StringView word;
        SubStatus status;
    } kWords[] = {
        {QLatin1StringView("PARK"), SubStatus::Park},       {QLatin1StringView("DEAD"), SubStatus::Dead},
        {QLatin1StringView("DISPO"), SubStatus::Dispo},     {QLatin1StringView("3-WAY"), SubStatus::ThreeWay},
        {QLatin1StringView("RING"), SubStatus::Ring},       {QLatin1StringView("PREVIEW"), SubStatus::Preview},
        {QLatin1StringView("DIAL"), SubStatus::Dial},
    };
    for (const auto &known : kWords) {
        if (word == known.word)
            return known.status;
    }
    return SubStatus::Other;
}
