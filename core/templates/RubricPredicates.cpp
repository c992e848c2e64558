#include "templates/RubricPredicates.h"

#include "estimate/DesignEstimate.h"
#include "model/DisplayName.h"
#include "model/EnumNames.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>

namespace studio::core::templates {

namespace {

constexpr const char* kContext = "Rubric";

Verdict verdict(bool passed, const char* templ, std::vector<std::string> args = {}) {
    return Verdict{passed, Message{kContext, templ, std::move(args)}};
}

bool listed(const std::vector<std::string>& kinds, const std::string& kind) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// "cache" or "sql_database or nosql_database".
std::string kindList(const std::vector<std::string>& kinds) {
    std::string out;
    for (const auto& kind : kinds)
        out += (out.empty() ? "" : " or ") + kind;
    return out;
}

std::string labels(const std::vector<const Component*>& components) {
    std::string out;
    for (const Component* component : components)
        out += (out.empty() ? "" : ", ") + displayName(*component);
    return out;
}

std::vector<const Component*> ofKinds(const Design& design, const std::vector<std::string>& kinds) {
    std::vector<const Component*> found;
    for (const auto& component : design.components)
        if (listed(kinds, component.kind))
            found.push_back(&component);
    return found;
}

Verdict noComponent(const std::vector<std::string>& kinds) {
    return verdict(false, SDS_TRANSLATE_NOOP("Rubric", "no component of kind %1"),
                   {kindList(kinds)});
}

std::string arrow(const Design& design, const Link& link) {
    const Component* from = design.findComponent(link.from);
    const Component* to = design.findComponent(link.to);
    return (from ? displayName(*from) : link.from) + " → " + (to ? displayName(*to) : link.to);
}

} // namespace

Verdict checkKindPresent(const Design& design, const KindPresentCheck& check) {
    const auto found = ofKinds(design, check.kinds);
    if (found.empty())
        return noComponent(check.kinds);
    const std::string count = std::to_string(found.size());
    if (static_cast<int>(found.size()) < check.min)
        return verdict(false,
                       SDS_TRANSLATE_NOOP("Rubric", "%1 of kind %2 (%3), fewer than the %4 needed"),
                       {count, kindList(check.kinds), labels(found), std::to_string(check.min)});
    return verdict(true, SDS_TRANSLATE_NOOP("Rubric", "%1 of kind %2: %3"),
                   {count, kindList(check.kinds), labels(found)});
}

// Breadth first over (component, passed a via component yet): the shortest path wins. A
// via component counts only strictly between the two ends.
Verdict checkPath(const Design& design, const PathCheck& check) {
    const auto sources = ofKinds(design, check.from);
    if (sources.empty())
        return noComponent(check.from);
    const auto targets = ofKinds(design, check.to);
    if (targets.empty())
        return noComponent(check.to);
    if (!check.via.empty() && ofKinds(design, check.via).empty())
        return verdict(false, SDS_TRANSLATE_NOOP("Rubric", "no component of kind %1 to pass"),
                       {kindList(check.via)});

    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < design.components.size(); ++i)
        index.emplace(design.components[i].id, i);
    std::vector<std::vector<std::size_t>> next(design.components.size());
    for (const auto& link : design.links) {
        const auto from = index.find(link.from);
        const auto to = index.find(link.to);
        if (from != index.end() && to != index.end())
            next[from->second].push_back(to->second);
    }

    const std::size_t n = design.components.size();
    const auto state = [n](std::size_t component, bool via) { return component + (via ? n : 0); };
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> parent(2 * n, kNone);
    std::vector<bool> seen(2 * n, false);
    std::deque<std::size_t> queue;
    for (const Component* source : sources) {
        const std::size_t s = state(index.at(source->id), false);
        if (!seen[s]) {
            seen[s] = true;
            queue.push_back(s);
        }
    }
    bool reachedWithoutVia = false;
    while (!queue.empty()) {
        const std::size_t current = queue.front();
        queue.pop_front();
        const std::size_t at = current % n;
        const bool via = current >= n;
        for (const std::size_t to : next[at]) {
            const Component& component = design.components[to];
            if (listed(check.to, component.kind)) {
                reachedWithoutVia = true;
                if (check.via.empty() || via) {
                    std::vector<std::string> names = {displayName(component)};
                    for (std::size_t s = current; s != kNone; s = parent[s])
                        names.push_back(displayName(design.components[s % n]));
                    std::string path;
                    for (auto it = names.rbegin(); it != names.rend(); ++it)
                        path += (path.empty() ? "" : " → ") + *it;
                    return verdict(true, SDS_TRANSLATE_NOOP("Rubric", "path: %1"), {path});
                }
            }
            const std::size_t s = state(to, via || listed(check.via, component.kind));
            if (!seen[s]) {
                seen[s] = true;
                parent[s] = current;
                queue.push_back(s);
            }
        }
    }
    if (reachedWithoutVia)
        return verdict(false,
                       SDS_TRANSLATE_NOOP("Rubric", "no path from %1 to %2 passes a component of "
                                                    "kind %3"),
                       {labels(sources), labels(targets), kindList(check.via)});
    return verdict(false, SDS_TRANSLATE_NOOP("Rubric", "no links lead from %1 to %2"),
                   {labels(sources), labels(targets)});
}

Verdict checkLinkMode(const Design& design, const LinkModeCheck& check) {
    const auto sources = ofKinds(design, check.from);
    if (sources.empty())
        return noComponent(check.from);
    const auto targets = ofKinds(design, check.to);
    if (targets.empty())
        return noComponent(check.to);
    std::string otherModes;
    for (const auto& link : design.links) {
        const Component* from = design.findComponent(link.from);
        const Component* to = design.findComponent(link.to);
        if (!from || !to || !listed(check.from, from->kind) || !listed(check.to, to->kind))
            continue;
        if (link.mode == check.mode)
            return verdict(true, SDS_TRANSLATE_NOOP("Rubric", "%1 is a %2 link"),
                           {arrow(design, link), toString(link.mode)});
        otherModes += (otherModes.empty() ? "" : ", ") + arrow(design, link) + " (" +
                      toString(link.mode) + ")";
    }
    if (!otherModes.empty())
        return verdict(false, SDS_TRANSLATE_NOOP("Rubric", "no %1 link: %2"),
                       {toString(check.mode), otherModes});
    return verdict(false, SDS_TRANSLATE_NOOP("Rubric", "no link from %1 to %2"),
                   {labels(sources), labels(targets)});
}

Verdict checkPropertyRange(const Design& design, const PropertyRangeCheck& check) {
    const auto found = ofKinds(design, check.kinds);
    if (found.empty())
        return noComponent(check.kinds);
    std::string range;
    if (check.min && check.max)
        range = formatNumber(*check.min) + " .. " + formatNumber(*check.max);
    else if (check.min)
        range = ">= " + formatNumber(*check.min);
    else if (check.max)
        range = "<= " + formatNumber(*check.max);
    std::string values;
    for (const Component* component : found) {
        const auto it = component->properties.find(check.property);
        const double value =
            it == component->properties.end() ? std::nan("") : asNumber(it->second, std::nan(""));
        const std::string shown = displayName(*component) + ": " + check.property + " = " +
                                  (std::isnan(value) ? std::string("-") : formatNumber(value));
        if (!std::isnan(value) && (!check.min || value >= *check.min) &&
            (!check.max || value <= *check.max))
            return verdict(true, SDS_TRANSLATE_NOOP("Rubric", "%1, within %2"), {shown, range});
        values += (values.empty() ? "" : ", ") + shown;
    }
    return verdict(false, SDS_TRANSLATE_NOOP("Rubric", "%1; none within %2"), {values, range});
}

namespace {

// The estimation inputs a quantity needs, to say what to fill in.
const char* inputsFor(const std::string& quantity) {
    static const std::map<std::string, const char*> inputs = {
        {"read_rps", "dau, reads_per_user_per_day"},
        {"write_rps", "dau, writes_per_user_per_day"},
        {"peak_rps", "dau, reads_per_user_per_day or writes_per_user_per_day, peak_factor"},
        {"storage_bytes",
         "item_count and item_bytes, or writes_per_user_per_day, write_bytes and retention_days"},
        {"concurrent_connections", "dau, concurrent_fraction"},
        {"bandwidth_bytes_per_second",
         "dau, reads_per_user_per_day and read_bytes, or writes_per_user_per_day and write_bytes"},
    };
    const auto it = inputs.find(quantity);
    return it == inputs.end() ? "" : it->second;
}

} // namespace

Verdict checkEstimate(const Design& design, const Design& reference, const EstimateCheck& check) {
    const estimate::Calculation mine = estimate::designEstimate(design.estimation);
    const estimate::Calculation theirs = estimate::designEstimate(reference.estimation);
    const estimate::Output* a = mine.find(check.quantity);
    const estimate::Output* b = theirs.find(check.quantity);
    if (!a)
        return verdict(false,
                       SDS_TRANSLATE_NOOP("Rubric", "the design's estimation gives no %1 (it needs "
                                                    "%2)"),
                       {check.quantity, inputsFor(check.quantity)});
    if (!b)
        return verdict(false, SDS_TRANSLATE_NOOP("Rubric", "the template's estimation gives no %1"),
                       {check.quantity});
    const double low = std::min(a->value, b->value);
    const double high = std::max(a->value, b->value);
    const double ratio = low > 0 ? high / low : (high > 0 ? INFINITY : 1.0);
    const std::string shownRatio =
        std::isfinite(ratio) ? formatNumber(std::round(ratio * 100) / 100) : "∞";
    const std::vector<std::string> args = {check.quantity, a->peopleForm(), b->peopleForm(),
                                           shownRatio, formatNumber(check.factor)};
    if (ratio <= check.factor)
        return verdict(
            true,
            SDS_TRANSLATE_NOOP("Rubric", "%1: %2 against the template's %3 (x%4, within x%5)"),
            args);
    return verdict(
        false,
        SDS_TRANSLATE_NOOP("Rubric", "%1: %2 against the template's %3 (x%4, more than x%5)"),
        args);
}

} // namespace studio::core::templates
