#include "widgets/overlay/EstimateTexts.h"

#include "widgets/base/Translation.h"

#include "model/DisplayName.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {

using core::solver::ComponentResult;
using core::solver::Figure;
using core::solver::Saturation;
using core::solver::Solution;

QString approx(bool approximate) {
    return approximate ? QStringLiteral("≈") : QString();
}

bool anyApproximate(const ComponentResult& r) {
    return r.arrivalApproximate || r.utilisation.approximate || r.meanResponse.approximate ||
           r.p99Response.approximate || r.dropRate.approximate;
}

} // namespace

QString EstimateTexts::rate(double perSecond) {
    return localized(core::readableRate(perSecond));
}

QString EstimateTexts::percent(const Figure& utilisation) {
    return localized(core::readableUtilisation(utilisation.value, utilisation.approximate));
}

QString EstimateTexts::seconds(const Figure& time) {
    return localized(core::readableSeconds(time.value, time.approximate));
}

QString EstimateTexts::availability(double fraction) {
    return localized(core::readableAvailability(fraction));
}

QString EstimateTexts::localized(const core::ReadableNumber& shown) {
    using core::ReadableNumber;
    switch (shown.special) {
    case ReadableNumber::Special::Infinite:
        return QStringLiteral("∞");
    case ReadableNumber::Special::Unknown:
        return QStringLiteral("?");
    case ReadableNumber::Special::None:
        break;
    }
    QString number = QLocale().toString(shown.number, shown.scientific ? 'e' : 'f', shown.decimals);
    if (shown.bound == ReadableNumber::Bound::Below)
        number.prepend(u'<');
    else if (shown.bound == ReadableNumber::Bound::Above)
        number.prepend(u'>');
    if (shown.approximate)
        number.prepend(u'≈');
    switch (shown.unit) {
    case ReadableNumber::Unit::Percent:
        return tr("%1%").arg(number);
    case ReadableNumber::Unit::Seconds:
        return tr("%1 s").arg(number);
    case ReadableNumber::Unit::Milliseconds:
        return tr("%1 ms").arg(number);
    case ReadableNumber::Unit::None:
        break;
    }
    return number;
}

ComponentLoad EstimateTexts::componentLoad(const ComponentResult& result,
                                           const core::Design& design, const Solution& solution) {
    ComponentLoad load;
    load.band = LoadBand::Neutral;
    if (!result.station)
        return load; // a client or a note: nothing queues there
    if (!result.carriesTraffic) {
        load.text = tr("no traffic");
        load.toolTip = tr("No request reaches it at this load.");
        return load;
    }
    load.saturated = result.saturation == Saturation::Overloaded ||
                     result.saturation == Saturation::WaitsOnCallee ||
                     !(result.utilisation.value < 1);
    load.band = load.saturated ? LoadBand::Saturated : loadBandFor(result.utilisation.value);
    load.bottleneck = solution.capacity.bottleneck == result.id;
    load.text = tr("%1 req/s · %2")
                    .arg(approx(result.arrivalApproximate) + rate(result.arrivalRate),
                         percent(result.utilisation));
    if (load.bottleneck && load.saturated)
        load.badge = tr("bottleneck · saturated");
    else if (load.bottleneck)
        load.badge = tr("bottleneck");
    else if (load.saturated)
        load.badge = tr("saturated");
    load.toolTip = toolTip(result, design, solution, load.bottleneck);
    return load;
}

QString EstimateTexts::toolTip(const ComponentResult& r, const core::Design& design,
                               const Solution& solution, bool bottleneck) {
    QStringList lines;
    lines << title(solution.rates);
    lines << tr("Arrivals: %1 req/s").arg(approx(r.arrivalApproximate) + rate(r.arrivalRate));
    if (r.classes.size() > 1) {
        QStringList parts;
        for (const auto& load : r.classes)
            parts << tr("%1 %2 req/s")
                         .arg(QString::fromStdString(load.requestClass), rate(load.arrivalRate));
        lines << tr("By class: %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (r.stations > 1)
        lines << tr("Utilisation: %1 (the busiest of %2 queues)")
                     .arg(percent(r.utilisation))
                     .arg(r.stations);
    else
        lines << tr("Utilisation: %1").arg(percent(r.utilisation));
    lines << tr("Mean response: %1 · p99: %2").arg(seconds(r.meanResponse), seconds(r.p99Response));
    if (r.dropRate.value > 0)
        lines
            << tr("Dropped: %1 req/s").arg(approx(r.dropRate.approximate) + rate(r.dropRate.value));
    if (bottleneck)
        lines << tr("The bottleneck: the highest utilisation in the design.");
    switch (r.saturation) {
    case Saturation::Overloaded:
        lines << tr("Saturated: more arrives than it can serve; its queue grows without bound.");
        break;
    case Saturation::WaitsOnCallee:
        lines << tr("Saturated: its workers wait for %1, which is saturated.")
                     .arg(QString::fromStdString(core::displayName(design, r.saturatedBecauseOf)));
        break;
    case Saturation::FedBySaturated:
        lines << tr("Behind %1, which is saturated: it gets what that one lets through.")
                     .arg(QString::fromStdString(core::displayName(design, r.saturatedBecauseOf)));
        break;
    case Saturation::None:
        break;
    }
    if (anyApproximate(r))
        lines << tr("≈ marks an approximation.");
    return lines.join(u'\n');
}

QString EstimateTexts::title(core::solver::RateBasis basis) {
    return basis == core::solver::RateBasis::Peak ? tr("Estimate at peak load")
                                                  : tr("Estimate at average load");
}

QString EstimateTexts::summary(const Solution& solution, const core::Design& design) {
    QStringList parts;
    const auto& capacity = solution.capacity;
    if (capacity.bottleneck.empty())
        parts << tr("No component carries traffic");
    else
        parts << tr("Bottleneck: %1 at %2")
                     .arg(QString::fromStdString(core::displayName(design, capacity.bottleneck)),
                          percent(capacity.bottleneckUtilisation));
    if (std::isfinite(capacity.sustainableRate.value))
        parts << tr("sustainable up to %1 req/s")
                     .arg(approx(capacity.sustainableRate.approximate) +
                          rate(capacity.sustainableRate.value));
    if (!solution.requirements.empty()) {
        const auto met = std::count_if(solution.requirements.begin(), solution.requirements.end(),
                                       [](const auto& r) { return r.met; });
        const auto missed = static_cast<qsizetype>(solution.requirements.size()) - met;
        parts << tr("requirements: %1 met, %2 missed").arg(met).arg(missed);
    }
    parts << tr("availability %1")
                 .arg(approx(solution.availability.approximate) +
                      availability(solution.availability.value));
    return parts.join(QStringLiteral(" · "));
}

QString EstimateTexts::problems(const core::Problems& problems) {
    QStringList lines;
    lines << tr("No estimate for this design:");
    constexpr qsizetype kShown = 4;
    for (const core::Problem& problem : problems) {
        if (lines.size() > kShown) {
            lines << tr("… and %n more", nullptr,
                        static_cast<int>(static_cast<qsizetype>(problems.size()) - kShown));
            break;
        }
        QString line = translatedMessage(problem.message);
        if (!problem.place.empty())
            line = QString::fromStdString(problem.place) + QStringLiteral(": ") + line;
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace studio::widgets
