// The calculators of load, data and hardware as registry entries.
#include "estimate/CalculatorRegistry.h"
#include "estimate/CapacityCalculators.h"
#include "estimate/TrafficCalculators.h"

namespace studio::core::estimate {

namespace {

using D = Dimension;
constexpr double kDay = 86400;

InputSpec dauSpec() {
    return {.key = "dau",
            .dimension = D::Count,
            .description = SDS_TRANSLATE_NOOP("Estimate", "daily active users"),
            .required = true,
            .bound = Bound::NonNegative};
}

InputSpec replicasSpec() {
    return {.key = "replicas",
            .dimension = D::Count,
            .description = SDS_TRANSLATE_NOOP("Estimate", "copies of every byte"),
            .defaultValue = "1",
            .bound = Bound::AtLeastOne,
            .whole = true};
}

InputSpec spec(const char* key, Dimension dimension, const char* description, Bound bound,
               const char* defaultValue = nullptr) {
    return {.key = key,
            .dimension = dimension,
            .description = description,
            .defaultValue = defaultValue,
            .required = defaultValue == nullptr,
            .bound = bound};
}

InputSpec optional(const char* key, Dimension dimension, const char* description, Bound bound) {
    return {.key = key, .dimension = dimension, .description = description, .bound = bound};
}

CalculatorSpec trafficSpec() {
    return {
        "traffic",
        SDS_TRANSLATE_NOOP("Estimate", "DAU x actions a day -> requests a second (average and "
                                       "at the peak) and bytes a day"),
        {dauSpec(),
         {.key = "actions_per_day",
          .dimension = D::Count,
          .description = SDS_TRANSLATE_NOOP("Estimate", "actions a user makes a day"),
          .required = true,
          .bound = Bound::NonNegative,
          .per = kDay},
         spec("bytes_per_action", D::Bytes,
              SDS_TRANSLATE_NOOP("Estimate", "bytes an action reads or writes"), Bound::NonNegative,
              "0"),
         spec("peak_factor", D::Count, SDS_TRANSLATE_NOOP("Estimate", "peak rate / average rate"),
              Bound::Positive, "1")},
        [](const Inputs& in) -> Result<Calculation> {
            return traffic(in.number("dau"), in.number("actions_per_day"),
                           in.number("bytes_per_action"), in.number("peak_factor"));
        }};
}

CalculatorSpec rateSpec() {
    return {
        "rate",
        SDS_TRANSLATE_NOOP("Estimate", "a count over a period -> a rate a second (10B reads "
                                       "a month -> reads/s)"),
        {spec("count", D::Count, SDS_TRANSLATE_NOOP("Estimate", "events in the period"),
              Bound::NonNegative),
         spec("period", D::Seconds,
              SDS_TRANSLATE_NOOP("Estimate", "the period (a month is 30 days)"), Bound::Divisor)},
        [](const Inputs& in) -> Result<Calculation> {
            return eventRate(in.number("count"), in.number("period"));
        }};
}

CalculatorSpec storageSpec() {
    return {"storage",
            SDS_TRANSLATE_NOOP("Estimate", "bytes a day x retention days x replicas -> bytes"),
            {{.key = "bytes_per_day",
              .dimension = D::Bytes,
              .description = SDS_TRANSLATE_NOOP("Estimate", "new bytes a day"),
              .required = true,
              .bound = Bound::NonNegative,
              .per = kDay},
             spec("days", D::Days, SDS_TRANSLATE_NOOP("Estimate", "days the data is kept"),
                  Bound::NonNegative),
             replicasSpec()},
            [](const Inputs& in) -> Result<Calculation> {
                return storage(in.number("bytes_per_day"), in.number("days"),
                               in.number("replicas"));
            }};
}

CalculatorSpec datasetSpec() {
    return {"dataset",
            SDS_TRANSLATE_NOOP("Estimate", "items x bytes an item x replicas -> bytes"),
            {spec("items", D::Count, SDS_TRANSLATE_NOOP("Estimate", "items stored"),
                  Bound::NonNegative),
             spec("bytes_per_item", D::Bytes, SDS_TRANSLATE_NOOP("Estimate", "bytes an item"),
                  Bound::NonNegative),
             replicasSpec()},
            [](const Inputs& in) -> Result<Calculation> {
                return dataset(in.number("items"), in.number("bytes_per_item"),
                               in.number("replicas"));
            }};
}

CalculatorSpec bandwidthSpec() {
    return {"bandwidth",
            SDS_TRANSLATE_NOOP("Estimate", "requests a second x bytes a request -> bytes/s and "
                                           "bits/s"),
            {spec("requests_per_second", D::Rate,
                  SDS_TRANSLATE_NOOP("Estimate", "requests a second (the peak for peak bandwidth)"),
                  Bound::NonNegative),
             spec("bytes_per_request", D::Bytes,
                  SDS_TRANSLATE_NOOP("Estimate", "bytes a request sends or returns"),
                  Bound::NonNegative)},
            [](const Inputs& in) -> Result<Calculation> {
                return bandwidth(in.number("requests_per_second"), in.number("bytes_per_request"));
            }};
}

CalculatorSpec hitRatioSpec() {
    return {
        "hitratio",
        SDS_TRANSLATE_NOOP("Estimate", "requests through a cache -> hits and the misses that "
                                       "reach the origin"),
        {spec("requests_per_second", D::Rate,
              SDS_TRANSLATE_NOOP("Estimate", "requests a second to the cache"), Bound::NonNegative),
         spec("hit_ratio", D::Fraction, SDS_TRANSLATE_NOOP("Estimate", "share of hits"),
              Bound::UnitRange)},
        [](const Inputs& in) -> Result<Calculation> {
            return cacheHits(in.number("requests_per_second"), in.number("hit_ratio"));
        }};
}

CalculatorSpec serversSpec() {
    return {
        "servers",
        SDS_TRANSLATE_NOOP("Estimate", "peak requests a second / what a server serves, with "
                                       "headroom -> servers"),
        {spec("requests_per_second", D::Rate,
              SDS_TRANSLATE_NOOP("Estimate", "requests a second at the peak"), Bound::NonNegative),
         spec("capacity_per_server", D::Rate,
              SDS_TRANSLATE_NOOP("Estimate", "requests a second one server serves flat out"),
              Bound::Divisor),
         spec("max_utilization", D::Fraction,
              SDS_TRANSLATE_NOOP("Estimate", "how busy a server may run"), Bound::PositiveUnit,
              "70%")},
        [](const Inputs& in) -> Result<Calculation> {
            return serversNeeded(in.number("requests_per_second"), in.number("capacity_per_server"),
                                 in.number("max_utilization"));
        }};
}

CalculatorSpec cacheSpec() {
    return {"cache",
            SDS_TRANSLATE_NOOP("Estimate", "hot share x items x bytes an item -> cache size "
                                           "(80/20)"),
            {spec("items", D::Count, SDS_TRANSLATE_NOOP("Estimate", "items in the data set"),
                  Bound::NonNegative),
             spec("bytes_per_item", D::Bytes, SDS_TRANSLATE_NOOP("Estimate", "bytes an item"),
                  Bound::NonNegative),
             spec("hot_fraction", D::Fraction,
                  SDS_TRANSLATE_NOOP("Estimate", "share of the items worth caching"),
                  Bound::UnitRange, "20%")},
            [](const Inputs& in) -> Result<Calculation> {
                return cacheSize(in.number("items"), in.number("bytes_per_item"),
                                 in.number("hot_fraction"));
            }};
}

Result<Calculation> runShards(const Inputs& in) {
    Problems problems;
    const std::pair<const char*, const char*> pairs[] = {{"bytes", "bytes_per_shard"},
                                                         {"writes_per_second", "writes_per_shard"}};
    bool any = false;
    for (const auto& [load, divisor] : pairs) {
        if (in.has(load) && !in.has(divisor))
            problems.push_back(makeProblem(
                divisor, "Estimate", SDS_TRANSLATE_NOOP("Estimate", "required with %1"), {load}));
        else if (!in.has(load) && in.has(divisor))
            problems.push_back(makeProblem(
                load, "Estimate", SDS_TRANSLATE_NOOP("Estimate", "required with %1"), {divisor}));
        any = any || (in.has(load) && in.has(divisor));
    }
    if (problems.empty() && !any)
        problems.push_back(makeProblem(
            "bytes, writes_per_second", "Estimate",
            SDS_TRANSLATE_NOOP("Estimate", "give bytes and bytes_per_shard, or writes_per_second "
                                           "and writes_per_shard, or both")));
    if (!problems.empty())
        return problems;
    return shardsNeeded({in.number("bytes"), in.number("bytes_per_shard"),
                         in.number("writes_per_second"), in.number("writes_per_shard")});
}

CalculatorSpec shardsSpec() {
    return {"shards",
            SDS_TRANSLATE_NOOP("Estimate", "shards by storage and by write rate"),
            {optional("bytes", D::Bytes, SDS_TRANSLATE_NOOP("Estimate", "bytes to store"),
                      Bound::NonNegative),
             optional("bytes_per_shard", D::Bytes,
                      SDS_TRANSLATE_NOOP("Estimate", "bytes one shard holds"), Bound::Divisor),
             optional("writes_per_second", D::Rate,
                      SDS_TRANSLATE_NOOP("Estimate", "writes a second at the peak"),
                      Bound::NonNegative),
             optional("writes_per_shard", D::Rate,
                      SDS_TRANSLATE_NOOP("Estimate", "writes a second one shard takes"),
                      Bound::Divisor)},
            runShards};
}

CalculatorSpec connectionsSpec() {
    return {
        "connections",
        SDS_TRANSLATE_NOOP("Estimate", "users x the share connected at once -> connections"),
        {spec("users", D::Count, SDS_TRANSLATE_NOOP("Estimate", "users"), Bound::NonNegative),
         spec("concurrent_fraction", D::Fraction,
              SDS_TRANSLATE_NOOP("Estimate", "share of users connected at once"), Bound::UnitRange),
         optional("per_server", D::Count,
                  SDS_TRANSLATE_NOOP("Estimate", "connections one server holds"), Bound::Divisor)},
        [](const Inputs& in) -> Result<Calculation> {
            return concurrentConnections(in.number("users"), in.number("concurrent_fraction"),
                                         in.number("per_server"));
        }};
}

CalculatorSpec prefixSpec() {
    InputSpec alphabet = spec("alphabet", D::Count,
                              SDS_TRANSLATE_NOOP("Estimate", "letters a prefix character takes"),
                              Bound::AtLeastOne, "26");
    alphabet.whole = true;
    InputSpec length =
        spec("length", D::Count, SDS_TRANSLATE_NOOP("Estimate", "characters of the prefix"),
             Bound::NonNegative, "2");
    length.whole = true;
    return {"prefix",
            SDS_TRANSLATE_NOOP("Estimate", "shards by a key prefix: alphabet^length"),
            {alphabet, length},
            [](const Inputs& in) -> Result<Calculation> {
                return prefixShards(in.number("alphabet"), in.number("length"));
            }};
}

CalculatorSpec fanOutSpec() {
    return {
        "fanout",
        SDS_TRANSLATE_NOOP("Estimate", "fan-out on write: posts x followers -> timeline "
                                       "writes"),
        {spec("followers", D::Count, SDS_TRANSLATE_NOOP("Estimate", "followers of the author"),
              Bound::NonNegative),
         spec("posts", D::Count, SDS_TRANSLATE_NOOP("Estimate", "posts"), Bound::NonNegative, "1")},
        [](const Inputs& in) -> Result<Calculation> {
            return fanOut(in.number("followers"), in.number("posts"));
        }};
}

} // namespace

std::vector<CalculatorSpec> sizingCalculatorSpecs() {
    return {trafficSpec(),   rateSpec(),        storageSpec(), datasetSpec(),
            bandwidthSpec(), hitRatioSpec(),    serversSpec(), cacheSpec(),
            shardsSpec(),    connectionsSpec(), prefixSpec(),  fanOutSpec()};
}

} // namespace studio::core::estimate
