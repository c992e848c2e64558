#include "widgets/simulation/FailureScenarios.h"

#include "model/DisplayName.h"

#include <QCoreApplication>
#include <QLocale>

#include <set>

namespace studio::widgets {

namespace {

QString nameOf(const core::Design& design, const std::string& id) {
    return QString::fromStdString(core::displayName(design, id));
}

// The zone `zoneId` and every zone around it.
std::set<std::string> zonesAround(const core::Design& design, std::string zoneId) {
    std::set<std::string> around;
    while (!zoneId.empty() && around.insert(zoneId).second) {
        const core::Zone* zone = design.findZone(zoneId);
        zoneId = zone ? zone->parent : std::string();
    }
    return around;
}

} // namespace

QString scenarioName(FailureScenario scenario) {
    switch (scenario) {
    case FailureScenario::ServerCrash:
        return QCoreApplication::translate("Failures", "Server crash");
    case FailureScenario::OneInstanceDown:
        return QCoreApplication::translate("Failures", "One instance down");
    case FailureScenario::SlowDependency:
        return QCoreApplication::translate("Failures", "Slow dependency");
    case FailureScenario::NetworkPartition:
        return QCoreApplication::translate("Failures", "Network partition");
    case FailureScenario::CacheFlush:
        return QCoreApplication::translate("Failures", "Cache flush");
    case FailureScenario::ZoneOutage:
        break;
    }
    return QCoreApplication::translate("Failures", "Zone outage");
}

QString scenarioToolTip(FailureScenario scenario) {
    switch (scenario) {
    case FailureScenario::ServerCrash:
        return QCoreApplication::translate(
            "Failures",
            "Every instance of the selected component stops answering; its callers wait "
            "for their timeout. Detected by health checks; mitigated by auto-restart and "
            "replicas.");
    case FailureScenario::OneInstanceDown:
        return QCoreApplication::translate(
            "Failures",
            "One instance of the selected component stops answering. Health checks take "
            "it out of its balancer; the other replicas carry its share.");
    case FailureScenario::SlowDependency:
        return QCoreApplication::translate(
            "Failures",
            "The selected component's service times ×10. Detected as a latency increase; "
            "mitigated by timeouts and bulkheads.");
    case FailureScenario::NetworkPartition:
        return QCoreApplication::translate(
            "Failures", "The selected component and a zone it is not in cannot reach each other. "
                        "Detected by timeouts; mitigated by circuit breakers and retries.");
    case FailureScenario::CacheFlush:
        return QCoreApplication::translate(
            "Failures",
            "The selected cache or CDN loses its contents: every request misses, then the "
            "hit ratio climbs back.");
    case FailureScenario::ZoneOutage:
        break;
    }
    return QCoreApplication::translate(
        "Failures", "Every component in the selected component's zone is down (a region outage). "
                    "Detected by DNS health checks; mitigated by multi-region failover.");
}

bool canStrike(const core::Design& design, const core::Catalog& catalog, const std::string& id,
               core::FailureKind kind) {
    const core::Component* component = design.findComponent(id);
    const core::KindSpec* spec = component ? catalog.find(component->kind) : nullptr;
    if (!spec)
        return false;
    switch (kind) {
    case core::FailureKind::Down:
    case core::FailureKind::Slow:
        return spec->station;
    case core::FailureKind::Partitioned:
        return spec->station || spec->source;
    case core::FailureKind::Flushed:
        return spec->station && spec->hitsOrMisses;
    case core::FailureKind::ZoneDown:
        break;
    }
    return false;
}

std::vector<std::string> strikeable(const core::Design& design, const core::Catalog& catalog,
                                    core::FailureKind kind) {
    std::vector<std::string> ids;
    for (const core::Component& component : design.components)
        if (canStrike(design, catalog, component.id, kind))
            ids.push_back(component.id);
    return ids;
}

std::vector<std::string> zonesOutside(const core::Design& design, const std::string& id) {
    const core::Component* component = design.findComponent(id);
    const std::set<std::string> around =
        component ? zonesAround(design, component->zone) : std::set<std::string>{};
    std::vector<std::string> zones;
    for (const core::Zone& zone : design.zones)
        if (!around.count(zone.id))
            zones.push_back(zone.id);
    return zones;
}

std::optional<core::FailureEvent> scenarioEvent(FailureScenario scenario,
                                                const core::Design& design,
                                                const core::Catalog& catalog, const std::string& id,
                                                double start, double duration) {
    core::FailureEvent event;
    event.target = id;
    event.start = start;
    event.duration = duration;
    const auto strikes = [&](core::FailureKind kind) {
        event.kind = kind;
        return canStrike(design, catalog, id, kind) ? std::optional(event) : std::nullopt;
    };
    switch (scenario) {
    case FailureScenario::ServerCrash:
        return strikes(core::FailureKind::Down);
    case FailureScenario::OneInstanceDown:
        event.instances = 1;
        return strikes(core::FailureKind::Down);
    case FailureScenario::SlowDependency:
        event.factor = kDefaultSlowFactor;
        return strikes(core::FailureKind::Slow);
    case FailureScenario::NetworkPartition: {
        const auto zones = zonesOutside(design, id);
        if (zones.empty())
            return std::nullopt;
        event.zone = zones.front();
        return strikes(core::FailureKind::Partitioned);
    }
    case FailureScenario::CacheFlush:
        event.refill = duration; // the misses' load fades as the cache fills again
        return strikes(core::FailureKind::Flushed);
    case FailureScenario::ZoneOutage:
        break;
    }
    // A zone selected on the canvas goes down itself; a component takes its own zone down.
    event.kind = core::FailureKind::ZoneDown;
    if (design.findZone(id))
        return event;
    const core::Component* component = design.findComponent(id);
    if (!component || component->zone.empty() || !design.findZone(component->zone))
        return std::nullopt;
    event.target = component->zone;
    return event;
}

QString failureLabel(const core::Design& design, const core::FailureEvent& event) {
    const QString target = nameOf(design, event.target);
    const bool refuse = event.crashMode == core::CrashMode::Refuse;
    switch (event.kind) {
    case core::FailureKind::Down:
        if (event.instances > 0) {
            // Of how many, where the kind counts instances (a data store counts nodes).
            const core::Component* component = design.findComponent(event.target);
            const double total = component ? component->number("instances", -1) : -1;
            const QString count = QString::number(event.instances);
            if (total >= 1)
                return (refuse ? QCoreApplication::translate(
                                     "Failures", "%1: %2 of %3 instances down, refusing")
                               : QCoreApplication::translate("Failures",
                                                             "%1: %2 of %3 instances down"))
                    .arg(target, count, QString::number(total));
            return (refuse
                        ? QCoreApplication::translate("Failures",
                                                      "%1: %2 of its instances down, refusing")
                        : QCoreApplication::translate("Failures", "%1: %2 of its instances down"))
                .arg(target, count);
        }
        return (refuse ? QCoreApplication::translate("Failures", "%1 down, refusing")
                       : QCoreApplication::translate("Failures", "%1 down"))
            .arg(target);
    case core::FailureKind::Slow:
        return QCoreApplication::translate("Failures", "%1 slowed ×%2")
            .arg(target, QLocale().toString(event.factor, 'g', 6));
    case core::FailureKind::Partitioned:
        return QCoreApplication::translate("Failures", "%1 cut off from %2")
            .arg(target, nameOf(design, event.zone));
    case core::FailureKind::Flushed:
        if (event.refill > 0)
            return QCoreApplication::translate("Failures", "%1 flushed, refills in %2 s")
                .arg(target, secondsText(event.refill));
        return QCoreApplication::translate("Failures", "%1 flushed").arg(target);
    case core::FailureKind::ZoneDown:
        break;
    }
    return (refuse ? QCoreApplication::translate("Failures", "%1 zone down, refusing")
                   : QCoreApplication::translate("Failures", "%1 zone down"))
        .arg(target);
}

QString failureTimes(const core::FailureEvent& event) {
    return QCoreApplication::translate("Failures", "%1 s – %2 s (%3 s)")
        .arg(secondsText(event.start), secondsText(event.start + event.duration),
             secondsText(event.duration));
}

QString secondsText(double seconds) {
    return QLocale().toString(seconds, 'g', 8);
}

} // namespace studio::widgets
