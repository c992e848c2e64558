#include "practice/Curveballs.h"

#include "capacity/DesignScaling.h"
#include "model/DisplayName.h"
#include "sim/RunRecord.h"
#include "sim/Simulation.h"
#include "solver/Solver.h"
#include "util/ReadableNumber.h"

#include <algorithm>
#include <cmath>

namespace studio::core::practice {

namespace {

constexpr const char* kContext = "Practice";
constexpr double kRequests = 200'000; // a simulation's length in requests, about
constexpr double kLongest = 30;       // s of simulated time at most
constexpr double kShortest = 3;       // s at least

Message say(const char* text, std::vector<std::string> args = {}) {
    return Message{kContext, text, std::move(args)};
}

std::string seconds(double s) {
    return std::isfinite(s) ? readableSeconds(s).text() : "∞";
}

std::string percent(double fraction) {
    return formatNumber(std::round(fraction * 10000) / 100) + "%";
}

std::string rate(double r) {
    return formatNumber(std::round(r)) + " req/s";
}

// The worst p99 over the request classes: +inf when saturated; 0 without any.
double worstP99(const solver::Solution& s) {
    double worst = 0;
    for (const solver::RequestResult& r : s.requests)
        worst = std::max(worst, r.p99.value);
    return worst;
}

// The busiest component of `kinds`' test, by the solver's utilisation, or none.
template <class Pick>
const Component* busiest(const Design& design, const solver::Solution* solution, Pick pick) {
    const Component* best = nullptr;
    double most = -1;
    for (std::size_t i = 0; i < design.components.size(); ++i) {
        const Component& c = design.components[i];
        if (!pick(c))
            continue;
        const double u = solution ? solution->components[i].utilisation.value : 0;
        if (u > most)
            best = &c, most = u;
    }
    return best;
}

CurveballOutcome solvedChange(const Design& design, const Design& changed, const Catalog& catalog,
                              const std::string& target) {
    CurveballOutcome out;
    auto before = solver::solveDesign(design, {}, catalog);
    auto after = solver::solveDesign(changed, {}, catalog);
    if (!before || !after) {
        out.skip = say(SDS_TRANSLATE_NOOP("Practice", "the design cannot be solved yet: %1"),
                       {(before ? after : before).problems().front().text()});
        return out;
    }
    out.played = true;
    out.target = target;
    const solver::Solution& a = before.value();
    const solver::Solution& b = after.value();
    out.lines.push_back(say(SDS_TRANSLATE_NOOP("Practice", "worst p99: %1, was %2"),
                            {seconds(worstP99(b)), seconds(worstP99(a))}));
    if (!b.capacity.bottleneck.empty()) {
        const double u = b.capacity.bottleneckUtilisation.value;
        out.lines.push_back(
            u >= 1 ? say(SDS_TRANSLATE_NOOP("Practice", "%1 saturates: %2 of what it can serve"),
                         {displayName(design, b.capacity.bottleneck), percent(u)})
                   : say(SDS_TRANSLATE_NOOP("Practice", "busiest: %1 at %2 (was %3)"),
                         {displayName(design, b.capacity.bottleneck), percent(u),
                          percent(a.capacity.bottleneckUtilisation.value)}));
    }
    return out;
}

// Simulates `design` with and without `event` (its start and duration set here to the
// middle third of the run) and says what the requests saw.
CurveballOutcome simulatedFailure(const Design& design, FailureEvent event, const Catalog& catalog,
                                  const std::string& target) {
    CurveballOutcome out;
    auto solved = solver::solveDesign(design, {}, catalog);
    if (!solved || solved.value().capacity.offeredRate <= 0) {
        out.skip = say(SDS_TRANSLATE_NOOP("Practice", "the design sends no traffic yet: give a "
                                                      "client a workload"));
        return out;
    }
    const double length =
        std::clamp(kRequests / solved.value().capacity.offeredRate, kShortest, kLongest);
    event.start = length / 3;
    event.duration = length / 3;
    Design struck = design;
    struck.failures.push_back(event);
    sim::SimulationOptions options;
    options.duration = length;
    options.replications = 2;
    options.seed = 1;
    options.warmup = 0;
    auto calm = sim::simulateDesign(design, options, nullptr, catalog);
    auto hit = sim::simulateDesign(struck, options, nullptr, catalog);
    if (!calm || !hit) {
        out.skip = say(SDS_TRANSLATE_NOOP("Practice", "the design cannot be simulated yet: %1"),
                       {(calm ? hit : calm).problems().front().text()});
        return out;
    }
    const sim::RunHeadline a = sim::headlineOf(calm.value());
    const sim::RunHeadline b = sim::headlineOf(hit.value());
    out.played = true;
    out.target = target;
    out.lines.push_back(say(SDS_TRANSLATE_NOOP("Practice", "simulated %1 s, the failure from %2 s "
                                                           "for %3 s"),
                            {formatNumber(std::round(length * 10) / 10),
                             formatNumber(std::round(event.start * 10) / 10),
                             formatNumber(std::round(event.duration * 10) / 10)}));
    out.lines.push_back(say(SDS_TRANSLATE_NOOP("Practice", "requests answered: %1, %2 without it"),
                            {percent(b.answered), percent(a.answered)}));
    out.lines.push_back(say(SDS_TRANSLATE_NOOP("Practice", "worst p99: %1, %2 without it"),
                            {seconds(b.p99), seconds(a.p99)}));
    out.lines.push_back(say(SDS_TRANSLATE_NOOP("Practice", "answered in time: %1, %2 without it"),
                            {rate(b.goodput), rate(a.goodput)}));
    return out;
}

} // namespace

std::vector<Curveball> curveballs(const std::string& templateId) {
    std::vector<Curveball> balls = {
        {"primary-down", CurveballKind::PrimaryDown,
         say(SDS_TRANSLATE_NOOP("Practice", "The database primary fails. What happens to the "
                                            "requests in flight, and how does the system "
                                            "recover?"))},
        {"tenfold-traffic", CurveballKind::TenfoldTraffic,
         say(SDS_TRANSLATE_NOOP("Practice", "Traffic grows 10x. What breaks first, and what "
                                            "do you change?"))},
        {"hot-key", CurveballKind::HotKey,
         say(SDS_TRANSLATE_NOOP("Practice", "A celebrity posts: half of all requests hit one "
                                            "key. Which shard melts, and how do you spread "
                                            "the load?"))},
        {"cache-flushed", CurveballKind::CacheFlushed,
         say(SDS_TRANSLATE_NOOP("Practice", "The cache is flushed (a restart, a bad deploy). "
                                            "Does the database survive the stampede?"))},
        {"zone-down", CurveballKind::ZoneDown,
         say(SDS_TRANSLATE_NOOP("Practice", "A whole zone goes down. Who notices?"))},
    };
    // The seed's own emphasis for a problem comes first.
    const std::string first =
        templateId == "news-feed" || templateId == "search-autocomplete" ? "hot-key"
        : templateId == "distributed-cache"                              ? "cache-flushed"
        : templateId == "url-shortener" || templateId == "e-commerce"    ? "tenfold-traffic"
                                                                         : "";
    std::stable_partition(balls.begin(), balls.end(),
                          [&](const Curveball& b) { return b.id == first; });
    return balls;
}

CurveballOutcome playCurveball(const Design& design, const Curveball& ball,
                               const Catalog& catalog) {
    auto solved = solver::solveDesign(design, {}, catalog);
    const solver::Solution* solution = solved ? &solved.value() : nullptr;
    auto kindOf = [&](const Component& c) { return catalog.find(c.kind); };
    auto nothing = [](const char* text) {
        CurveballOutcome out;
        out.skip = say(text);
        return out;
    };
    switch (ball.kind) {
    case CurveballKind::TenfoldTraffic:
        return solvedChange(design, capacity::scaledDesign(design, 10), catalog, {});
    case CurveballKind::HotKey: {
        Design hot = design;
        bool any = false;
        for (Component& c : hot.components)
            if (const KindSpec* k = kindOf(c); k && k->property("hot_key_fraction")) {
                c.properties["hot_key_fraction"] = 0.5;
                any = true;
            }
        if (!any)
            return nothing(SDS_TRANSLATE_NOOP("Practice", "the design has no sharded store or "
                                                          "cache for a key to be hot in"));
        return solvedChange(design, hot, catalog, {});
    }
    case CurveballKind::PrimaryDown: {
        const Component* store = busiest(design, solution, [&](const Component& c) {
            const KindSpec* k = kindOf(c);
            return k && k->dataStore;
        });
        if (!store)
            return nothing(SDS_TRANSLATE_NOOP("Practice", "the design has no database yet"));
        FailureEvent down;
        down.kind = FailureKind::Down;
        down.target = store->id;
        down.instances = 1;
        return simulatedFailure(design, down, catalog, displayName(*store));
    }
    case CurveballKind::CacheFlushed: {
        const Component* cache = busiest(design, solution, [&](const Component& c) {
            const KindSpec* k = kindOf(c);
            return k && k->hitsOrMisses;
        });
        if (!cache)
            return nothing(SDS_TRANSLATE_NOOP("Practice", "the design has no cache yet"));
        FailureEvent flushed;
        flushed.kind = FailureKind::Flushed;
        flushed.target = cache->id;
        return simulatedFailure(design, flushed, catalog, displayName(*cache));
    }
    case CurveballKind::ZoneDown:
        break;
    }
    if (design.zones.empty())
        return nothing(SDS_TRANSLATE_NOOP("Practice", "the design has no zones: everything "
                                                      "runs in one place, so a zone outage "
                                                      "takes it all"));
    FailureEvent zone;
    zone.kind = FailureKind::ZoneDown;
    zone.target = design.zones.front().id;
    return simulatedFailure(design, zone, catalog, displayName(design.zones.front()));
}

} // namespace studio::core::practice
