#include "estimate/DesignPrefill.h"

#include "estimate/DesignEstimate.h"
#include "estimate/QuantityFormat.h"

#include <cmath>

namespace studio::core::estimate {

namespace {

constexpr int kDigits = 6; // enough that a prefilled figure gives the design's own result

std::string count(double value) {
    return formatQuantity(value, Dimension::Count, {}, kDigits);
}

std::string bytes(double value) {
    return formatQuantity(value, Dimension::Bytes, {}, kDigits);
}

std::string perSecond(double value) {
    return count(value) + "/s";
}

std::string fraction(double value) {
    return formatQuantity(value, Dimension::Fraction);
}

// Bytes an action moves, reads and writes weighed by how often each happens.
double bytesPerAction(const Estimation& e) {
    const double actions = e.readsPerUserPerDay + e.writesPerUserPerDay;
    if (actions <= 0)
        return 0;
    return (e.readsPerUserPerDay * e.readBytes + e.writesPerUserPerDay * e.writeBytes) / actions;
}

void add(CalculatorValues& values, const char* key, double value, std::string written) {
    if (value > 0 && std::isfinite(value))
        values.emplace_back(key, std::move(written));
}

} // namespace

const std::vector<std::string>& prefillCalculators() {
    static const std::vector<std::string> names{"traffic", "storage", "dataset", "bandwidth",
                                                "servers", "cache",   "shards",  "connections"};
    return names;
}

CalculatorValues designInputs(const std::string& name, const Estimation& e) {
    const Calculation design = designEstimate(e);
    const double actions = e.readsPerUserPerDay + e.writesPerUserPerDay;
    const double perAction = bytesPerAction(e);
    const double peak = design.value("peak_rps");
    CalculatorValues values;
    if (name == "traffic" && e.dau > 0 && actions > 0) {
        add(values, "dau", e.dau, count(e.dau));
        add(values, "actions_per_day", actions, count(actions));
        add(values, "bytes_per_action", perAction, bytes(perAction));
        add(values, "peak_factor", e.peakFactor, count(e.peakFactor));
    } else if (name == "storage" && e.dau > 0 && e.writesPerUserPerDay > 0 && e.writeBytes > 0) {
        const double perDay = e.dau * e.writesPerUserPerDay * e.writeBytes;
        add(values, "bytes_per_day", perDay, bytes(perDay));
        add(values, "days", e.retentionDays, count(e.retentionDays));
        add(values, "replicas", e.replicas, count(e.replicas));
    } else if (name == "dataset" && e.itemCount > 0) {
        add(values, "items", e.itemCount, count(e.itemCount));
        add(values, "bytes_per_item", e.itemBytes, bytes(e.itemBytes));
        add(values, "replicas", e.replicas, count(e.replicas));
    } else if ((name == "bandwidth" || name == "servers") && peak > 0) {
        add(values, "requests_per_second", peak, perSecond(peak));
        if (name == "bandwidth")
            add(values, "bytes_per_request", perAction, bytes(perAction));
    } else if (name == "cache" && e.itemCount > 0) {
        add(values, "items", e.itemCount, count(e.itemCount));
        add(values, "bytes_per_item", e.itemBytes, bytes(e.itemBytes));
    } else if (name == "shards") {
        const double stored = design.value("storage_bytes");
        const double writes = design.value("write_rps") * e.peakFactor;
        add(values, "bytes", stored, bytes(stored));
        add(values, "writes_per_second", writes, perSecond(writes));
    } else if (name == "connections" && e.dau > 0) {
        add(values, "users", e.dau, count(e.dau));
        add(values, "concurrent_fraction", e.concurrentFraction, fraction(e.concurrentFraction));
    }
    return values;
}

} // namespace studio::core::estimate
