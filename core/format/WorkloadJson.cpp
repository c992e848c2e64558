#include "format/WorkloadJson.h"

#include "format/ComponentJson.h"
#include "model/EnumNames.h"

namespace studio::core::format {

namespace {

std::string itemPlace(const std::string& place, const char* key, std::size_t index) {
    return childPlace(place, key) + "[" + std::to_string(index) + "]";
}

std::vector<Burst> readBursts(const Json& json, const std::string& place, Problems& problems) {
    std::vector<Burst> bursts;
    if (!expectArray(json, childPlace(place, "bursts"), problems))
        return bursts;
    for (std::size_t i = 0; i < json.size(); ++i) {
        Burst burst;
        ObjectReader reader(json[i], itemPlace(place, "bursts", i), problems);
        reader.require("start");
        reader.read("start", burst.start);
        reader.require("duration");
        reader.read("duration", burst.duration);
        reader.require("factor");
        reader.read("factor", burst.factor);
        reader.finish();
        bursts.push_back(burst);
    }
    return bursts;
}

std::vector<RequestClass> readClasses(const Json& json, const std::string& place,
                                      Problems& problems) {
    std::vector<RequestClass> classes;
    if (!expectArray(json, childPlace(place, "classes"), problems))
        return classes;
    for (std::size_t i = 0; i < json.size(); ++i) {
        RequestClass requestClass;
        ObjectReader reader(json[i], itemPlace(place, "classes", i), problems);
        reader.require("name");
        reader.read("name", requestClass.name);
        reader.read("mix", requestClass.mix);
        reader.readEnum("operation", requestClass.operation);
        reader.read("request_bytes", requestClass.requestBytes);
        reader.read("response_bytes", requestClass.responseBytes);
        reader.finish();
        classes.push_back(std::move(requestClass));
    }
    return classes;
}

void writeOpenKeys(const Workload& workload, bool always, Json& json) {
    const Workload defaults;
    if (always || workload.rate != defaults.rate)
        json["rate"] = jsonNumber(workload.rate);
    if (always || workload.peakFactor != defaults.peakFactor)
        json["peak_factor"] = jsonNumber(workload.peakFactor);
    if (!workload.dailyCurve.empty()) {
        Json curve = Json::array();
        for (double value : workload.dailyCurve)
            curve.push_back(jsonNumber(value));
        json["daily_curve"] = std::move(curve);
    }
    if (!workload.bursts.empty()) {
        Json bursts = Json::array();
        for (const auto& burst : workload.bursts) {
            Json item = Json::object();
            item["start"] = jsonNumber(burst.start);
            item["duration"] = jsonNumber(burst.duration);
            item["factor"] = jsonNumber(burst.factor);
            bursts.push_back(std::move(item));
        }
        json["bursts"] = std::move(bursts);
    }
}

void writeClosedKeys(const Workload& workload, bool always, Json& json) {
    const Workload defaults;
    if (always || workload.population != defaults.population)
        json["population"] = workload.population;
    if (always || workload.thinkTime != defaults.thinkTime)
        json["think_time"] = jsonNumber(workload.thinkTime);
}

} // namespace

Workload readWorkload(const Json& json, const std::string& place, Problems& problems) {
    Workload workload;
    ObjectReader reader(json, place, problems);
    reader.readEnum("type", workload.type);
    reader.read("rate", workload.rate);
    reader.read("peak_factor", workload.peakFactor);
    reader.read("daily_curve", workload.dailyCurve);
    if (const Json* bursts = reader.get("bursts"))
        workload.bursts = readBursts(*bursts, place, problems);
    reader.read("population", workload.population);
    reader.read("think_time", workload.thinkTime);
    if (const Json* classes = reader.get("classes"))
        workload.classes = readClasses(*classes, place, problems);
    reader.read("timeout", workload.timeout);
    if (const Json* retry = reader.get("retry"))
        workload.retry = readRetry(*retry, childPlace(place, "retry"), problems);
    reader.finish();
    return workload;
}

Json writeWorkload(const Workload& workload) {
    Json json = Json::object();
    json["type"] = toString(workload.type);
    if (workload.type == WorkloadType::Open) {
        writeOpenKeys(workload, true, json);
        writeClosedKeys(workload, false, json);
    } else {
        writeClosedKeys(workload, true, json);
        writeOpenKeys(workload, false, json);
    }
    Json classes = Json::array();
    for (const auto& requestClass : workload.classes) {
        Json item = Json::object();
        item["name"] = requestClass.name;
        item["mix"] = jsonNumber(requestClass.mix);
        item["operation"] = toString(requestClass.operation);
        item["request_bytes"] = jsonNumber(requestClass.requestBytes);
        item["response_bytes"] = jsonNumber(requestClass.responseBytes);
        classes.push_back(std::move(item));
    }
    json["classes"] = std::move(classes);
    if (workload.timeout != Workload{}.timeout)
        json["timeout"] = jsonNumber(workload.timeout);
    if (workload.retry != RetryPolicy{})
        json["retry"] = writeRetry(workload.retry);
    return json;
}

} // namespace studio::core::format
