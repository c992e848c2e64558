#pragma once

#include "catalog/Catalog.h"
#include "document/ChangeSet.h"
#include "model/Design.h"

#include <string>

// Applying a calculator's figure to one component (see Edits.h): which components take each
// figure, the component with it applied, and the edit. An edit is empty when the id names no
// component or the figure is already there.
namespace studio::core::edits {

// A client with an open workload takes an arrival rate.
bool takesArrivalRate(const Component& component);
// `component` with an open workload's average `rate` (requests a second) and `peakFactor`
// (peak / average); a component without a workload gets an open one.
Component withArrivalRate(Component component, double rate, double peakFactor);
ChangeSet setArrivalRate(const Design& design, const std::string& id, double rate,
                         double peakFactor);

// A kind with a `capacity` in bytes that answers hits (a cache) takes a cache size.
bool takesCacheSize(const Component& component, const Catalog& catalog);
// The component's `shards`, at least 1.
double shardsOf(const Component& component);
// A shard's part of `bytes` (the whole cache, all shards together), rounded up to a whole
// byte: the catalog's `capacity` is memory per shard.
double bytesPerShard(const Component& cache, double bytes);
// `cache` with `bytes` (the whole cache) split evenly over its shards.
Component withCacheSize(Component cache, double bytes);
ChangeSet setCacheSize(const Design& design, const std::string& id, double bytes);

// A data store (a kind with `shards`) takes a shard count.
bool takesShardCount(const Component& component, const Catalog& catalog);
// `shards` rounded up to a whole number from 1 to 1e15, the largest count a property is
// given (not finite: 1e15).
double wholeShards(double shards);
// `store` with `shards` as a whole number of shards (an integer property).
Component withShardCount(Component store, double shards);
ChangeSet setShardCount(const Design& design, const std::string& id, double shards);

} // namespace studio::core::edits
