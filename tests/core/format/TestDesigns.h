#pragma once

#include "model/Design.h"
#include "util/Problem.h"

#include <string>

namespace studio::core::test {

// The builders the designs below are made with (the solver and simulator tests use them too).
// A component of the catalog's `kind`, as the catalog makes it, with this id at (x, y).
Component& addComponent(Design& design, const std::string& kind, const std::string& id,
                        double x = 0, double y = 0);
// A link `id` from -> to in `mode`, every other field its default.
Link& connect(Design& design, const std::string& id, const std::string& from, const std::string& to,
              LinkMode mode);
// The same, its id "link-<n>" for the design's n-th link.
Link& connect(Design& design, const std::string& from, const std::string& to, LinkMode mode);

// A valid design with one component of every catalog kind, every link mode, nested zones,
// open and closed workloads (daily curve, bursts, several classes), per-class service
// times, requirements, notes and assumptions: exercises every key of the format.
Design everyKindDesign();

// A small valid design (client -> load balancer -> service -> cache, then database on a
// miss; handoff to a queue read by a worker), for the validation tests to break.
Design smallDesign();

// Every problem's text, one a line, for failure messages.
std::string describe(const Problems& problems);

// Whether some problem is at `place` and its text contains `fragment`.
bool hasProblem(const Problems& problems, const std::string& place, const std::string& fragment);

} // namespace studio::core::test

// Expects a problem at `place` whose text contains `fragment`, listing them all otherwise.
#define EXPECT_PROBLEM(problems, place, fragment)                                                  \
    EXPECT_TRUE(::studio::core::test::hasProblem((problems), (place), (fragment)))                 \
        << "no problem at [" << (place) << "] containing \"" << (fragment) << "\" in:\n"           \
        << ::studio::core::test::describe(problems)
