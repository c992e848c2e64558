#include "format/ComponentJson.h"

#include "format/WorkloadJson.h"
#include "model/EnumNames.h"

namespace studio::core::format {

namespace {

std::string componentPlace(std::size_t index) {
    return "components[" + std::to_string(index) + "]";
}

std::string declaredKeys(const KindSpec& kind) {
    std::string out;
    for (const auto& spec : kind.properties)
        out += (out.empty() ? "" : ", ") + spec.key;
    return out;
}

// A property's value as the file has it; numbers take the declared type where they can
// (an Integer property given as 3.0 is 3; a Number property given as 3 is 3.0). A value
// of the wrong type is kept for validateDesign to report with the property's own message.
bool readProperty(const Json& json, const PropertySpec& spec, const std::string& place,
                  Problems& problems, PropertyValue& out) {
    if (json.is_boolean()) {
        out = json.get<bool>();
        return true;
    }
    if (json.is_string()) {
        out = json.get<std::string>();
        return true;
    }
    if (json.is_number()) {
        std::int64_t whole = 0;
        Problems ignored;
        if (spec.type == PropertyType::Number || !readInteger(json, place, ignored, whole))
            out = json.get<double>();
        else
            out = whole;
        return true;
    }
    const char* templ = nullptr;
    switch (spec.type) {
    case PropertyType::Integer:
        templ = SDS_TRANSLATE_NOOP("Validation", "expected a whole number, got %1");
        break;
    case PropertyType::Number:
        templ = SDS_TRANSLATE_NOOP("Validation", "expected a number, got %1");
        break;
    case PropertyType::Boolean:
        templ = SDS_TRANSLATE_NOOP("Validation", "expected true or false, got %1");
        break;
    case PropertyType::Choice:
    case PropertyType::Text:
        templ = SDS_TRANSLATE_NOOP("Validation", "expected a string, got %1");
        break;
    }
    problems.push_back(makeProblem(place, kContext, templ, {jsonTypeName(json)}));
    return false;
}

// An undeclared key is reported at the component, as validateDesign does.
void readProperties(const Json& json, const std::string& componentPlace, const KindSpec& kind,
                    Problems& problems, Properties& out) {
    const std::string place = childPlace(componentPlace, "properties");
    ObjectReader reader(json, place, problems);
    if (!reader.isObject())
        return;
    for (const auto& [key, value] : json.items()) {
        const PropertySpec* spec = kind.property(key);
        if (!spec) {
            problems.push_back(makeProblem(
                componentPlace, kContext,
                SDS_TRANSLATE_NOOP("Validation", "kind %1 has no property \"%2\" (it has: %3)"),
                {kind.id, key, declaredKeys(kind)}));
            problems.back().about.key = "properties." + key;
            continue;
        }
        PropertyValue property;
        if (readProperty(value, *spec, childPlace(place, key), problems, property))
            out[key] = std::move(property);
    }
}

ServiceTime readServiceTime(ObjectReader& reader, ServiceTime time) {
    reader.readEnum("distribution", time.distribution);
    reader.read("mean", time.mean);
    reader.read("cv", time.cv);
    return time;
}

Json writeServiceTime(const ServiceTime& time) {
    Json json = Json::object();
    json["distribution"] = toString(time.distribution);
    json["mean"] = jsonNumber(time.mean);
    json["cv"] = jsonNumber(time.cv);
    return json;
}

// Omitted fields keep `service`'s values (the kind's default); a by_class entry's omitted
// fields take the component's own base service time.
ServiceSpec readService(const Json& json, const std::string& place, ServiceSpec service,
                        Problems& problems) {
    ObjectReader reader(json, place, problems);
    service.base = readServiceTime(reader, service.base);
    if (const Json* byClass = reader.get("by_class")) {
        const std::string classesPlace = childPlace(place, "by_class");
        ObjectReader classes(*byClass, classesPlace, problems);
        if (classes.isObject()) {
            service.byClass.clear();
            for (const auto& [name, value] : byClass->items()) {
                ObjectReader entry(value, childPlace(classesPlace, name), problems);
                service.byClass[name] = readServiceTime(entry, service.base);
                entry.finish();
            }
        }
    }
    reader.finish();
    return service;
}

Json writeService(const ServiceSpec& service) {
    Json json = writeServiceTime(service.base);
    if (!service.byClass.empty()) {
        Json byClass = Json::object();
        for (const auto& [name, time] : service.byClass)
            byClass[name] = writeServiceTime(time);
        json["by_class"] = std::move(byClass);
    }
    return json;
}

Json writeProperty(const PropertyValue& value) {
    if (const auto* b = std::get_if<bool>(&value))
        return *b;
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return *i;
    if (const auto* d = std::get_if<double>(&value))
        return jsonNumber(*d);
    return std::get<std::string>(value);
}

Component readComponentFields(ObjectReader& reader, std::size_t index, const Catalog& catalog,
                              Problems& problems) {
    Component component;
    if (!reader.isObject())
        return component;
    if (reader.require("id") && reader.read("id", component.id))
        reader.setPlace(componentPlace(index) + " \"" + component.id + "\"");
    const std::string& place = reader.place();

    const KindSpec* kind = nullptr;
    if (reader.require("kind") && reader.read("kind", component.kind)) {
        kind = catalog.find(component.kind);
        if (!kind) {
            problems.push_back(makeProblem(
                place, kContext,
                SDS_TRANSLATE_NOOP("Validation",
                                   "kind \"%1\" is not a kind this studio knows (docs/FORMAT.md "
                                   "lists them)"),
                {component.kind}));
            problems.back().about.key = "kind";
        }
    }
    if (!reader.read("name", component.name) && kind)
        component.name = kind->label;
    reader.read("x", component.rect.x);
    reader.read("y", component.rect.y);
    component.rect.width = kind ? kind->defaultWidth : 0;
    component.rect.height = kind ? kind->defaultHeight : 0;
    reader.read("width", component.rect.width);
    reader.read("height", component.rect.height);
    reader.read("zone", component.zone);

    const Json* properties = reader.get("properties");
    if (properties && kind)
        readProperties(*properties, place, *kind, problems, component.properties);
    if (kind)
        Catalog::fillDefaults(*kind, component);

    if (kind)
        component.service = kind->defaultService;
    if (const Json* service = reader.get("service"))
        component.service =
            readService(*service, childPlace(place, "service"), component.service, problems);
    if (const Json* workload = reader.get("workload"))
        component.workload = readWorkload(*workload, childPlace(place, "workload"), problems);
    reader.finish();
    return component;
}

} // namespace

Component readComponent(const Json& json, std::size_t index, const Catalog& catalog,
                        Problems& problems) {
    const std::size_t from = problems.size();
    ObjectReader reader(json, componentPlace(index), problems);
    Component component = readComponentFields(reader, index, catalog, problems);
    markSubject(problems, from, ProblemSubject::Kind::Component, component.id, reader.place());
    return component;
}

Json writeComponent(const Component& component, const Catalog& catalog) {
    const KindSpec* kind = catalog.find(component.kind);
    Json json = Json::object();
    json["id"] = component.id;
    json["kind"] = component.kind;
    json["name"] = component.name;
    json["x"] = jsonNumber(component.rect.x);
    json["y"] = jsonNumber(component.rect.y);
    json["width"] = jsonNumber(component.rect.width);
    json["height"] = jsonNumber(component.rect.height);
    if (!component.zone.empty())
        json["zone"] = component.zone;

    // In the kind's declared order, which groups related properties; then any the kind does
    // not declare (an invalid design), so nothing is lost.
    Json properties = Json::object();
    if (kind)
        for (const auto& spec : kind->properties)
            if (const auto it = component.properties.find(spec.key);
                it != component.properties.end())
                properties[spec.key] = writeProperty(it->second);
    for (const auto& [key, value] : component.properties)
        if (!properties.contains(key))
            properties[key] = writeProperty(value);
    json["properties"] = std::move(properties);

    // A station's service is always written: the catalog's defaults may change between
    // releases, and a saved design must keep its meaning.
    if (!kind || kind->station || component.service != kind->defaultService)
        json["service"] = writeService(component.service);
    if (component.workload)
        json["workload"] = writeWorkload(*component.workload);
    return json;
}

RetryPolicy readRetry(const Json& json, const std::string& place, Problems& problems) {
    RetryPolicy retry;
    ObjectReader reader(json, place, problems);
    reader.read("max_retries", retry.maxRetries);
    reader.read("budget", retry.budget);
    reader.read("backoff", retry.backoff);
    reader.read("max_backoff", retry.maxBackoff);
    reader.read("jitter", retry.jitter);
    reader.finish();
    return retry;
}

CircuitBreaker readBreaker(const Json& json, const std::string& place, Problems& problems) {
    CircuitBreaker breaker;
    ObjectReader reader(json, place, problems);
    reader.read("enabled", breaker.enabled);
    reader.read("failure_ratio", breaker.failureRatio);
    reader.read("window", breaker.window);
    reader.read("open_for", breaker.openFor);
    reader.finish();
    return breaker;
}

Json writeRetry(const RetryPolicy& retry) {
    Json json = Json::object();
    json["max_retries"] = retry.maxRetries;
    json["budget"] = jsonNumber(retry.budget);
    json["backoff"] = jsonNumber(retry.backoff);
    json["max_backoff"] = jsonNumber(retry.maxBackoff);
    json["jitter"] = retry.jitter;
    return json;
}

Json writeBreaker(const CircuitBreaker& breaker) {
    Json json = Json::object();
    json["enabled"] = breaker.enabled;
    json["failure_ratio"] = jsonNumber(breaker.failureRatio);
    json["window"] = breaker.window;
    json["open_for"] = jsonNumber(breaker.openFor);
    return json;
}

} // namespace studio::core::format
