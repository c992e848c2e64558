#include "estimate/DesignEstimate.h"

namespace studio::core::estimate {

namespace {

constexpr double kSecondsPerDay = 86400;
constexpr double kHotFraction = 0.2; // the 80/20 rule: a fifth of the items serve most reads

Message say(const char* text, std::vector<std::string> args) {
    return Message{"Estimate", text, std::move(args)};
}

std::string count(double value) {
    return shown(value, Dimension::Count);
}

std::string perSecond(double value) {
    return shown(value, Dimension::Rate, "req/s");
}

std::string bytes(double value) {
    return shown(value, Dimension::Bytes);
}

} // namespace

Calculation designEstimate(const Estimation& e) {
    Calculation result;
    result.calculator = "design";
    const double reads = e.dau * e.readsPerUserPerDay / kSecondsPerDay;
    const double writes = e.dau * e.writesPerUserPerDay / kSecondsPerDay;
    if (e.dau > 0 && e.readsPerUserPerDay > 0) {
        result.outputs.push_back({"read_rps", reads, Dimension::Rate, "req/s"});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "reads: %1 DAU x %2/day / 86,400 s = %3"),
                {count(e.dau), count(e.readsPerUserPerDay), perSecond(reads)}));
    }
    if (e.dau > 0 && e.writesPerUserPerDay > 0) {
        result.outputs.push_back({"write_rps", writes, Dimension::Rate, "req/s"});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "writes: %1 DAU x %2/day / 86,400 s = %3"),
                {count(e.dau), count(e.writesPerUserPerDay), perSecond(writes)}));
    }
    if (reads + writes > 0) {
        const double peak = (reads + writes) * e.peakFactor;
        result.outputs.push_back({"peak_rps", peak, Dimension::Rate, "req/s"});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "peak: %1 x peak factor %2 = %3"),
                {perSecond(reads + writes), count(e.peakFactor), perSecond(peak)}));
    }
    if (e.itemCount > 0 && e.itemBytes > 0) {
        const double total = e.itemCount * e.itemBytes * e.replicas;
        result.outputs.push_back({"storage_bytes", total, Dimension::Bytes});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "storage: %1 items x %2 x %3 replicas = %4"),
                {count(e.itemCount), bytes(e.itemBytes), count(e.replicas), bytes(total)}));
        const double hot = kHotFraction * e.itemCount * e.itemBytes;
        result.outputs.push_back({"cache_bytes", hot, Dimension::Bytes});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "cache: 20% x %1 items x %2 = %3"),
                {count(e.itemCount), bytes(e.itemBytes), bytes(hot)}));
    } else if (writes > 0 && e.writeBytes > 0 && e.retentionDays > 0) {
        const double perDay = writes * kSecondsPerDay * e.writeBytes;
        const double total = perDay * e.retentionDays * e.replicas;
        result.outputs.push_back({"storage_bytes", total, Dimension::Bytes});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "storage: %1/day x %2 x %3 replicas = %4"),
                {bytes(perDay), shown(e.retentionDays, Dimension::Days), count(e.replicas),
                 bytes(total)}));
    }
    if (e.dau > 0 && e.concurrentFraction > 0) {
        const double connections = e.dau * e.concurrentFraction;
        result.outputs.push_back(
            {"concurrent_connections", connections, Dimension::Count, "connections"});
        result.formula.push_back(say(
            SDS_TRANSLATE_NOOP("Estimate", "connections: %1 DAU x %2 online = %3"),
            {count(e.dau), shown(e.concurrentFraction, Dimension::Fraction), count(connections)}));
    }
    const double flow = reads * e.readBytes + writes * e.writeBytes;
    if (flow > 0) {
        result.outputs.push_back({"bandwidth_bytes_per_second", flow, Dimension::BytesPerSecond});
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "bandwidth: %1 x %2 + %3 x %4 = %5"),
                {perSecond(reads), bytes(e.readBytes), perSecond(writes), bytes(e.writeBytes),
                 shown(flow, Dimension::BytesPerSecond)}));
    }
    result.notes = {say(SDS_TRANSLATE_NOOP("Estimate", "a day is 86,400 s; 1 KB = 1,000 B"), {})};
    return result;
}

} // namespace studio::core::estimate
