// The seed's algorithms as small tools: Redis Cluster slots, a consistent-hash ring, modulo
// sharding and rate limiters, as registry entries.
#include "estimate/CalculatorRegistry.h"
#include "estimate/HashRing.h"
#include "estimate/ModuloSharding.h"
#include "estimate/Quantity.h"
#include "estimate/RateLimiter.h"
#include "estimate/RedisSlot.h"

#include <cmath>

namespace studio::core::estimate {

namespace {

using D = Dimension;

// Whole numbers a double holds exactly.
constexpr double kLargestWhole = 9007199254740992.0; // 2^53
constexpr std::size_t kMostRequests = 10'000'000;

InputSpec whole(const char* key, const char* description, Bound bound, bool required,
                const char* defaultValue = nullptr) {
    return {.key = key,
            .dimension = D::Count,
            .description = description,
            .defaultValue = defaultValue,
            .required = required,
            .bound = bound,
            .whole = true};
}

InputSpec text(const char* key, const char* description, bool required, bool list,
               const char* defaultValue = nullptr) {
    return {.key = key,
            .dimension = D::Text,
            .description = description,
            .defaultValue = defaultValue,
            .required = required,
            .list = list};
}

std::optional<Problem> tooLarge(const Inputs& in, const char* key, double largest) {
    if (in.number(key) <= largest)
        return std::nullopt;
    return makeProblem(key, "Estimate",
                       SDS_TRANSLATE_NOOP("Estimate", "expected at most %1, got %2"),
                       {formatNumber(largest), formatNumber(in.number(key))});
}

CalculatorSpec slotSpec() {
    return {"slot",
            SDS_TRANSLATE_NOOP("Estimate", "the Redis Cluster slot of a key: CRC16/XMODEM mod "
                                           "16384, with {hash tags}"),
            {text("key", SDS_TRANSLATE_NOOP("Estimate", "the key"), true, false),
             whole("masters", SDS_TRANSLATE_NOOP("Estimate", "masters splitting the slots evenly"),
                   Bound::AtLeastOne, false)},
            [](const Inputs& in) -> Result<Calculation> {
                if (auto problem = tooLarge(in, "masters", kRedisSlots))
                    return *problem;
                return redisSlotCalculation(in.text("key"), static_cast<int>(in.number("masters")));
            }};
}

CalculatorSpec ringSpec() {
    return {
        "ring",
        SDS_TRANSLATE_NOOP("Estimate", "a consistent-hash ring: which node owns a key, and "
                                       "what moves when a node joins or leaves"),
        {whole("size", SDS_TRANSLATE_NOOP("Estimate", "positions on the ring (0 to size-1)"),
               Bound::AtLeastOne, false, "1024"),
         text("nodes", SDS_TRANSLATE_NOOP("Estimate", "the nodes, e.g. A:100,B:400,C:700"), true,
              true),
         text("keys",
              SDS_TRANSLATE_NOOP("Estimate", "keys: positions (250) or names hashed "
                                             "with CRC-32 (user-1)"),
              false, true),
         text("add", SDS_TRANSLATE_NOOP("Estimate", "a node joining, e.g. D:550"), false, false),
         text("remove", SDS_TRANSLATE_NOOP("Estimate", "a node leaving, e.g. B"), false, false)},
        [](const Inputs& in) -> Result<Calculation> {
            if (auto problem = tooLarge(in, "size", kLargestWhole))
                return *problem;
            RingQuestion question;
            question.size = static_cast<std::uint64_t>(in.number("size"));
            question.nodes = in.texts("nodes");
            question.keys = in.texts("keys");
            question.add = in.text("add");
            question.remove = in.text("remove");
            return consistentHashing(question);
        }};
}

CalculatorSpec moduloSpec() {
    return {"modulo",
            SDS_TRANSLATE_NOOP("Estimate", "modulo sharding: key mod shards, and what moves when "
                                           "the shard count changes"),
            {whole("key", SDS_TRANSLATE_NOOP("Estimate", "the key (a user id)"), Bound::NonNegative,
                   true),
             whole("shards", SDS_TRANSLATE_NOOP("Estimate", "shards"), Bound::Divisor, true),
             whole("new_shards", SDS_TRANSLATE_NOOP("Estimate", "shards after resharding"),
                   Bound::Divisor, false)},
            [](const Inputs& in) -> Result<Calculation> {
                for (const char* key : {"key", "shards", "new_shards"})
                    if (auto problem = tooLarge(in, key, kLargestWhole))
                        return *problem;
                return moduloSharding(static_cast<std::uint64_t>(in.number("key")),
                                      static_cast<std::uint64_t>(in.number("shards")),
                                      static_cast<std::uint64_t>(in.number("new_shards")));
            }};
}

// "150" or "150@2s": a burst of requests at once.
std::optional<std::pair<double, double>> readBurst(const std::string& item) {
    const auto at = item.find('@');
    const auto count = parseQuantity(item.substr(0, at), D::Count);
    if (!count.quantity || !count.quantity->plain || count.quantity->value < 0 ||
        std::floor(count.quantity->value) != count.quantity->value)
        return std::nullopt;
    double time = 0;
    if (at != std::string::npos) {
        const auto parsed = parseQuantity(item.substr(at + 1), D::Seconds);
        if (!parsed.quantity || parsed.quantity->dimension != D::Seconds ||
            parsed.quantity->value < 0)
            return std::nullopt;
        time = parsed.quantity->value;
    }
    return std::pair{count.quantity->value, time};
}

Message say(const char* text, std::vector<std::string> args) {
    return Message{"Estimate", text, std::move(args)};
}

Result<Calculation> runRateLimit(const Inputs& in) {
    Problems problems;
    RateLimitPolicy policy;
    if (const auto algorithm = rateLimitAlgorithmFromName(in.text("algorithm")))
        policy.algorithm = *algorithm;
    else
        problems.push_back(makeProblem(
            "algorithm", "Estimate",
            SDS_TRANSLATE_NOOP("Estimate", "expected token_bucket, fixed_window, sliding_log or "
                                           "sliding_counter, got %1"),
            {in.text("algorithm")}));
    policy.capacity = in.number("capacity");
    policy.refillPerSecond = in.number("refill");
    policy.limit = in.number("limit");
    policy.windowSeconds = in.number("window");

    std::vector<double> times;
    std::vector<Message> pattern;
    double planned = 0;
    std::vector<std::pair<double, double>> bursts;
    for (const std::string& item : in.texts("burst")) {
        if (const auto burst = readBurst(item)) {
            bursts.push_back(*burst);
            planned += burst->first;
        } else {
            problems.push_back(
                makeProblem("burst", "Estimate",
                            SDS_TRANSLATE_NOOP(
                                "Estimate", "expected COUNT or COUNT@TIME (e.g. 150@2s), got %1"),
                            {item}));
        }
    }
    if (in.has("rate") != in.has("duration"))
        problems.push_back(makeProblem(in.has("rate") ? "duration" : "rate", "Estimate",
                                       SDS_TRANSLATE_NOOP("Estimate", "required with %1"),
                                       {in.has("rate") ? "rate" : "duration"}));
    planned += std::floor(in.number("rate") * in.number("duration"));
    planned += static_cast<double>(in.numbers("times").size());
    if (problems.empty() && planned == 0 && in.texts("burst").empty() && !in.has("rate") &&
        !in.has("times"))
        problems.push_back(makeProblem(
            "burst, rate, times", "Estimate",
            SDS_TRANSLATE_NOOP("Estimate", "give a request pattern: burst=150, rate=20/s with "
                                           "duration=60s, times=0,0.5,1, or several")));
    if (planned > static_cast<double>(kMostRequests))
        problems.push_back(
            makeProblem("burst, rate, times", "Estimate",
                        SDS_TRANSLATE_NOOP("Estimate", "expected at most %1 requests, got %2"),
                        {formatNumber(static_cast<double>(kMostRequests)), formatNumber(planned)}));
    if (!problems.empty())
        return problems;

    for (const auto& [count, at] : bursts) {
        addBurst(times, static_cast<std::size_t>(count), at);
        pattern.push_back(say(SDS_TRANSLATE_NOOP("Estimate", "a burst of %1 requests at %2"),
                              {formatNumber(count), shown(at, D::Seconds)}));
    }
    if (in.has("rate")) {
        const std::size_t before = times.size();
        addSteady(times, in.number("rate"), in.number("duration"), in.number("start"));
        pattern.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "%1 evenly spaced for %2 from %3: %4 requests"),
                {shown(in.number("rate"), D::Rate, "req/s"),
                 shown(in.number("duration"), D::Seconds), shown(in.number("start"), D::Seconds),
                 formatNumber(static_cast<double>(times.size() - before))}));
    }
    if (in.has("times")) {
        times.insert(times.end(), in.numbers("times").begin(), in.numbers("times").end());
        pattern.push_back(say(SDS_TRANSLATE_NOOP("Estimate", "%1 requests at the times given"),
                              {formatNumber(static_cast<double>(in.numbers("times").size()))}));
    }
    return rateLimitWhatIf(policy, std::move(times), std::move(pattern));
}

CalculatorSpec rateLimitSpec() {
    InputSpec times = {.key = "times",
                       .dimension = D::Seconds,
                       .description = SDS_TRANSLATE_NOOP("Estimate", "request times (a list)"),
                       .bound = Bound::NonNegative,
                       .list = true};
    return {"ratelimit",
            SDS_TRANSLATE_NOOP("Estimate", "a rate limiter what-if: how many requests of a "
                                           "pattern are accepted and rejected"),
            {text("algorithm",
                  SDS_TRANSLATE_NOOP("Estimate", "token_bucket, fixed_window, sliding_log or "
                                                 "sliding_counter"),
                  false, false, "token_bucket"),
             {.key = "capacity",
              .dimension = D::Count,
              .description = SDS_TRANSLATE_NOOP("Estimate", "token bucket: tokens it holds"),
              .defaultValue = "100",
              .bound = Bound::Positive},
             {.key = "refill",
              .dimension = D::Rate,
              .description = SDS_TRANSLATE_NOOP("Estimate", "token bucket: tokens added a second"),
              .defaultValue = "10/s",
              .bound = Bound::NonNegative},
             whole("limit", SDS_TRANSLATE_NOOP("Estimate", "windows: requests a window"),
                   Bound::Positive, false, "100"),
             {.key = "window",
              .dimension = D::Seconds,
              .description = SDS_TRANSLATE_NOOP("Estimate", "windows: the window's length"),
              .defaultValue = "1 min",
              .bound = Bound::Divisor},
             text("burst",
                  SDS_TRANSLATE_NOOP("Estimate", "bursts of requests at once: 150 or 150@2s (a "
                                                 "list)"),
                  false, true),
             {.key = "rate",
              .dimension = D::Rate,
              .description = SDS_TRANSLATE_NOOP("Estimate", "steady requests a second"),
              .bound = Bound::Positive},
             {.key = "duration",
              .dimension = D::Seconds,
              .description = SDS_TRANSLATE_NOOP("Estimate", "how long the steady requests last"),
              .bound = Bound::NonNegative},
             {.key = "start",
              .dimension = D::Seconds,
              .description = SDS_TRANSLATE_NOOP("Estimate", "when the steady requests start"),
              .defaultValue = "0",
              .bound = Bound::NonNegative},
             times},
            runRateLimit};
}

} // namespace

std::vector<CalculatorSpec> algorithmCalculatorSpecs() {
    return {slotSpec(), ringSpec(), moduloSpec(), rateLimitSpec()};
}

} // namespace studio::core::estimate
