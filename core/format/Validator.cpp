#include "format/Validator.h"

#include "format/DesignJson.h"
#include "format/FailureChecks.h"
#include "format/ValidationChecks.h"
#include "model/EnumNames.h"

#include <map>
#include <string_view>
#include <unordered_map>

namespace studio::core {

using namespace format;

namespace {

constexpr double kMaxCoordinate = 1e7; // scene units
constexpr double kMaxWeight = 1e6;
constexpr std::size_t kMaxBends = 1000; // per link
constexpr int kMaxStep = 1000;
constexpr int kMaxConcurrent = 1'000'000;
constexpr double kMaxMultiplicity = 1e6;
constexpr double kMaxLatencySeconds = 60;
constexpr double kMaxP99Seconds = 1e5;
constexpr double kMaxThroughput = 1e12; // requests per second

using Kind = ProblemSubject::Kind;

std::string quotedPlace(const char* list, std::size_t index, const std::string& id) {
    std::string place = std::string(list) + "[" + std::to_string(index) + "]";
    return id.empty() ? place : place + " \"" + id + "\"";
}

std::string declaredKeys(const KindSpec& kind) {
    std::string out;
    for (const auto& spec : kind.properties)
        out += (out.empty() ? "" : ", ") + spec.key;
    return out;
}

// The call links of each caller at each step, for `when: miss|hit`.
struct StepKeyHash {
    std::size_t operator()(const std::pair<std::string_view, int>& key) const {
        return std::hash<std::string_view>()(key.first) * 31 + std::hash<int>()(key.second);
    }
};
using CallsByStep =
    std::unordered_map<std::pair<std::string_view, int>, std::vector<std::size_t>, StepKeyHash>;

// What the checks look things up in, and which place first used each id.
struct Context {
    const Design& design;
    const Catalog& catalog;
    Problems& problems;
    RequestClasses classes;
    std::unordered_map<std::string, std::string> idOwners;
    DesignIndex index{design};
    CallsByStep callsByStep;

    const Component* findComponent(const std::string& id) const { return index.findComponent(id); }
    const Zone* findZone(const std::string& id) const { return index.findZone(id); }

    void checkId(const std::string& place, const std::string& id) {
        if (id.empty()) {
            report(problems, place, "id", SDS_TRANSLATE_NOOP("Validation", "id must not be empty"));
            return;
        }
        const auto [it, added] = idOwners.emplace(id, place);
        if (!added)
            report(problems, place, "id",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "id \"%1\" is already used by %2; ids must be unique "
                                      "across components, links and zones"),
                   {id, it->second});
    }
};

void checkRect(Problems& problems, const std::string& place, const Rect& rect) {
    checkRange(problems, place, "x", rect.x, -kMaxCoordinate, kMaxCoordinate);
    checkRange(problems, place, "y", rect.y, -kMaxCoordinate, kMaxCoordinate);
    checkRange(problems, place, "width", rect.width, 0, kMaxCoordinate, true);
    checkRange(problems, place, "height", rect.height, 0, kMaxCoordinate, true);
}

void checkProperties(Problems& problems, const std::string& place, const KindSpec& kind,
                     const Properties& properties) {
    for (const auto& spec : kind.properties) {
        const auto it = properties.find(spec.key);
        if (it == properties.end())
            report(problems, place, "properties." + spec.key,
                   SDS_TRANSLATE_NOOP("Validation", "property %1 is missing"), {spec.key});
        else if (auto message = spec.check(it->second))
            problems.push_back(Problem{
                place, std::move(*message), {Kind::Unknown, {}, {}, "properties." + spec.key}});
    }
    for (const auto& [key, value] : properties)
        if (!kind.property(key))
            report(problems, place, "properties." + key,
                   SDS_TRANSLATE_NOOP("Validation", "kind %1 has no property \"%2\" (it has: %3)"),
                   {kind.id, key, declaredKeys(kind)});
}

void checkComponent(Context& context, const Component& component, const std::string& place) {
    Problems& problems = context.problems;
    context.checkId(place, component.id);
    checkRect(problems, place, component.rect);
    if (!component.zone.empty() && !context.findZone(component.zone))
        report(problems, place, "zone",
               SDS_TRANSLATE_NOOP("Validation", "\"zone\" names zone \"%1\", which does not exist"),
               {component.zone});

    const KindSpec* kind = context.catalog.find(component.kind);
    if (!kind) {
        report(problems, place, "kind",
               SDS_TRANSLATE_NOOP("Validation",
                                  "kind \"%1\" is not a kind this studio knows (docs/FORMAT.md "
                                  "lists them)"),
               {component.kind});
        return;
    }
    checkProperties(problems, place, *kind, component.properties);
    checkService(problems, place + ".service", component.service, kind->station, context.classes);
    if (!component.workload)
        return;
    if (!kind->source)
        report(problems, place, "workload",
               SDS_TRANSLATE_NOOP("Validation",
                                  "kind %1 does not generate traffic, so it takes no workload; "
                                  "put the workload on a client"),
               {kind->id});
    else
        checkWorkload(problems, place + ".workload", *component.workload);
}

void checkZone(Context& context, const Zone& zone, const std::string& place) {
    Problems& problems = context.problems;
    context.checkId(place, zone.id);
    checkRect(problems, place, zone.rect);
    if (zone.parent.empty())
        return;
    if (zone.parent == zone.id) {
        report(problems, place, "parent",
               SDS_TRANSLATE_NOOP("Validation", "\"parent\" is the zone itself (\"%1\")"),
               {zone.parent});
        return;
    }
    if (!context.findZone(zone.parent)) {
        report(
            problems, place, "parent",
            SDS_TRANSLATE_NOOP("Validation", "\"parent\" names zone \"%1\", which does not exist"),
            {zone.parent});
        return;
    }
}

// Zones nested in a circle, each circle reported once, at its first zone in the file, with
// the chain from there round to it again. Every zone is walked once: O(zones).
void checkZoneCircles(Context& context) {
    const auto& zones = context.design.zones;
    // The parent's index, or npos when there is none to follow (no parent, a missing one or
    // the zone itself: each reported on its own).
    constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::vector<std::size_t> parent(zones.size(), npos);
    for (std::size_t i = 0; i < zones.size(); ++i) {
        if (zones[i].parent.empty() || zones[i].parent == zones[i].id)
            continue;
        if (const auto it = context.index.zones.find(zones[i].parent);
            it != context.index.zones.end())
            parent[i] = it->second;
    }
    enum class State : unsigned char { Unseen, OnPath, Done };
    std::vector<State> state(zones.size(), State::Unseen);
    std::vector<std::size_t> path;
    for (std::size_t start = 0; start < zones.size(); ++start) {
        path.clear();
        std::size_t at = start;
        while (at != npos && state[at] == State::Unseen) {
            state[at] = State::OnPath;
            path.push_back(at);
            at = parent[at];
        }
        if (at != npos && state[at] == State::OnPath) {
            // The circle is the path from `at` on; it is reported at its first zone.
            std::size_t from = 0;
            while (path[from] != at)
                ++from;
            std::size_t first = at;
            for (std::size_t k = from; k < path.size(); ++k)
                first = std::min(first, path[k]);
            std::string chain = zones[first].id;
            for (std::size_t z = parent[first];; z = parent[z]) {
                chain += " -> " + zones[z].id;
                if (z == first)
                    break;
            }
            const std::string place = quotedPlace("zones", first, zones[first].id);
            report(context.problems, place, "parent",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "zones are nested in a circle (%1); one of them must have "
                                      "no parent or another"),
                   {chain});
            markSubject(context.problems, context.problems.size() - 1, Kind::Zone, zones[first].id,
                        place);
        }
        for (const std::size_t z : path)
            state[z] = State::Done;
    }
}

// `key` ("from" or "to") of a link names a component that can take traffic.
const Component* checkEnd(Context& context, const std::string& place, const char* key,
                          const std::string& id) {
    if (id.empty()) {
        report(context.problems, place, key,
               SDS_TRANSLATE_NOOP("Validation", "\"%1\" is empty; it must name a component"),
               {key});
        return nullptr;
    }
    const Component* component = context.findComponent(id);
    if (!component) {
        report(
            context.problems, place, key,
            SDS_TRANSLATE_NOOP("Validation", "\"%1\" names component \"%2\", which does not exist"),
            {key, id});
        return nullptr;
    }
    const KindSpec* kind = context.catalog.find(component->kind);
    if (kind && !kind->station && !kind->source) {
        report(context.problems, place, key,
               SDS_TRANSLATE_NOOP("Validation",
                                  "\"%1\" names %2 \"%3\", which takes no part in the traffic; "
                                  "links cannot start or end there"),
               {key, kind->id, id});
        return nullptr;
    }
    return component;
}

// `when: miss|hit` needs the previous step of the same caller to ask a cache or CDN.
void checkCondition(Context& context, const std::string& place, const Link& link) {
    if (link.when == CallCondition::Always)
        return;
    const std::string when = toString(link.when);
    if (link.mode != LinkMode::Call) {
        report(context.problems, place, "when",
               SDS_TRANSLATE_NOOP("Validation",
                                  "when: %1 applies only to call links; this is a %2 link"),
               {when, toString(link.mode)});
        return;
    }
    if (link.step <= 1) {
        report(context.problems, place, "when",
               SDS_TRANSLATE_NOOP("Validation",
                                  "when: %1 needs a previous step that asks a cache or CDN, but "
                                  "this call is step %2; make it step 2 or later"),
               {when, std::to_string(link.step)});
        return;
    }
    if (context.callsByStep.empty())
        for (std::size_t i = 0; i < context.design.links.size(); ++i) {
            const Link& other = context.design.links[i];
            if (other.mode == LinkMode::Call)
                context.callsByStep[{other.from, other.step}].push_back(i);
        }
    std::string called;
    const auto calls = context.callsByStep.find({link.from, link.step - 1});
    const std::size_t count = calls == context.callsByStep.end() ? 0 : calls->second.size();
    for (std::size_t k = 0; k < count; ++k) {
        const Link& other = context.design.links[calls->second[k]];
        const Component* target = context.findComponent(other.to);
        const KindSpec* kind = target ? context.catalog.find(target->kind) : nullptr;
        if (!kind || kind->hitsOrMisses)
            return; // a missing target or kind is reported on its own

        called += (called.empty() ? "" : ", ") + other.to;
    }
    report(context.problems, place, "when",
           SDS_TRANSLATE_NOOP("Validation",
                              "when: %1 needs step %2 of \"%3\" to call a cache or CDN, which "
                              "hits or misses; that step calls: %4"),
           {when, std::to_string(link.step - 1), link.from, called.empty() ? "nothing" : called});
}

void checkLink(Context& context, const Link& link, const std::string& place) {
    Problems& problems = context.problems;
    context.checkId(place, link.id);
    const Component* from = checkEnd(context, place, "from", link.from);
    const Component* to = checkEnd(context, place, "to", link.to);
    if (from && to && from == to)
        report(problems, place, {},
               SDS_TRANSLATE_NOOP("Validation",
                                  "\"from\" and \"to\" are both \"%1\"; a link joins two "
                                  "different components"),
               {link.from});
    if (link.bends.size() > kMaxBends)
        report(problems, place, "bends",
               SDS_TRANSLATE_NOOP("Validation", "\"bends\" has %1 points; a link has at most %2"),
               {std::to_string(link.bends.size()), std::to_string(kMaxBends)});
    for (std::size_t i = 0; i < link.bends.size(); ++i) {
        const std::string bendPlace = place + ".bends[" + std::to_string(i) + "]";
        checkRange(problems, bendPlace, "x", link.bends[i].x, -kMaxCoordinate, kMaxCoordinate);
        checkRange(problems, bendPlace, "y", link.bends[i].y, -kMaxCoordinate, kMaxCoordinate);
    }
    for (const auto& name : link.classes)
        context.classes.check(problems, place, "classes", name);
    checkRange(problems, place, "weight", link.weight, 0, kMaxWeight);
    checkRange(problems, place, "step", link.step, 1, kMaxStep);
    checkCondition(context, place, link);
    checkRange(problems, place, "multiplicity", link.multiplicity, 0, kMaxMultiplicity, true);
    checkRange(problems, place, "latency", link.latency, 0, kMaxLatencySeconds);
    checkTimeout(problems, place, link.timeout);
    checkRange(problems, place, "max_concurrent", link.maxConcurrent, 0, kMaxConcurrent);
    checkRetry(problems, place + ".retry", link.retry);
    checkBreaker(problems, place + ".breaker", link.breaker);
}

// Checks one item (at `place` in the file) and says that what was found is about it.
template <class Item, class Check>
void checkItem(Context& context, const Item& item, Kind kind, const std::string& place,
               Check check) {
    const std::size_t from = context.problems.size();
    check(context, item, place);
    markSubject(context.problems, from, kind, item.id, place);
}

void checkEstimation(Problems& problems, const Estimation& estimation) {
    for (const auto& field : estimationFields())
        checkRange(problems, "estimation", field.key, estimation.*field.member, field.min,
                   field.max);
}

void checkRequirements(Context& context, const Requirements& requirements) {
    Problems& problems = context.problems;
    const std::string place = "requirements.non_functional";
    if (requirements.p99Latency)
        checkRange(problems, place, "p99_latency", *requirements.p99Latency, 0, kMaxP99Seconds,
                   true);
    for (const auto& [name, seconds] : requirements.p99LatencyByClass) {
        context.classes.check(problems, place, "p99_latency_by_class", name);
        checkRange(problems, place, "p99_latency_by_class." + name, seconds, 0, kMaxP99Seconds,
                   true);
    }
    if (requirements.availability)
        checkRange(problems, place, "availability", *requirements.availability, 0, 1, true);
    if (requirements.throughput)
        checkRange(problems, place, "throughput", *requirements.throughput, 0, kMaxThroughput,
                   true);
    if (requirements.durability)
        checkRange(problems, place, "durability", *requirements.durability, 0, 1, true);
}

} // namespace

Problems validateDesign(const Design& design, const Catalog& catalog) {
    Problems problems;
    Context context{design, catalog, problems, {}, {}};
    // A problem for every item is possible; say where to put them before they come.
    context.idOwners.reserve(design.components.size() + design.links.size() + design.zones.size());
    for (const auto& component : design.components) {
        const KindSpec* kind = catalog.find(component.kind);
        if (component.workload && kind && kind->source)
            for (const auto& requestClass : component.workload->classes)
                context.classes.names.insert(requestClass.name);
    }
    for (std::size_t i = 0; i < design.components.size(); ++i)
        checkItem(context, design.components[i], Kind::Component,
                  quotedPlace("components", i, design.components[i].id), checkComponent);
    for (std::size_t i = 0; i < design.links.size(); ++i)
        checkItem(context, design.links[i], Kind::Link, "links[" + std::to_string(i) + "]",
                  checkLink);
    for (std::size_t i = 0; i < design.zones.size(); ++i)
        checkItem(context, design.zones[i], Kind::Zone, quotedPlace("zones", i, design.zones[i].id),
                  checkZone);
    checkZoneCircles(context);
    const std::size_t designFrom = problems.size();
    checkEstimation(problems, design.estimation);
    checkRequirements(context, design.requirements);
    for (std::size_t i = 0; i < design.failures.size(); ++i)
        checkFailure(problems, context.index, catalog, design.failures[i],
                     "failures[" + std::to_string(i) + "]");
    markSubject(problems, designFrom, Kind::Design, {}, {});
    return problems;
}

Result<Design> validDesignFromJson(const std::string& text, const Catalog& catalog) {
    Result<Design> design = designFromJson(text, catalog);
    if (!design)
        return design;
    Problems problems = validateDesign(design.value(), catalog);
    if (!problems.empty())
        return problems;
    return design;
}

} // namespace studio::core
