// Availability, downtime, latency and Little's law as registry entries.
#include "estimate/Availability.h"
#include "estimate/CalculatorRegistry.h"
#include "estimate/LatencyNumbers.h"
#include "estimate/LittlesLaw.h"

namespace studio::core::estimate {

namespace {

using D = Dimension;

std::optional<double> maybe(const Inputs& in, const char* key) {
    if (!in.has(key))
        return std::nullopt;
    return in.number(key);
}

CalculatorSpec availabilitySpec() {
    return {"availability",
            SDS_TRANSLATE_NOOP("Estimate", "components in series and replicas in parallel -> "
                                           "availability and downtime"),
            {{.key = "series",
              .dimension = D::Fraction,
              .description = SDS_TRANSLATE_NOOP("Estimate", "availabilities of components that "
                                                            "all must work (a list)"),
              .bound = Bound::UnitRange,
              .list = true},
             {.key = "parallel",
              .dimension = D::Fraction,
              .description = SDS_TRANSLATE_NOOP("Estimate", "availabilities of replicas of which "
                                                            "one must work (a list)"),
              .bound = Bound::UnitRange,
              .list = true}},
            [](const Inputs& in) -> Result<Calculation> {
                if (!in.has("series") && !in.has("parallel"))
                    return makeProblem("series, parallel", "Estimate",
                                       SDS_TRANSLATE_NOOP("Estimate",
                                                          "give series, parallel or both "
                                                          "(e.g. series=99.9%,99.9%)"));
                return availability(in.numbers("series"), in.numbers("parallel"));
            }};
}

CalculatorSpec downtimeSpec() {
    return {"downtime",
            SDS_TRANSLATE_NOOP("Estimate", "an availability (or nines) -> downtime a year, a "
                                           "month and a day"),
            {{.key = "availability",
              .dimension = D::Fraction,
              .description = SDS_TRANSLATE_NOOP("Estimate", "the availability (99.9% or 3 nines)"),
              .required = true,
              .bound = Bound::UnitRange}},
            [](const Inputs& in) -> Result<Calculation> {
                return downtime(in.number("availability"));
            }};
}

CalculatorSpec latencySpec() {
    return {"latency",
            SDS_TRANSLATE_NOOP("Estimate", "the sum along a path of the latency numbers (l1, l2, "
                                           "memory, ssd, hdd, dc, continent) and durations"),
            {{.key = "path",
              .dimension = D::Text,
              .description = SDS_TRANSLATE_NOOP("Estimate", "the steps, e.g. dc,2*ssd,5ms"),
              .required = true,
              .list = true}},
            [](const Inputs& in) -> Result<Calculation> {
                const auto steps = readLatencyPath(in.texts("path"), "path");
                if (!steps.ok())
                    return steps.problems();
                return latencyBudget(steps.value());
            }};
}

CalculatorSpec littleSpec() {
    return {"little",
            SDS_TRANSLATE_NOOP("Estimate", "Little's law L = lambda x W: any two give the third"),
            {{.key = "L",
              .dimension = D::Count,
              .description = SDS_TRANSLATE_NOOP("Estimate", "requests in the system on average"),
              .bound = Bound::NonNegative},
             {.key = "lambda",
              .dimension = D::Rate,
              .description = SDS_TRANSLATE_NOOP("Estimate", "arrivals a second"),
              .bound = Bound::NonNegative},
             {.key = "W",
              .dimension = D::Seconds,
              .description = SDS_TRANSLATE_NOOP("Estimate", "time a request spends in the system"),
              .bound = Bound::NonNegative}},
            [](const Inputs& in) {
                return littlesLaw(maybe(in, "L"), maybe(in, "lambda"), maybe(in, "W"));
            }};
}

} // namespace

std::vector<CalculatorSpec> reliabilityCalculatorSpecs() {
    return {availabilitySpec(), downtimeSpec(), latencySpec(), littleSpec()};
}

} // namespace studio::core::estimate
