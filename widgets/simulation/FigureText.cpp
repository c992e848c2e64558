#include "widgets/simulation/FigureText.h"

#include "widgets/overlay/EstimateTexts.h"

#include <cmath>

namespace studio::widgets {

QString figureText(double value, Measure measure) {
    switch (measure) {
    case Measure::Rate:
        return EstimateTexts::rate(value);
    case Measure::Seconds:
        return EstimateTexts::seconds({value, false});
    case Measure::Utilisation:
        return EstimateTexts::percent({value, false});
    case Measure::Availability:
        return EstimateTexts::availability(value);
    }
    return QString::number(value);
}

QString intervalText(const core::sim::Interval& interval, Measure measure) {
    if (interval.replications == 0)
        return QStringLiteral("-");
    QString text = figureText(interval.mean, measure);
    if (interval.replications > 1 && std::isfinite(interval.halfWidth) && interval.halfWidth > 0) {
        const Measure spread = measure == Measure::Availability ? Measure::Utilisation : measure;
        text += QStringLiteral(" ±") + figureText(interval.halfWidth, spread);
    }
    return text;
}

QString comparedText(const core::sim::Interval& interval, Measure measure,
                     std::optional<double> estimate) {
    QString text = intervalText(interval, measure);
    if (estimate)
        text += QStringLiteral(" [") + figureText(*estimate, measure) + u']';
    if (core::sim::estimateOutside(interval, estimate))
        text += u'*';
    return text;
}

} // namespace studio::widgets
