#include "sim/SimFailure.h"

#include "sim/SimModel.h"

#include <unordered_map>

namespace studio::core::sim {

namespace {

// Whether zone `id` is `ancestor` or nested in it (at any depth).
bool withinZone(const Design& design, std::string id, const std::string& ancestor) {
    for (std::size_t depth = 0; !id.empty() && depth <= design.zones.size(); ++depth) {
        if (id == ancestor)
            return true;
        const Zone* zone = design.findZone(id);
        id = zone ? zone->parent : std::string();
    }
    return false;
}

void addStations(const SimNode& node, std::uint32_t count, SimFailure& out) {
    const std::uint32_t n = count == 0 ? node.stations : std::min(count, node.stations);
    for (std::uint32_t s = 0; s < n; ++s)
        out.stations.push_back(node.firstStation + s);
}

} // namespace

std::vector<SimFailure> compileFailures(const Design& design, const std::vector<SimNode>& nodes) {
    std::unordered_map<std::string, std::uint32_t> nodeOf;
    for (std::uint32_t n = 0; n < nodes.size(); ++n)
        nodeOf.emplace(nodes[n].id, n);
    std::vector<SimFailure> out;
    for (const FailureEvent& event : design.failures) {
        SimFailure f;
        f.kind = event.kind;
        f.start = event.start;
        f.end = event.start + event.duration;
        f.refuse = event.crashMode == CrashMode::Refuse;
        f.factor = event.factor;
        f.refill = event.refill;
        if (event.kind == FailureKind::ZoneDown) {
            for (std::uint32_t n = 0; n < nodes.size(); ++n) {
                const Component* c = design.findComponent(nodes[n].id);
                if (c && nodes[n].station && withinZone(design, c->zone, event.target))
                    addStations(nodes[n], 0, f);
            }
            out.push_back(std::move(f));
            continue;
        }
        const auto found = nodeOf.find(event.target);
        if (found == nodeOf.end())
            continue;
        f.node = found->second;
        if (event.kind == FailureKind::Down) {
            if (!nodes[f.node].station)
                continue;
            addStations(nodes[f.node], static_cast<std::uint32_t>(std::max(0, event.instances)), f);
        }
        if (event.kind == FailureKind::Partitioned) {
            f.cutOff.assign(nodes.size(), 0);
            for (std::uint32_t n = 0; n < nodes.size(); ++n) {
                const Component* c = design.findComponent(nodes[n].id);
                f.cutOff[n] = c && withinZone(design, c->zone, event.zone);
            }
        }
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace studio::core::sim
