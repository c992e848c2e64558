#include "estimate/CapacityCalculators.h"

#include "estimate/QuantityFormat.h"

#include <algorithm>
#include <cmath>

namespace studio::core::estimate {

namespace {

Message say(const char* text, std::vector<std::string> args) {
    return Message{"Estimate", text, std::move(args)};
}

std::string count(double value) {
    return shown(value, Dimension::Count);
}

} // namespace

Calculation serversNeeded(double peakRequestsPerSecond, double capacityPerServer,
                          double maxUtilization) {
    const double usable = capacityPerServer * maxUtilization;
    const double exact = peakRequestsPerSecond / usable;
    const double servers = std::max(1.0, ceilWhole(exact));
    const double utilization = peakRequestsPerSecond / (servers * capacityPerServer);
    Calculation result;
    result.calculator = "servers";
    result.outputs = {
        {"servers", servers, Dimension::Count, "servers", 3, false},
        {"usable_per_server", usable, Dimension::Rate, "req/s"},
        {"utilization", utilization, Dimension::Fraction},
    };
    result.formula = {
        say(SDS_TRANSLATE_NOOP("Estimate", "%1 / (%2 x %3) = %4 -> %5 servers"),
            {shown(peakRequestsPerSecond, Dimension::Rate, "req/s"),
             shown(capacityPerServer, Dimension::Rate, "req/s"),
             shown(maxUtilization, Dimension::Fraction), roundedNumber(exact, 4),
             formatNumber(servers)}),
        say(SDS_TRANSLATE_NOOP("Estimate", "at the peak each server is %1 busy"),
            {shown(utilization, Dimension::Fraction)}),
    };
    return result;
}

Calculation cacheSize(double items, double bytesPerItem, double hotFraction) {
    const double bytes = hotFraction * items * bytesPerItem;
    Calculation result;
    result.calculator = "cache";
    result.outputs = {{"bytes", bytes, Dimension::Bytes}};
    result.formula = {say(SDS_TRANSLATE_NOOP("Estimate", "%1 x %2 items x %3 = %4"),
                          {shown(hotFraction, Dimension::Fraction), count(items),
                           shown(bytesPerItem, Dimension::Bytes), shown(bytes, Dimension::Bytes)})};
    return result;
}

Calculation shardsNeeded(const ShardLoad& load) {
    Calculation result;
    result.calculator = "shards";
    double shards = 1;
    if (load.bytesPerShard > 0) {
        const double exact = load.bytes / load.bytesPerShard;
        const double byStorage = std::max(1.0, ceilWhole(exact));
        shards = std::max(shards, byStorage);
        result.outputs.push_back(
            {"shards_by_storage", byStorage, Dimension::Count, "shards", 3, false});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "by storage: %1 / %2 a shard = %3 -> %4 shards"),
                {shown(load.bytes, Dimension::Bytes), shown(load.bytesPerShard, Dimension::Bytes),
                 roundedNumber(exact, 4), formatNumber(byStorage)}));
    }
    if (load.writesPerShard > 0) {
        const double exact = load.writesPerSecond / load.writesPerShard;
        const double byWrites = std::max(1.0, ceilWhole(exact));
        shards = std::max(shards, byWrites);
        result.outputs.push_back(
            {"shards_by_writes", byWrites, Dimension::Count, "shards", 3, false});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "by writes: %1 / %2 a shard = %3 -> %4 shards"),
                {shown(load.writesPerSecond, Dimension::Rate, "writes/s"),
                 shown(load.writesPerShard, Dimension::Rate, "writes/s"), roundedNumber(exact, 4),
                 formatNumber(byWrites)}));
    }
    result.outputs.insert(result.outputs.begin(),
                          {"shards", shards, Dimension::Count, "shards", 3, false});
    return result;
}

Calculation concurrentConnections(double users, double concurrentFraction, double perServer) {
    const double connections = users * concurrentFraction;
    Calculation result;
    result.calculator = "connections";
    result.outputs = {{"connections", connections, Dimension::Count, "connections"}};
    result.formula = {
        say(SDS_TRANSLATE_NOOP("Estimate", "%1 users x %2 = %3 connections"),
            {count(users), shown(concurrentFraction, Dimension::Fraction), count(connections)})};
    if (perServer > 0) {
        const double servers = std::max(1.0, ceilWhole(connections / perServer));
        result.outputs.push_back({"servers", servers, Dimension::Count, "servers", 3, false});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "%1 connections / %2 a server -> %3 servers"),
                {count(connections), count(perServer), formatNumber(servers)}));
    }
    return result;
}

Calculation prefixShards(double alphabet, double length) {
    const double shards = std::pow(alphabet, length);
    Calculation result;
    result.calculator = "prefix";
    result.outputs = {{"shards", shards, Dimension::Count, "shards", 3, false}};
    result.formula = {say(SDS_TRANSLATE_NOOP("Estimate", "%1^%2 = %3 shards"),
                          {formatNumber(alphabet), formatNumber(length), formatNumber(shards)})};
    return result;
}

Calculation fanOut(double followers, double posts) {
    const double writes = followers * posts;
    Calculation result;
    result.calculator = "fanout";
    result.outputs = {{"timeline_writes", writes, Dimension::Count, "writes", 3, false}};
    result.formula = {say(SDS_TRANSLATE_NOOP("Estimate", "%1 posts x %2 followers = %3 writes"),
                          {count(posts), count(followers), count(writes)})};
    return result;
}

} // namespace studio::core::estimate
