#pragma once

#include "widgets/canvas/items/ComponentLoad.h"

#include "model/Design.h"
#include "solver/Solution.h"
#include "util/Problem.h"
#include "util/ReadableNumber.h"

#include <QCoreApplication>
#include <QString>

namespace studio::widgets {

// The estimate overlay's texts, in the current language, numbers in the locale's format.
// "≈" marks an approximate figure.
class EstimateTexts {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::EstimateTexts)

public:
    // What a component shows: its band, "1,157 req/s · 72%", its tag and its tooltip.
    static ComponentLoad componentLoad(const core::solver::ComponentResult& result,
                                       const core::Design& design,
                                       const core::solver::Solution& solution);

    // The design in one line: bottleneck and its utilisation, highest sustainable rate,
    // requirements met and missed, availability.
    static QString summary(const core::solver::Solution& solution, const core::Design& design);
    // "Estimate at peak load" or "... at average load".
    static QString title(core::solver::RateBasis basis);
    // Why there is no estimate: one line per problem, with its place.
    static QString problems(const core::Problems& problems);

    // The figures by core's rules (util/ReadableNumber.h), in the locale's digits:
    // 1157.4 -> "1,157"; 12.345 -> "12.3"; 0.25 -> "0.25".
    static QString rate(double perSecond);
    // A utilisation: 0.724 -> "72%", 0.996 -> "99.6%", 0.9996 -> ">99.9%" (100% means
    // saturated), 1.3 -> "130%".
    static QString percent(const core::solver::Figure& utilisation);
    // 0.0052 -> "5.2 ms", 1.5 -> "1.5 s", +inf -> "∞".
    static QString seconds(const core::solver::Figure& time);
    // 0.998001 -> "99.80%": enough decimals to show the nines.
    static QString availability(double fraction);

private:
    // `shown` with the locale's digits and separators and its unit translated.
    static QString localized(const core::ReadableNumber& shown);
    static QString toolTip(const core::solver::ComponentResult& result, const core::Design& design,
                           const core::solver::Solution& solution, bool bottleneck);
};

} // namespace studio::widgets
