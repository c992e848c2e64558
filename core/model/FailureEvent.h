#pragma once

#include <string>

namespace studio::core {

// What a failure does to its target.
enum class FailureKind {
    Down,        // instances of a component answer nothing, or refuse at once (crash_mode)
    Slow,        // the component's service times x factor
    Partitioned, // the component and the zone `zone` cannot reach each other
    Flushed,     // a cache or CDN loses its contents: hit ratio 0, back over `refill` s
    ZoneDown,    // every component in the zone (and its nested zones) down
};

// How a down instance fails the requests sent to it.
enum class CrashMode {
    Silent, // answers nothing: callers wait for their timeout (a crashed host)
    Refuse, // fails each request at once (a dead process behind a live port)
};

// One scheduled event of a design's failure timeline (the top-level "failures" key). The
// simulator runs it from `start` for `duration` seconds of simulated time; the analytic
// solver ignores the timeline.
struct FailureEvent {
    FailureKind kind = FailureKind::Down;
    std::string target;                      // a component id; a zone id for zone_down
    double start = 0;                        // s, from the start of the run
    double duration = 0;                     // s
    int instances = 0;                       // down: how many of the component's instances; 0 = all
    CrashMode crashMode = CrashMode::Silent; // down and zone_down
    double factor = 1;                       // slow: service time multiplier (> 1)
    std::string zone;                        // partitioned: the zone it is cut off from
    double refill = 0; // flushed: s for the hit ratio to climb back linearly; 0 = at once

    bool operator==(const FailureEvent&) const = default;
};

} // namespace studio::core
