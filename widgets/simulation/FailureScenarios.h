#pragma once

// What the failure timeline can schedule: which components and zones a failure of each kind
// may strike (the validator's rules, docs/FORMAT.md "Failures"), the seed's failure modes as
// one-click scenarios, and the name a person reads for an event.
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "model/FailureEvent.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace studio::widgets {

// The seed's failure modes (system-design-reference.md, "Failure Modes"), on one component.
enum class FailureScenario {
    ServerCrash,      // down, every instance, silent
    OneInstanceDown,  // down, one instance
    SlowDependency,   // slowed x10
    NetworkPartition, // cut off from a zone it is not in
    CacheFlush,       // a cache or CDN loses its contents
    ZoneOutage,       // the component's zone down
};

inline constexpr FailureScenario kFailureScenarios[] = {
    FailureScenario::ServerCrash,    FailureScenario::OneInstanceDown,
    FailureScenario::SlowDependency, FailureScenario::NetworkPartition,
    FailureScenario::CacheFlush,     FailureScenario::ZoneOutage,
};

// The slow scenario's and the Add menu's first factor.
inline constexpr double kDefaultSlowFactor = 10;

QString scenarioName(FailureScenario scenario);
// How the seed says it is detected and mitigated, and what the event does.
QString scenarioToolTip(FailureScenario scenario);

// Whether a failure of `kind` may strike component `id` (not for zone_down, which strikes a
// zone): a down or slow event a component that serves requests, a partition any component in
// the traffic, a flush a cache or CDN.
bool canStrike(const core::Design& design, const core::Catalog& catalog, const std::string& id,
               core::FailureKind kind);
// The components a failure of `kind` may strike, in design order.
std::vector<std::string> strikeable(const core::Design& design, const core::Catalog& catalog,
                                    core::FailureKind kind);
// The zones component `id` is not in (neither its zone nor one around it), in design order.
std::vector<std::string> zonesOutside(const core::Design& design, const std::string& id);

// The scenario's event on component `id` from `start` for `duration` seconds; none when it
// does not apply to it (a flush of a service, a partition in a design without another zone).
std::optional<core::FailureEvent> scenarioEvent(FailureScenario scenario,
                                                const core::Design& design,
                                                const core::Catalog& catalog, const std::string& id,
                                                double start, double duration);

// "app down", "db slowed ×10", "east zone down": what it does to what, with its numbers
// (instances, crash mode, refill); names as the canvas shows them.
QString failureLabel(const core::Design& design, const core::FailureEvent& event);
// "30 s – 38 s (8 s)".
QString failureTimes(const core::FailureEvent& event);
// Seconds as the timeline writes them: "7.5".
QString secondsText(double seconds);

} // namespace studio::widgets
