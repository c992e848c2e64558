// The failure timeline's checks (docs/FORMAT.md, "Failures"): each event's target, times and
// the keys of its kind.
#include "format/FailureChecks.h"

#include "model/EnumNames.h"

namespace studio::core::format {

namespace {

constexpr double kMaxFailureSeconds = 1e7; // a failure's start, duration, refill (as a burst's)
constexpr double kMaxSlowFactor = 1000;    // service time multiplier

// `key` of a failure event names an existing zone.
void checkZoneName(Problems& problems, const DesignIndex& index, const std::string& place,
                   const char* key, const std::string& id) {
    if (id.empty())
        report(problems, place, key,
               SDS_TRANSLATE_NOOP("Validation", "\"%1\" is empty; it must name a zone"), {key});
    else if (index.findComponent(id))
        report(problems, place, key,
               SDS_TRANSLATE_NOOP("Validation",
                                  "\"%1\" names component \"%2\", but it must name a zone"),
               {key, id});
    else if (!index.findZone(id))
        report(problems, place, key,
               SDS_TRANSLATE_NOOP("Validation", "\"%1\" names zone \"%2\", which does not exist"),
               {key, id});
}

// The component a failure event strikes, or null when it strikes a zone or is reported.
const Component* checkFailureTarget(Problems& problems, const DesignIndex& index,
                                    const Catalog& catalog, const FailureEvent& event,
                                    const std::string& place) {
    if (event.kind == FailureKind::ZoneDown) {
        checkZoneName(problems, index, place, "target", event.target);
        return nullptr;
    }
    if (event.target.empty()) {
        report(problems, place, "target",
               SDS_TRANSLATE_NOOP("Validation", "\"%1\" is empty; it must name a component"),
               {"target"});
        return nullptr;
    }
    const Component* component = index.findComponent(event.target);
    if (!component) {
        if (index.findZone(event.target))
            report(problems, place, "target",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "\"target\" names zone \"%1\"; only a zone_down event "
                                      "strikes a zone, a %2 event strikes a component"),
                   {event.target, toString(event.kind)});
        else
            report(problems, place, "target",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "\"%1\" names component \"%2\", which does not exist"),
                   {"target", event.target});
        return nullptr;
    }
    const KindSpec* kind = catalog.find(component->kind);
    if (kind && !kind->station && !kind->source) {
        report(problems, place, "target",
               SDS_TRANSLATE_NOOP("Validation",
                                  "\"target\" names %1 \"%2\", which takes no part in the "
                                  "traffic, so no failure can strike it"),
               {kind->id, event.target});
        return nullptr;
    }
    // A client can be cut off from a zone, but it serves nothing that could stop or slow.
    if (kind && !kind->station &&
        (event.kind == FailureKind::Down || event.kind == FailureKind::Slow)) {
        report(problems, place, "target",
               SDS_TRANSLATE_NOOP("Validation",
                                  "\"target\" names %1 \"%2\", which serves no requests, so "
                                  "it cannot be %3"),
               {kind->id, event.target, toString(event.kind)});
        return nullptr;
    }
    return component;
}

} // namespace

void checkFailure(Problems& problems, const DesignIndex& index, const Catalog& catalog,
                  const FailureEvent& event, const std::string& place) {
    const Component* target = checkFailureTarget(problems, index, catalog, event, place);
    checkRange(problems, place, "start", event.start, 0, kMaxFailureSeconds);
    checkRange(problems, place, "duration", event.duration, 0, kMaxFailureSeconds, true);
    switch (event.kind) {
    case FailureKind::Down: {
        // Up to the component's instances where its kind has them (a data store has nodes).
        const double instances = target ? target->number("instances", -1) : -1;
        if (checkRange(problems, place, "instances", event.instances, 0, kUnbounded) &&
            instances >= 0 && event.instances > instances)
            report(problems, place, "instances",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "instances must be <= %1 (\"%2\" has %1), got %3; 0 "
                                      "takes them all down"),
                   {formatNumber(instances), event.target, std::to_string(event.instances)});
        return;
    }
    case FailureKind::Slow:
        checkRange(problems, place, "factor", event.factor, 1, kMaxSlowFactor, true);
        return;
    case FailureKind::Partitioned:
        checkZoneName(problems, index, place, "zone", event.zone);
        return;
    case FailureKind::Flushed: {
        checkRange(problems, place, "refill", event.refill, 0, kMaxFailureSeconds);
        const KindSpec* kind = target ? catalog.find(target->kind) : nullptr;
        if (kind && !kind->hitsOrMisses)
            report(problems, place, "target",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "\"target\" names %1 \"%2\", which caches nothing; only "
                                      "a cache or CDN can be flushed"),
                   {kind->id, event.target});
        return;
    }
    case FailureKind::ZoneDown:
        return;
    }
}

} // namespace studio::core::format
