#pragma once

// The interviewer's curveballs at the deep dive, from the seed's failure modes: the
// database primary fails, traffic grows 10x, a celebrity posts (a hot key), the cache is
// flushed, a zone goes down. Each is stated for people and, where the person's design has
// what it strikes, played against it: by the analytic solver (more traffic, a hot key) or
// by a short simulation with the failure on its timeline (a primary, a cache, a zone), and
// the outcome said in a few lines beside the same design without the curveball.
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Message.h"

#include <optional>
#include <string>
#include <vector>

namespace studio::core::practice {

enum class CurveballKind { PrimaryDown, TenfoldTraffic, HotKey, CacheFlushed, ZoneDown };

struct Curveball {
    std::string id; // "primary-down", "tenfold-traffic", "hot-key", "cache-flushed", "zone-down"
    CurveballKind kind = CurveballKind::TenfoldTraffic;
    Message statement; // as the interviewer says it (context "Practice")
};

// Every curveball, in the order above; the template's own emphasis first when `templateId`
// names one whose notes make a point of it (a celebrity's hot key for the news feed).
std::vector<Curveball> curveballs(const std::string& templateId = {});

struct CurveballOutcome {
    bool played = false;
    std::string target;          // the component or zone struck, by name; empty for traffic
    std::vector<Message> lines;  // what happened, for people (context "Practice")
    std::optional<Message> skip; // why it was not played: nothing to strike, no traffic
};

// Plays `ball` against `design`. Simulations run `seconds` of simulated time at most (fewer
// for a design at a high rate: about 200,000 requests), two replications, seed 1.
CurveballOutcome playCurveball(const Design& design, const Curveball& ball,
                               const Catalog& catalog = Catalog::standard());

} // namespace studio::core::practice
