#include "format/DesignJson.h"

#include "format/ComponentJson.h"
#include "format/JsonFields.h"
#include "format/JsonText.h"
#include "model/EnumNames.h"

#include <set>
#include <string_view>

namespace studio::core {

using namespace format;

namespace {

std::string indexPlace(const char* key, std::size_t index) {
    return std::string(key) + "[" + std::to_string(index) + "]";
}

std::vector<Point> readBends(const Json& json, const std::string& place, Problems& problems) {
    std::vector<Point> bends;
    if (!expectArray(json, place, problems))
        return bends;
    for (std::size_t i = 0; i < json.size(); ++i) {
        Point point;
        ObjectReader reader(json[i], place + "[" + std::to_string(i) + "]", problems);
        reader.require("x");
        reader.read("x", point.x);
        reader.require("y");
        reader.read("y", point.y);
        reader.finish();
        bends.push_back(point);
    }
    return bends;
}

Json writeBends(const std::vector<Point>& bends) {
    Json json = Json::array();
    for (const Point& point : bends)
        json.push_back({{"x", jsonNumber(point.x)}, {"y", jsonNumber(point.y)}});
    return json;
}

Link readLink(const Json& json, std::size_t index, Problems& problems, bool& hasId) {
    Link link;
    const std::size_t from = problems.size();
    ObjectReader reader(json, indexPlace("links", index), problems);
    const std::string& place = reader.place();
    hasId = reader.get("id") != nullptr;
    reader.read("id", link.id);
    reader.require("from");
    reader.read("from", link.from);
    reader.require("to");
    reader.read("to", link.to);
    reader.readEnum("mode", link.mode);
    reader.read("label", link.label);
    if (const Json* bends = reader.get("bends"))
        link.bends = readBends(*bends, childPlace(place, "bends"), problems);
    reader.read("classes", link.classes);
    reader.read("weight", link.weight);
    reader.read("step", link.step);
    reader.readEnum("when", link.when);
    reader.read("multiplicity", link.multiplicity);
    reader.read("latency", link.latency);
    reader.read("timeout", link.timeout);
    reader.read("max_concurrent", link.maxConcurrent);
    if (const Json* retry = reader.get("retry"))
        link.retry = readRetry(*retry, childPlace(place, "retry"), problems);
    if (const Json* breaker = reader.get("breaker"))
        link.breaker = readBreaker(*breaker, childPlace(place, "breaker"), problems);
    reader.finish();
    markSubject(problems, from, ProblemSubject::Kind::Link, link.id, place);
    return link;
}

Json writeLink(const Link& link) {
    const Link defaults;
    Json json = Json::object();
    json["id"] = link.id;
    json["from"] = link.from;
    json["to"] = link.to;
    json["mode"] = toString(link.mode);
    if (!link.label.empty())
        json["label"] = link.label;
    if (!link.bends.empty())
        json["bends"] = writeBends(link.bends);
    if (!link.classes.empty())
        json["classes"] = link.classes;
    // A mode's own keys are always written; another mode's only when they are not the
    // default, so nothing is lost when a link changes mode and back.
    if (link.mode == LinkMode::Choose || link.weight != defaults.weight)
        json["weight"] = jsonNumber(link.weight);
    if (link.mode == LinkMode::Call || link.step != defaults.step)
        json["step"] = link.step;
    if (link.when != defaults.when)
        json["when"] = toString(link.when);
    if (link.mode == LinkMode::Handoff || link.multiplicity != defaults.multiplicity)
        json["multiplicity"] = jsonNumber(link.multiplicity);
    json["latency"] = jsonNumber(link.latency);
    if (link.timeout != defaults.timeout)
        json["timeout"] = jsonNumber(link.timeout);
    if (link.maxConcurrent != defaults.maxConcurrent)
        json["max_concurrent"] = link.maxConcurrent;
    if (link.retry != defaults.retry)
        json["retry"] = writeRetry(link.retry);
    if (link.breaker != defaults.breaker)
        json["breaker"] = writeBreaker(link.breaker);
    return json;
}

Zone readZone(const Json& json, std::size_t index, Problems& problems) {
    Zone zone;
    const std::size_t from = problems.size();
    ObjectReader reader(json, indexPlace("zones", index), problems);
    if (reader.require("id") && reader.read("id", zone.id))
        reader.setPlace(indexPlace("zones", index) + " \"" + zone.id + "\"");
    reader.readEnum("kind", zone.kind);
    reader.read("name", zone.name);
    reader.read("x", zone.rect.x);
    reader.read("y", zone.rect.y);
    reader.require("width");
    reader.read("width", zone.rect.width);
    reader.require("height");
    reader.read("height", zone.rect.height);
    reader.read("parent", zone.parent);
    reader.finish();
    markSubject(problems, from, ProblemSubject::Kind::Zone, zone.id, reader.place());
    return zone;
}

Json writeZone(const Zone& zone) {
    Json json = Json::object();
    json["id"] = zone.id;
    json["kind"] = toString(zone.kind);
    json["name"] = zone.name;
    json["x"] = jsonNumber(zone.rect.x);
    json["y"] = jsonNumber(zone.rect.y);
    json["width"] = jsonNumber(zone.rect.width);
    json["height"] = jsonNumber(zone.rect.height);
    if (!zone.parent.empty())
        json["parent"] = zone.parent;
    return json;
}

Estimation readEstimation(const Json& json, Problems& problems) {
    Estimation estimation;
    ObjectReader reader(json, "estimation", problems);
    for (const auto& field : estimationFields())
        reader.read(field.key, estimation.*field.member);
    reader.finish();
    return estimation;
}

Json writeEstimation(const Estimation& estimation) {
    Json json = Json::object();
    for (const auto& field : estimationFields())
        json[field.key] = jsonNumber(estimation.*field.member);
    return json;
}

void readOptional(ObjectReader& reader, const char* key, std::optional<double>& out) {
    double value = 0;
    if (reader.read(key, value))
        out = value;
}

Requirements readRequirements(const Json& json, Problems& problems) {
    Requirements requirements;
    ObjectReader reader(json, "requirements", problems);
    reader.read("functional", requirements.functional);
    if (const Json* nonFunctional = reader.get("non_functional")) {
        const std::string place = "requirements.non_functional";
        ObjectReader targets(*nonFunctional, place, problems);
        readOptional(targets, "p99_latency", requirements.p99Latency);
        if (const Json* byClass = targets.get("p99_latency_by_class")) {
            const std::string classesPlace = childPlace(place, "p99_latency_by_class");
            ObjectReader classes(*byClass, classesPlace, problems);
            if (classes.isObject())
                for (const auto& [name, value] : byClass->items()) {
                    double seconds = 0;
                    if (readNumber(value, childPlace(classesPlace, name), problems, seconds))
                        requirements.p99LatencyByClass[name] = seconds;
                }
        }
        readOptional(targets, "availability", requirements.availability);
        readOptional(targets, "throughput", requirements.throughput);
        readOptional(targets, "durability", requirements.durability);
        targets.readEnum("consistency", requirements.consistency);
        targets.finish();
    }
    reader.finish();
    return requirements;
}

Json writeRequirements(const Requirements& requirements) {
    Json targets = Json::object();
    if (requirements.p99Latency)
        targets["p99_latency"] = jsonNumber(*requirements.p99Latency);
    if (!requirements.p99LatencyByClass.empty()) {
        Json byClass = Json::object();
        for (const auto& [name, seconds] : requirements.p99LatencyByClass)
            byClass[name] = jsonNumber(seconds);
        targets["p99_latency_by_class"] = std::move(byClass);
    }
    if (requirements.availability)
        targets["availability"] = jsonNumber(*requirements.availability);
    if (requirements.throughput)
        targets["throughput"] = jsonNumber(*requirements.throughput);
    if (requirements.durability)
        targets["durability"] = jsonNumber(*requirements.durability);
    targets["consistency"] = toString(requirements.consistency);
    Json json = Json::object();
    json["functional"] = requirements.functional;
    json["non_functional"] = std::move(targets);
    return json;
}

// Notes ({title, text}) and assumptions ({subject, text}) share one shape.
template <class T>
std::vector<T> readTexts(const Json& json, const char* key, const char* head,
                         std::string T::*headMember, Problems& problems) {
    std::vector<T> items;
    if (!expectArray(json, key, problems))
        return items;
    for (std::size_t i = 0; i < json.size(); ++i) {
        T item;
        ObjectReader reader(json[i], indexPlace(key, i), problems);
        reader.read(head, item.*headMember);
        reader.read("text", item.text);
        reader.finish();
        items.push_back(std::move(item));
    }
    return items;
}

template <class T>
Json writeTexts(const std::vector<T>& items, const char* head, std::string T::*headMember) {
    Json json = Json::array();
    for (const auto& item : items) {
        Json entry = Json::object();
        entry[head] = item.*headMember;
        entry["text"] = item.text;
        json.push_back(std::move(entry));
    }
    return json;
}

// Links the file leaves without an id get "link-1", "link-2", ... skipping ids in use.
void nameLinks(Design& design, const std::vector<bool>& hasId) {
    std::set<std::string> used;
    for (const auto& component : design.components)
        used.insert(component.id);
    for (const auto& zone : design.zones)
        used.insert(zone.id);
    for (const auto& link : design.links)
        used.insert(link.id);
    int next = 1;
    for (std::size_t i = 0; i < design.links.size(); ++i) {
        if (hasId[i])
            continue;
        std::string id;
        do
            id = "link-" + std::to_string(next++);
        while (used.count(id));
        used.insert(id);
        design.links[i].id = id;
    }
}

// The keys of a failure event that only some kinds take (kind, target, start and duration
// are every kind's).
constexpr const char* kFailureKindKeys[] = {"instances", "crash_mode", "factor", "zone", "refill"};

bool failureTakes(FailureKind kind, std::string_view key) {
    if (key == "instances")
        return kind == FailureKind::Down;
    if (key == "crash_mode")
        return kind == FailureKind::Down || kind == FailureKind::ZoneDown;
    if (key == "factor")
        return kind == FailureKind::Slow;
    if (key == "zone")
        return kind == FailureKind::Partitioned;
    if (key == "refill")
        return kind == FailureKind::Flushed;
    return true;
}

// "down or zone_down": the kinds that take `key`.
std::string kindsTaking(std::string_view key) {
    std::string out;
    for (const auto& entry : enumNames<FailureKind>())
        if (failureTakes(entry.value, key))
            out += (out.empty() ? "" : " or ") + std::string(entry.name);
    return out;
}

FailureEvent readFailure(const Json& json, std::size_t index, Problems& problems) {
    FailureEvent event;
    ObjectReader reader(json, indexPlace("failures", index), problems);
    reader.require("kind");
    // A missing or unknown kind takes every key, so that only the kind is reported.
    const bool known = reader.readEnum("kind", event.kind);
    reader.require("target");
    reader.read("target", event.target);
    reader.require("start");
    reader.read("start", event.start);
    reader.require("duration");
    reader.read("duration", event.duration);
    const auto takes = [&](std::string_view key) {
        return !known || failureTakes(event.kind, key);
    };
    // Another kind's key would be lost on saving: refused by name rather than as unknown.
    for (const char* key : kFailureKindKeys)
        if (!takes(key) && json.contains(key)) {
            reader.get(key);
            problems.push_back(makeProblem(
                reader.place(), kContext,
                SDS_TRANSLATE_NOOP("Validation",
                                   "\"%1\" applies only to %2 events; this is a %3 event"),
                {key, kindsTaking(key), toString(event.kind)}));
            problems.back().about.key = key;
        }
    if (takes("instances"))
        reader.read("instances", event.instances);
    if (takes("crash_mode"))
        reader.readEnum("crash_mode", event.crashMode);
    if (takes("factor")) {
        if (known)
            reader.require("factor");
        reader.read("factor", event.factor);
    }
    if (takes("zone")) {
        if (known)
            reader.require("zone");
        reader.read("zone", event.zone);
    }
    if (takes("refill"))
        reader.read("refill", event.refill);
    reader.finish();
    return event;
}

Json writeFailure(const FailureEvent& event) {
    const FailureEvent defaults;
    const auto takes = [&](std::string_view key) { return failureTakes(event.kind, key); };
    Json json = Json::object();
    json["kind"] = toString(event.kind);
    json["target"] = event.target;
    json["start"] = jsonNumber(event.start);
    json["duration"] = jsonNumber(event.duration);
    // Only the kind's own keys, and of those the required ones and the ones off default.
    if (takes("instances") && event.instances != defaults.instances)
        json["instances"] = event.instances;
    if (takes("crash_mode") && event.crashMode != defaults.crashMode)
        json["crash_mode"] = toString(event.crashMode);
    if (takes("factor"))
        json["factor"] = jsonNumber(event.factor);
    if (takes("zone"))
        json["zone"] = event.zone;
    if (takes("refill") && event.refill != defaults.refill)
        json["refill"] = jsonNumber(event.refill);
    return json;
}

template <class T, class ReadItem>
std::vector<T> readList(ObjectReader& reader, const char* key, Problems& problems,
                        ReadItem readItem) {
    std::vector<T> items;
    const Json* json = reader.get(key);
    if (!json || !expectArray(*json, key, problems))
        return items;
    items.reserve(json->size());
    for (std::size_t i = 0; i < json->size(); ++i)
        items.push_back(readItem((*json)[i], i));
    return items;
}

} // namespace

Result<Design> designFromJson(const std::string& text, const Catalog& catalog) {
    Problems problems;
    // What no item's reader claimed is about the design or its file.
    const auto failed = [&problems] {
        markSubject(problems, 0, ProblemSubject::Kind::Design, {}, {});
        return std::move(problems);
    };
    const std::optional<Json> parsed = parseJsonText(text, problems);
    if (!parsed)
        return failed();
    const Json& json = *parsed;
    ObjectReader reader(json, "", problems);
    if (!reader.isObject())
        return failed();
    if (!checkFormatAndVersion(reader, problems))
        return failed();

    Design design;
    reader.read("name", design.name);
    reader.read("description", design.description);
    design.components =
        readList<Component>(reader, "components", problems, [&](const Json& item, std::size_t i) {
            return readComponent(item, i, catalog, problems);
        });
    std::vector<bool> hasId;
    design.links = readList<Link>(reader, "links", problems, [&](const Json& item, std::size_t i) {
        bool withId = false;
        Link link = readLink(item, i, problems, withId);
        hasId.push_back(withId);
        return link;
    });
    design.zones = readList<Zone>(reader, "zones", problems, [&](const Json& item, std::size_t i) {
        return readZone(item, i, problems);
    });
    if (const Json* estimation = reader.get("estimation"))
        design.estimation = readEstimation(*estimation, problems);
    if (const Json* requirements = reader.get("requirements"))
        design.requirements = readRequirements(*requirements, problems);
    if (const Json* notes = reader.get("notes"))
        design.notes = readTexts<Note>(*notes, "notes", "title", &Note::title, problems);
    if (const Json* assumptions = reader.get("assumptions"))
        design.assumptions = readTexts<Assumption>(*assumptions, "assumptions", "subject",
                                                   &Assumption::subject, problems);
    design.failures =
        readList<FailureEvent>(reader, "failures", problems, [&](const Json& item, std::size_t i) {
            return readFailure(item, i, problems);
        });
    reader.finish();
    if (!problems.empty())
        return failed();
    nameLinks(design, hasId);
    return design;
}

std::string designToJson(const Design& design) {
    const Catalog& catalog = Catalog::standard();
    Json json = Json::object();
    json["format"] = kDesignFormatName;
    json["version"] = kDesignFormatVersion;
    json["name"] = design.name;
    json["description"] = design.description;
    Json components = Json::array();
    for (const auto& component : design.components)
        components.push_back(writeComponent(component, catalog));
    json["components"] = std::move(components);
    Json links = Json::array();
    for (const auto& link : design.links)
        links.push_back(writeLink(link));
    json["links"] = std::move(links);
    Json zones = Json::array();
    for (const auto& zone : design.zones)
        zones.push_back(writeZone(zone));
    json["zones"] = std::move(zones);
    json["estimation"] = writeEstimation(design.estimation);
    json["requirements"] = writeRequirements(design.requirements);
    json["notes"] = writeTexts(design.notes, "title", &Note::title);
    json["assumptions"] = writeTexts(design.assumptions, "subject", &Assumption::subject);
    // Absent when empty, so a design without a timeline is written as before the key existed.
    if (!design.failures.empty()) {
        Json failures = Json::array();
        for (const auto& event : design.failures)
            failures.push_back(writeFailure(event));
        json["failures"] = std::move(failures);
    }
    // Invalid UTF-8 in a string is replaced rather than thrown about: saving never fails
    // because of a name someone typed.
    return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace studio::core
