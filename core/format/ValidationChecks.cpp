#include "format/ValidationChecks.h"

#include "model/EnumNames.h"

#include <cmath>
#include <map>

#include <unordered_map>

namespace studio::core::format {

namespace {

constexpr const char* kContext = "Validation";

// Upper bounds that catch absurd numbers (a typo, 1e308) rather than limit real designs.
constexpr double kMaxServiceSeconds = 1e5;
constexpr double kMaxCv = 100;
constexpr double kMaxRate = 1e9; // requests per second
// Lower bounds on what divides: a denormal rate or service time (1e-320) would pass "above
// 0" and then read as infinite capacity or time. One request in about 32 years; a
// nanosecond of service.
constexpr double kMinRate = 1e-9;
constexpr double kMinServiceSeconds = 1e-9;
constexpr double kMaxPopulation = 1e9; // users
constexpr double kMaxFactor = 1000;    // peak factor, burst factor, hourly multiplier
constexpr double kMaxRunSeconds = 1e7; // burst start and duration (about 4 months)
constexpr double kMaxThinkSeconds = 86400;
constexpr double kMaxBytes = 1e12;
constexpr double kMaxTimeoutSeconds = 3600;
constexpr double kMaxBackoffSeconds = 3600;
constexpr double kMaxOpenSeconds = 86400;
constexpr int kMaxRetries = 100;
constexpr int kMaxWindow = 1000000;
constexpr double kMixTolerance = 1e-6;

std::string indexed(const std::string& place, const char* key, std::size_t index) {
    return place + "." + key + "[" + std::to_string(index) + "]";
}

void checkServiceTime(Problems& problems, const std::string& place, const ServiceTime& time,
                      bool station) {
    if (checkRange(problems, place, "mean", time.mean, 0, kMaxServiceSeconds, station) && station &&
        time.mean < kMinServiceSeconds)
        report(problems, place, "mean",
               SDS_TRANSLATE_NOOP("Validation",
                                  "mean must be at least %1 s (a nanosecond) on a station, got %2"),
               {formatNumber(kMinServiceSeconds), formatNumber(time.mean)});
    const std::string cv = formatNumber(time.cv);
    switch (time.distribution) {
    case Distribution::Exponential:
        if (time.cv != 1)
            report(problems, place, "cv",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "cv must be 1 for an exponential distribution, got %1"),
                   {cv});
        return;
    case Distribution::Deterministic:
        if (time.cv != 0)
            report(problems, place, "cv",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "cv must be 0 for a deterministic distribution, got %1"),
                   {cv});
        return;
    case Distribution::Lognormal:
        if (!(time.cv > 0))
            report(problems, place, "cv",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "cv must be > 0 for a lognormal distribution, got %1"),
                   {cv});
        else
            checkRange(problems, place, "cv", time.cv, 0, kMaxCv);
        return;
    case Distribution::Hyperexponential:
        if (!(time.cv >= 1))
            report(problems, place, "cv",
                   SDS_TRANSLATE_NOOP(
                       "Validation", "cv must be >= 1 for a hyperexponential distribution, got %1"),
                   {cv});
        else
            checkRange(problems, place, "cv", time.cv, 1, kMaxCv);
        return;
    }
}

void checkClasses(Problems& problems, const std::string& place,
                  const std::vector<RequestClass>& classes) {
    if (classes.empty()) {
        report(problems, place, "classes",
               SDS_TRANSLATE_NOOP("Validation",
                                  "classes is empty; a workload needs at least one request class "
                                  "(e.g. {\"name\": \"read\", \"mix\": 1})"),
               {});
        return;
    }
    std::map<std::string, std::size_t> seen;
    double mixes = 0;
    for (std::size_t i = 0; i < classes.size(); ++i) {
        const RequestClass& requestClass = classes[i];
        const std::string classPlace = indexed(place, "classes", i);
        if (requestClass.name.empty())
            report(problems, classPlace, "name",
                   SDS_TRANSLATE_NOOP("Validation", "name must not be empty"), {});
        else if (const auto [it, added] = seen.emplace(requestClass.name, i); !added)
            report(problems, classPlace, "name",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "name \"%1\" is already used by classes[%2]; names must "
                                      "be unique within a workload"),
                   {requestClass.name, std::to_string(it->second)});
        checkRange(problems, classPlace, "mix", requestClass.mix, 0, 1, true);
        checkRange(problems, classPlace, "request_bytes", requestClass.requestBytes, 0, kMaxBytes);
        checkRange(problems, classPlace, "response_bytes", requestClass.responseBytes, 0,
                   kMaxBytes);
        mixes += requestClass.mix;
    }
    if (!(std::fabs(mixes - 1) <= kMixTolerance))
        report(
            problems, place, "classes",
            SDS_TRANSLATE_NOOP("Validation", "the mixes of the classes must add up to 1, got %1"),
            {formatNumber(mixes)});
}

} // namespace

bool checkRange(Problems& problems, const std::string& place, const std::string& key, double value,
                double min, double max, bool minExclusive) {
    const std::string got = formatNumber(value);
    if (!std::isfinite(value)) {
        report(problems, place, key,
               SDS_TRANSLATE_NOOP("Validation", "%1 must be a finite number, got %2"), {key, got});
        return false;
    }
    if (minExclusive ? !(value > min) : !(value >= min)) {
        report(problems, place, key,
               minExclusive ? SDS_TRANSLATE_NOOP("Validation", "%1 must be > %2, got %3")
                            : SDS_TRANSLATE_NOOP("Validation", "%1 must be >= %2, got %3"),
               {key, formatNumber(min), got});
        return false;
    }
    if (value > max) {
        report(problems, place, key, SDS_TRANSLATE_NOOP("Validation", "%1 must be <= %2, got %3"),
               {key, formatNumber(max), got});
        return false;
    }
    return true;
}

std::string RequestClasses::list() const {
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out.empty() ? std::string("none") : out;
}

void RequestClasses::check(Problems& problems, const std::string& place, const std::string& key,
                           const std::string& name) const {
    if (names.count(name))
        return;
    report(problems, place, key,
           SDS_TRANSLATE_NOOP("Validation",
                              "%1 names request class \"%2\", which no client's workload "
                              "defines (defined: %3)"),
           {key, name, list()});
}

void checkService(Problems& problems, const std::string& place, const ServiceSpec& service,
                  bool station, const RequestClasses& classes) {
    checkServiceTime(problems, place, service.base, station);
    for (const auto& [name, time] : service.byClass) {
        classes.check(problems, place, "by_class", name);
        checkServiceTime(problems, place + ".by_class." + name, time, station);
    }
}

void checkWorkload(Problems& problems, const std::string& place, const Workload& workload) {
    if (workload.type == WorkloadType::Open) {
        if (checkRange(problems, place, "rate", workload.rate, 0, kMaxRate, true) &&
            workload.rate < kMinRate)
            report(problems, place, "rate",
                   SDS_TRANSLATE_NOOP("Validation", "rate must be at least %1 req/s (one request "
                                                    "in about 32 years), got %2"),
                   {formatNumber(kMinRate), formatNumber(workload.rate)});
    } else
        checkRange(problems, place, "population", static_cast<double>(workload.population), 1,
                   kMaxPopulation);
    checkRange(problems, place, "peak_factor", workload.peakFactor, 1, kMaxFactor);
    checkRange(problems, place, "think_time", workload.thinkTime, 0, kMaxThinkSeconds);
    if (!workload.dailyCurve.empty() && workload.dailyCurve.size() != 24)
        report(problems, place, "daily_curve",
               SDS_TRANSLATE_NOOP("Validation",
                                  "daily_curve must have 24 values (one per hour), got %1"),
               {std::to_string(workload.dailyCurve.size())});
    for (std::size_t hour = 0; hour < workload.dailyCurve.size(); ++hour)
        checkRange(problems, place, "daily_curve[" + std::to_string(hour) + "]",
                   workload.dailyCurve[hour], 0, kMaxFactor);
    for (std::size_t i = 0; i < workload.bursts.size(); ++i) {
        const Burst& burst = workload.bursts[i];
        const std::string burstPlace = indexed(place, "bursts", i);
        checkRange(problems, burstPlace, "start", burst.start, 0, kMaxRunSeconds);
        checkRange(problems, burstPlace, "duration", burst.duration, 0, kMaxRunSeconds, true);
        checkRange(problems, burstPlace, "factor", burst.factor, 0, kMaxFactor, true);
    }
    checkClasses(problems, place, workload.classes);
    checkTimeout(problems, place, workload.timeout);
    checkRetry(problems, place + ".retry", workload.retry);
}

void checkRetry(Problems& problems, const std::string& place, const RetryPolicy& retry) {
    checkRange(problems, place, "max_retries", retry.maxRetries, 0, kMaxRetries);
    checkRange(problems, place, "budget", retry.budget, 0, 1);
    if (checkRange(problems, place, "backoff", retry.backoff, 0, kMaxBackoffSeconds) &&
        std::isfinite(retry.maxBackoff) && retry.maxBackoff < retry.backoff)
        report(problems, place, "max_backoff",
               SDS_TRANSLATE_NOOP("Validation", "max_backoff must be >= backoff (%1), got %2"),
               {formatNumber(retry.backoff), formatNumber(retry.maxBackoff)});
    else
        checkRange(problems, place, "max_backoff", retry.maxBackoff, 0, kMaxBackoffSeconds);
}

void checkBreaker(Problems& problems, const std::string& place, const CircuitBreaker& breaker) {
    checkRange(problems, place, "failure_ratio", breaker.failureRatio, 0, 1, true);
    checkRange(problems, place, "window", breaker.window, 1, kMaxWindow);
    checkRange(problems, place, "open_for", breaker.openFor, 0, kMaxOpenSeconds);
}

void checkTimeout(Problems& problems, const std::string& place, double timeout) {
    checkRange(problems, place, "timeout", timeout, 0, kMaxTimeoutSeconds);
}

void report(Problems& problems, const std::string& place, std::string key, const char* templ,
            std::vector<std::string> args) {
    problems.push_back(makeProblem(place, kContext, templ, std::move(args)));
    problems.back().about.key = std::move(key);
}

namespace {

template <class T> std::unordered_map<std::string_view, std::size_t> indexById(const T& items) {
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        index.emplace(items[i].id, i); // the first keeps its place
    return index;
}

} // namespace

DesignIndex::DesignIndex(const Design& design)
    : design(design)
    , components(indexById(design.components))
    , zones(indexById(design.zones)) {}

const Component* DesignIndex::findComponent(const std::string& id) const {
    const auto it = components.find(id);
    return it == components.end() ? nullptr : &design.components[it->second];
}

const Zone* DesignIndex::findZone(const std::string& id) const {
    const auto it = zones.find(id);
    return it == zones.end() ? nullptr : &design.zones[it->second];
}

} // namespace studio::core::format
