#pragma once

// Applying a calculator's result to the design: one command class per kind of result. Each
// sets one component's field from a figure the calculators panel worked out, as one undo
// step named after the figure ("Set arrival rate of Users to 1.16K req/s, peak x3"). The
// rules (what takes each figure, how it is applied) are core's, in document/ApplyEdits.h.
#include "widgets/commands/DesignCommand.h"

#include <string>

namespace studio::widgets {

// A client's open workload: its average arrival rate and its peak factor.
class ApplyArrivalRateCommand : public DesignCommand {
public:
    // `rate` in requests a second (the average); `peakFactor`: peak / average.
    ApplyArrivalRateCommand(core::DesignDocument& document, const std::string& clientId,
                            double rate, double peakFactor);
};

// A cache's memory. The catalog's `capacity` is memory per shard, so the total is split
// evenly over the cache's shards (rounded up to a whole byte).
class ApplyCacheSizeCommand : public DesignCommand {
public:
    // `bytes`: the whole cache, all shards together.
    ApplyCacheSizeCommand(core::DesignDocument& document, const std::string& cacheId, double bytes);
};

// A data store's shard count.
class ApplyShardCountCommand : public DesignCommand {
public:
    ApplyShardCountCommand(core::DesignDocument& document, const std::string& storeId,
                           double shards);
};

} // namespace studio::widgets
