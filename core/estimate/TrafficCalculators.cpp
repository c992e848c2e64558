#include "estimate/TrafficCalculators.h"

namespace studio::core::estimate {

namespace {

constexpr double kSecondsPerDay = 86400;
constexpr const char* kContext = "Estimate";

Message say(const char* text, std::vector<std::string> args) {
    return Message{kContext, text, std::move(args)};
}

std::string count(double value) {
    return shown(value, Dimension::Count);
}

std::string perSecond(double value) {
    return shown(value, Dimension::Rate, "req/s");
}

} // namespace

Calculation traffic(double dau, double actionsPerDay, double bytesPerAction, double peakFactor) {
    const double perDay = dau * actionsPerDay;
    const double average = perDay / kSecondsPerDay;
    const double peak = average * peakFactor;
    Calculation result;
    result.calculator = "traffic";
    result.outputs = {
        {"requests_per_day", perDay, Dimension::Count, "req/day"},
        {"requests_per_second", average, Dimension::Rate, "req/s"},
        {"peak_requests_per_second", peak, Dimension::Rate, "req/s"},
    };
    result.formula = {
        say(SDS_TRANSLATE_NOOP("Estimate", "%1 DAU x %2 actions/day / 86,400 s = %3"),
            {count(dau), count(actionsPerDay), perSecond(average)}),
        say(SDS_TRANSLATE_NOOP("Estimate", "peak: %1 x peak factor %2 = %3"),
            {perSecond(average), count(peakFactor), perSecond(peak)}),
    };
    if (bytesPerAction > 0) {
        const double bytesPerDay = perDay * bytesPerAction;
        result.outputs.push_back({"bytes_per_day", bytesPerDay, Dimension::Bytes, "/day"});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "%1 DAU x %2 actions/day x %3 = %4/day"),
                {count(dau), count(actionsPerDay), shown(bytesPerAction, Dimension::Bytes),
                 shown(bytesPerDay, Dimension::Bytes)}));
    }
    result.notes = {say(SDS_TRANSLATE_NOOP("Estimate", "a day is 86,400 s"), {})};
    return result;
}

Calculation eventRate(double count, double periodSeconds) {
    const double rate = count / periodSeconds;
    Calculation result;
    result.calculator = "rate";
    result.outputs = {
        {"per_second", rate, Dimension::Rate, "req/s"},
        {"per_day", rate * kSecondsPerDay, Dimension::Count, "/day"},
    };
    result.formula = {say(SDS_TRANSLATE_NOOP("Estimate", "%1 / %2 (%3 s) = %4"),
                          {shown(count, Dimension::Count), shown(periodSeconds, Dimension::Seconds),
                           formatNumber(periodSeconds), perSecond(rate)})};
    result.notes = {say(
        SDS_TRANSLATE_NOOP("Estimate", "a day is 86,400 s, a month 30 days, a year 365 days"), {})};
    return result;
}

Calculation storage(double bytesPerDay, double days, double replicas) {
    const double perReplica = bytesPerDay * days;
    const double total = perReplica * replicas;
    Calculation result;
    result.calculator = "storage";
    result.outputs = {
        {"bytes", total, Dimension::Bytes},
        {"bytes_per_replica", perReplica, Dimension::Bytes},
    };
    result.formula = {say(SDS_TRANSLATE_NOOP("Estimate", "%1/day x %2 x %3 replicas = %4"),
                          {shown(bytesPerDay, Dimension::Bytes), shown(days, Dimension::Days),
                           count(replicas), shown(total, Dimension::Bytes)})};
    return result;
}

Calculation dataset(double items, double bytesPerItem, double replicas) {
    const double total = items * bytesPerItem * replicas;
    Calculation result;
    result.calculator = "dataset";
    result.outputs = {{"bytes", total, Dimension::Bytes}};
    if (replicas == 1)
        result.formula = {say(
            SDS_TRANSLATE_NOOP("Estimate", "%1 items x %2 = %3"),
            {count(items), shown(bytesPerItem, Dimension::Bytes), shown(total, Dimension::Bytes)})};
    else
        result.formula = {say(SDS_TRANSLATE_NOOP("Estimate", "%1 items x %2 x %3 replicas = %4"),
                              {count(items), shown(bytesPerItem, Dimension::Bytes), count(replicas),
                               shown(total, Dimension::Bytes)})};
    return result;
}

Calculation bandwidth(double requestsPerSecond, double bytesPerRequest) {
    const double bytes = requestsPerSecond * bytesPerRequest;
    Calculation result;
    result.calculator = "bandwidth";
    result.outputs = {
        {"bytes_per_second", bytes, Dimension::BytesPerSecond},
        {"bits_per_second", bytes * 8, Dimension::BitsPerSecond},
    };
    result.formula = {
        say(SDS_TRANSLATE_NOOP("Estimate", "%1 x %2 = %3 = %4"),
            {perSecond(requestsPerSecond), shown(bytesPerRequest, Dimension::Bytes),
             shown(bytes, Dimension::BytesPerSecond), shown(bytes * 8, Dimension::BitsPerSecond)})};
    result.notes = {say(SDS_TRANSLATE_NOOP("Estimate", "8 bits a byte"), {})};
    return result;
}

Calculation cacheHits(double requestsPerSecond, double hitRatio) {
    const double hits = requestsPerSecond * hitRatio;
    const double misses = requestsPerSecond * (1 - hitRatio);
    Calculation result;
    result.calculator = "hitratio";
    result.outputs = {
        {"hits_per_second", hits, Dimension::Rate, "req/s"},
        {"misses_per_second", misses, Dimension::Rate, "req/s"},
    };
    result.formula = {say(
        SDS_TRANSLATE_NOOP("Estimate", "%1 x (1 - %2 hits) = %3 reach the origin"),
        {perSecond(requestsPerSecond), shown(hitRatio, Dimension::Fraction), perSecond(misses)})};
    return result;
}

} // namespace studio::core::estimate
