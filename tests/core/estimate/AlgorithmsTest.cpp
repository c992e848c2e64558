// The seed's algorithms as tools: Redis slots, the hash ring, modulo sharding, rate limiters.
#include "EstimateTestSupport.h"

#include "estimate/Checksums.h"
#include "estimate/HashRing.h"
#include "estimate/ModuloSharding.h"
#include "estimate/RateLimiter.h"
#include "estimate/RedisSlot.h"

#include <numeric>

namespace studio::core::estimate {
namespace {

using test::calc;
using test::output;

TEST(RedisSlot, HashTagsAsRedisReadsThem) {
    EXPECT_EQ(redisHashedPart("{user1000}.following"), "user1000");
    EXPECT_EQ(redisHashedPart("foo{}{bar}"), "foo{}{bar}"); // an empty tag hashes the key
    EXPECT_EQ(redisHashedPart("foo{{bar}}zap"), "{bar");    // first '{' to the first '}'
    EXPECT_EQ(redisHashedPart("foo{bar}{zap}"), "bar");
    EXPECT_EQ(redisHashedPart("{foo"), "{foo");
    EXPECT_EQ(redisSlot("{user1000}.following"), redisSlot("{user1000}.followers"));
    EXPECT_EQ(redisSlot("{foo}.anything"), 12182);
    const Calculation tagged = calc("slot", {{"key", "{foo}.bar"}});
    EXPECT_EQ(tagged.value("slot"), 12182);
    EXPECT_EQ(tagged.formulaLines().at(0), "hash tag: only \"foo\" inside {...} is hashed");
    // A slot is an identifier: shown whole, not as "12.2K".
    EXPECT_EQ(output(tagged, "slot").peopleForm(), "12182");
    EXPECT_EQ(output(tagged, "slot").seedForm(), "");
}

// Redis hashes the key's bytes: CRC16 of FF FE is 3374 (redis-cli CLUSTER KEYSLOT agrees).
TEST(RedisSlot, HashesTheBytesAsGiven) {
    const Calculation bytes = calc("slot", {{"key", "\xff\xfe"}});
    EXPECT_EQ(bytes.value("slot"), 3374);
    // The formula shows bytes that are not text as \xHH, keeping well-formed UTF-8.
    EXPECT_EQ(bytes.formulaLines().at(0).rfind("CRC16/XMODEM(\"\\xFF\\xFE\")", 0), 0u)
        << bytes.formulaLines().at(0);
    const Calculation text = calc("slot", {{"key", "caf\xc3\xa9\n"}});
    EXPECT_EQ(text.formulaLines().at(0).rfind("CRC16/XMODEM(\"caf\xc3\xa9\\x0A\")", 0), 0u)
        << text.formulaLines().at(0);
}

TEST(RedisSlot, MastersSplitTheSlotsAsRedisCliDoes) {
    const auto three = redisSlotRanges(3);
    ASSERT_EQ(three.size(), 3u);
    EXPECT_EQ(three[0].first, 0);
    EXPECT_EQ(three[0].last, 5460);
    EXPECT_EQ(three[1].first, 5461);
    EXPECT_EQ(three[1].last, 10922);
    EXPECT_EQ(three[2].first, 10923);
    EXPECT_EQ(three[2].last, 16383);
    EXPECT_EQ(redisSlotRanges(1).at(0).last, 16383);
    EXPECT_EQ(calc("slot", {{"key", "foo"}, {"masters", "3"}}).value("master"), 3);
    EXPECT_EQ(calc("slot", {{"key", "hello"}, {"masters", "3"}}).value("master"), 1);
    EXPECT_EQ(calc("slot", {{"key", "bar"}, {"masters", "3"}}).value("master"), 1);
}

TEST(Checksums, Crc32IsZlibs) {
    EXPECT_EQ(crc32("123456789"), 0xCBF43926u);
    EXPECT_EQ(crc32(""), 0u);
    EXPECT_EQ(crc16Xmodem(""), 0);
}

HashRing seedRing() {
    HashRing ring(1024);
    ring.add({"A", 100});
    ring.add({"B", 400});
    ring.add({"C", 700});
    return ring;
}

TEST(HashRing, OwnerIsTheFirstNodeClockwise) {
    const HashRing ring = seedRing();
    EXPECT_EQ(ring.owner(250)->name, "B");
    EXPECT_EQ(ring.owner(400)->name, "B"); // a key on a node belongs to it
    EXPECT_EQ(ring.owner(401)->name, "C");
    EXPECT_EQ(ring.owner(0)->name, "A");
    EXPECT_EQ(ring.owner(1023)->name, "A"); // wraps
    EXPECT_EQ(HashRing(8).owner(3), nullptr);
}

TEST(HashRing, RejectsTakenNamesAndPositions) {
    HashRing ring = seedRing();
    EXPECT_FALSE(ring.add({"A", 5}));
    EXPECT_FALSE(ring.add({"D", 400}));
    EXPECT_FALSE(ring.add({"D", 1024}));
    EXPECT_FALSE(ring.remove("Z"));
    EXPECT_EQ(ring.nodes().size(), 3u);
}

TEST(HashRing, ANodeLeavingHandsItsArcToTheNext) {
    const HashRing before = seedRing();
    HashRing after = before;
    after.remove("B");
    const auto arcs = movedArcs(before, after);
    ASSERT_EQ(arcs.size(), 1u);
    EXPECT_EQ(arcs[0].from, 100u);
    EXPECT_EQ(arcs[0].to, 400u);
    EXPECT_EQ(arcs[0].positions, 300u);
    EXPECT_EQ(arcs[0].before, "B");
    EXPECT_EQ(arcs[0].after, "C");
    // A leaves: the arc across the top of the ring, (700, 100], goes to B.
    HashRing withoutA = before;
    withoutA.remove("A");
    const auto wrap = movedArcs(before, withoutA);
    ASSERT_EQ(wrap.size(), 1u);
    EXPECT_EQ(wrap[0].from, 700u);
    EXPECT_EQ(wrap[0].to, 100u);
    EXPECT_EQ(wrap[0].positions, 424u);
    EXPECT_EQ(wrap[0].after, "B");
}

TEST(HashRing, CalculatorForJoinLeaveAndHashedKeys) {
    const Calculation leave =
        calc("ring", {{"nodes", "A=100,B=400,C=700"}, {"keys", "250"}, {"remove", "B"}});
    EXPECT_EQ(output(leave, "owner_after:250").text, "C");
    EXPECT_DOUBLE_EQ(leave.value("moved_fraction"), 300.0 / 1024);
    const Calculation hashed = calc("ring", {{"nodes", "A:100,B:400,C:700"}, {"keys", "user-1"}});
    const std::uint64_t position = crc32("user-1") % 1024;
    EXPECT_EQ(hashed.value("position:user-1"), static_cast<double>(position));
    EXPECT_EQ(output(hashed, "owner:user-1").text, seedRing().owner(position)->name);
    EXPECT_EQ(hashed.find("moved_positions"), nullptr);
    // Nodes without positions are hashed too.
    const Calculation named = calc("ring", {{"nodes", "cache-a,cache-b"}, {"keys", "7"}});
    EXPECT_NE(named.find("owner:7"), nullptr);
}

TEST(HashRing, BadRings) {
    EXPECT_EQ(test::problemsOf("ring", {{"nodes", "A:100,B:100"}}).at(0).place, "nodes");
    EXPECT_EQ(test::problemsOf("ring", {{"nodes", "A:2000"}}).at(0).text(),
              "nodes: expected NAME:POSITION with a position from 0 to 1023 (e.g. A:100), got "
              "A:2000");
    EXPECT_EQ(test::problemsOf("ring", {{"nodes", "A:1"}, {"remove", "A"}}).at(0).text(),
              "remove: A is the last node");
    EXPECT_EQ(test::problemsOf("ring", {{"nodes", "A:1"}, {"remove", "Q"}}).at(0).text(),
              "remove: no node called Q");
    EXPECT_EQ(test::problemsOf("ring", {{"nodes", "A:1"}, {"keys", "5000"}}).at(0).place, "keys");
}

TEST(ModuloSharding, MovedFractionIsOneMinusMinOverLcm) {
    EXPECT_DOUBLE_EQ(moduloMovedFraction(4, 5), 0.8);
    EXPECT_DOUBLE_EQ(moduloMovedFraction(4, 8), 0.5);
    EXPECT_DOUBLE_EQ(moduloMovedFraction(4, 4), 0);
    // Counted by hand over one lcm of keys.
    for (const auto& [from, to] : {std::pair{3, 7}, std::pair{6, 4}, std::pair{10, 11}}) {
        int moved = 0;
        const int lcm = std::lcm(from, to);
        for (int key = 0; key < lcm; ++key)
            moved += key % from != key % to;
        EXPECT_DOUBLE_EQ(moduloMovedFraction(from, to), static_cast<double>(moved) / lcm)
            << from << " -> " << to;
    }
}

std::vector<double> steady(double perSecond, double seconds, double start = 0) {
    std::vector<double> times;
    addSteady(times, perSecond, seconds, start);
    return times;
}

TEST(RateLimiter, PatternsAreExact) {
    const auto times = steady(20, 60);
    ASSERT_EQ(times.size(), 1200u);
    EXPECT_DOUBLE_EQ(times[1], 0.05);
    EXPECT_DOUBLE_EQ(times.back(), 59.95);
    std::vector<double> burst;
    addBurst(burst, 3, 2.5);
    EXPECT_EQ(burst, (std::vector<double>{2.5, 2.5, 2.5}));
}

TEST(RateLimiter, TokenBucketRefillsContinuously) {
    RateLimitPolicy policy; // 100 tokens, 10/s
    std::vector<double> times;
    addBurst(times, 100, 0);
    addBurst(times, 15, 1); // 10 tokens back after a second
    const RateLimitOutcome outcome = applyRateLimit(policy, times);
    EXPECT_EQ(outcome.accepted, 110u);
    EXPECT_EQ(outcome.rejected, 5u);
    EXPECT_DOUBLE_EQ(*outcome.firstRejection, 1);
    // At the refill rate exactly, nothing is rejected.
    EXPECT_EQ(applyRateLimit(policy, steady(10, 600)).rejected, 0u);
}

TEST(RateLimiter, FixedWindowResetsAtTheBoundary) {
    RateLimitPolicy policy;
    policy.algorithm = RateLimitAlgorithm::FixedWindow;
    std::vector<double> times;
    addBurst(times, 100, 59); // the end of the first minute
    addBurst(times, 100, 60); // the start of the next: 200 in two seconds pass
    EXPECT_EQ(applyRateLimit(policy, times).accepted, 200u);
    // 20/s for 60 s: the first 100 of the minute pass.
    const RateLimitOutcome sustained = applyRateLimit(policy, steady(20, 60));
    EXPECT_EQ(sustained.accepted, 100u);
    EXPECT_EQ(sustained.rejected, 1100u);
}

TEST(RateLimiter, SlidingLogStopsTheBoundaryBurst) {
    RateLimitPolicy policy;
    policy.algorithm = RateLimitAlgorithm::SlidingWindowLog;
    std::vector<double> times;
    addBurst(times, 100, 59);
    addBurst(times, 100, 60);
    addBurst(times, 100, 119); // (59, 119]: the burst at 59 has left the window
    const RateLimitOutcome outcome = applyRateLimit(policy, times);
    EXPECT_EQ(outcome.accepted, 200u);
    EXPECT_DOUBLE_EQ(*outcome.firstRejection, 60);
    // 20/s for 60 s: 100 accepted in the first 5 s, then none until 60 s have passed.
    EXPECT_EQ(applyRateLimit(policy, steady(20, 60)).accepted, 100u);
    // 20/s for 120 s: from 60 s on, each request sees the one accepted 60 s earlier leave.
    EXPECT_EQ(applyRateLimit(policy, steady(20, 120)).accepted, 200u);
}

TEST(RateLimiter, SlidingCounterWeighsTheLastWindow) {
    RateLimitPolicy policy;
    policy.algorithm = RateLimitAlgorithm::SlidingWindowCounter;
    std::vector<double> times;
    addBurst(times, 100, 30);  // window 0 full
    addBurst(times, 100, 75);  // 15 s into window 1: 100 x 0.75 = 75 counted -> 25 pass
    addBurst(times, 100, 150); // half into window 2: 25 x 0.5 = 12.5 -> 88 pass (< 100)
    const RateLimitOutcome outcome = applyRateLimit(policy, times);
    EXPECT_EQ(outcome.accepted, 100u + 25u + 88u);
}

TEST(RateLimiter, AlgorithmNames) {
    for (auto algorithm :
         {RateLimitAlgorithm::TokenBucket, RateLimitAlgorithm::FixedWindow,
          RateLimitAlgorithm::SlidingWindowLog, RateLimitAlgorithm::SlidingWindowCounter})
        EXPECT_EQ(rateLimitAlgorithmFromName(rateLimitAlgorithmName(algorithm)), algorithm);
    EXPECT_FALSE(rateLimitAlgorithmFromName("leaky"));
}

TEST(RateLimiter, CalculatorMixesPatterns) {
    const Calculation result =
        calc("ratelimit", {{"burst", "50@0,50@1s"}, {"times", "2,2.5"}, {"refill", "0"}});
    EXPECT_EQ(result.value("requests"), 102);
    EXPECT_EQ(result.value("accepted"), 100);
    EXPECT_EQ(result.value("rejected"), 2);
    EXPECT_DOUBLE_EQ(result.value("rejected_fraction"), 2.0 / 102);
}

} // namespace
} // namespace studio::core::estimate
