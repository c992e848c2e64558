#include "model/Estimation.h"

#include "util/Message.h"

namespace studio::core {

const std::vector<EstimationField>& estimationFields() {
    static const std::vector<EstimationField> fields = {
        {"dau", SDS_TRANSLATE_NOOP("Estimation", "Daily active users"), "users", 0, 1e11,
         &Estimation::dau},
        {"reads_per_user_per_day", SDS_TRANSLATE_NOOP("Estimation", "Reads per user a day"),
         "1/day", 0, 1e7, &Estimation::readsPerUserPerDay},
        {"writes_per_user_per_day", SDS_TRANSLATE_NOOP("Estimation", "Writes per user a day"),
         "1/day", 0, 1e7, &Estimation::writesPerUserPerDay},
        {"read_bytes", SDS_TRANSLATE_NOOP("Estimation", "Bytes per read"), "B", 0, 1e12,
         &Estimation::readBytes},
        {"write_bytes", SDS_TRANSLATE_NOOP("Estimation", "Bytes per write"), "B", 0, 1e12,
         &Estimation::writeBytes},
        {"item_count", SDS_TRANSLATE_NOOP("Estimation", "Items stored"), "items", 0, 1e18,
         &Estimation::itemCount},
        {"item_bytes", SDS_TRANSLATE_NOOP("Estimation", "Bytes per item"), "B", 0, 1e12,
         &Estimation::itemBytes},
        {"retention_days", SDS_TRANSLATE_NOOP("Estimation", "Retention"), "days", 0, 1e5,
         &Estimation::retentionDays},
        {"replicas", SDS_TRANSLATE_NOOP("Estimation", "Replicas"), "copies", 1, 100,
         &Estimation::replicas},
        {"peak_factor", SDS_TRANSLATE_NOOP("Estimation", "Peak factor"), "x", 1, 1000,
         &Estimation::peakFactor},
        {"concurrent_fraction", SDS_TRANSLATE_NOOP("Estimation", "Share online at once"), "0..1", 0,
         1, &Estimation::concurrentFraction},
    };
    return fields;
}

} // namespace studio::core
