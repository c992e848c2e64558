#include "templates/RubricJson.h"

#include "model/EnumNames.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace studio::core::templates {

using namespace format;

namespace {

void report(Problems& problems, const std::string& place, const char* templ,
            std::vector<std::string> args = {}) {
    problems.push_back(makeProblem(place, kContext, templ, std::move(args)));
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

const std::vector<std::string>& checkTypes() {
    static const std::vector<std::string> types = {"kind_present", "path", "link_mode",
                                                   "property_range", "estimate"};
    return types;
}

// A list of catalog kind ids at `key`; `required` lists must be given and not empty.
std::vector<std::string> readKinds(ObjectReader& reader, const char* key, bool required,
                                   const Catalog& catalog) {
    std::vector<std::string> kinds;
    const std::string place = childPlace(reader.place(), key);
    if (required && !reader.require(key))
        return kinds;
    if (!reader.read(key, kinds))
        return kinds;
    if (required && kinds.empty())
        report(reader.problems(), place,
               SDS_TRANSLATE_NOOP("Validation", "must list at least one kind"));
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (!catalog.find(kinds[i]))
            report(reader.problems(), place + "[" + std::to_string(i) + "]",
                   SDS_TRANSLATE_NOOP("Validation", "unknown kind \"%1\""), {kinds[i]});
    return kinds;
}

KindPresentCheck readKindPresent(ObjectReader& reader, const Catalog& catalog) {
    KindPresentCheck check;
    check.kinds = readKinds(reader, "kinds", true, catalog);
    if (reader.read("min", check.min) && check.min < 1)
        report(reader.problems(), childPlace(reader.place(), "min"),
               SDS_TRANSLATE_NOOP("Validation", "must be >= 1, got %1"),
               {std::to_string(check.min)});
    return check;
}

PathCheck readPath(ObjectReader& reader, const Catalog& catalog) {
    PathCheck check;
    check.from = readKinds(reader, "from", true, catalog);
    check.to = readKinds(reader, "to", true, catalog);
    check.via = readKinds(reader, "via", false, catalog);
    return check;
}

LinkModeCheck readLinkMode(ObjectReader& reader, const Catalog& catalog) {
    LinkModeCheck check;
    check.from = readKinds(reader, "from", true, catalog);
    check.to = readKinds(reader, "to", true, catalog);
    if (reader.require("mode"))
        reader.readEnum("mode", check.mode);
    return check;
}

bool readBound(ObjectReader& reader, const char* key, std::optional<double>& out) {
    double value = 0;
    if (!reader.read(key, value))
        return false;
    if (!std::isfinite(value)) {
        report(reader.problems(), childPlace(reader.place(), key),
               SDS_TRANSLATE_NOOP("Validation", "must be a finite number, got %1"),
               {formatNumber(value)});
        return false;
    }
    out = value;
    return true;
}

// The property must be numeric on every listed kind: a kind without it could never match.
void checkProperty(const PropertyRangeCheck& check, const std::string& place,
                   const Catalog& catalog, Problems& problems) {
    for (const auto& kindId : check.kinds) {
        const KindSpec* kind = catalog.find(kindId);
        if (!kind)
            continue; // reported with the kinds
        const PropertySpec* spec = kind->property(check.property);
        if (!spec) {
            std::vector<std::string> numeric;
            for (const auto& property : kind->properties)
                if (property.type == PropertyType::Integer || property.type == PropertyType::Number)
                    numeric.push_back(property.key);
            report(problems, place,
                   SDS_TRANSLATE_NOOP("Validation",
                                      "kind %1 has no property \"%2\" (its numeric ones: %3)"),
                   {kindId, check.property, joined(numeric)});
        } else if (spec->type != PropertyType::Integer && spec->type != PropertyType::Number) {
            report(problems, place,
                   SDS_TRANSLATE_NOOP("Validation", "property \"%1\" of kind %2 is a %3, not a "
                                                    "number"),
                   {check.property, kindId, toString(spec->type)});
        }
    }
}

PropertyRangeCheck readPropertyRange(ObjectReader& reader, const Catalog& catalog) {
    PropertyRangeCheck check;
    check.kinds = readKinds(reader, "kinds", true, catalog);
    const bool hasProperty = reader.require("property") && reader.read("property", check.property);
    const bool hasMin = reader.get("min") != nullptr;
    const bool hasMax = reader.get("max") != nullptr;
    readBound(reader, "min", check.min);
    readBound(reader, "max", check.max);
    if (hasProperty)
        checkProperty(check, childPlace(reader.place(), "property"), catalog, reader.problems());
    if (!hasMin && !hasMax)
        report(reader.problems(), reader.place(),
               SDS_TRANSLATE_NOOP("Validation", "give \"min\", \"max\" or both"));
    if (check.min && check.max && *check.min > *check.max)
        report(reader.problems(), childPlace(reader.place(), "min"),
               SDS_TRANSLATE_NOOP("Validation", "%1 is above \"max\" (%2)"),
               {formatNumber(*check.min), formatNumber(*check.max)});
    return check;
}

EstimateCheck readEstimate(ObjectReader& reader) {
    EstimateCheck check;
    const auto& quantities = rubricQuantities();
    if (reader.require("quantity") && reader.read("quantity", check.quantity) &&
        std::find(quantities.begin(), quantities.end(), check.quantity) == quantities.end())
        report(reader.problems(), childPlace(reader.place(), "quantity"),
               SDS_TRANSLATE_NOOP("Validation", "unknown quantity \"%1\" (expected one of: %2)"),
               {check.quantity, joined(quantities)});
    if (reader.require("factor") && reader.read("factor", check.factor) &&
        !(check.factor >= 1 && std::isfinite(check.factor)))
        report(reader.problems(), childPlace(reader.place(), "factor"),
               SDS_TRANSLATE_NOOP("Validation", "must be a finite number >= 1, got %1"),
               {formatNumber(check.factor)});
    return check;
}

// Reads the predicate; reports unknown keys only when the type is known (else every key
// would be unknown).
RubricCheck readCheck(const Json& json, const std::string& place, const Catalog& catalog,
                      Problems& problems) {
    ObjectReader reader(json, place, problems);
    std::string type;
    if (!reader.isObject() || !reader.require("type") || !reader.read("type", type))
        return {};
    RubricCheck check;
    if (type == "kind_present")
        check = readKindPresent(reader, catalog);
    else if (type == "path")
        check = readPath(reader, catalog);
    else if (type == "link_mode")
        check = readLinkMode(reader, catalog);
    else if (type == "property_range")
        check = readPropertyRange(reader, catalog);
    else if (type == "estimate")
        check = readEstimate(reader);
    else {
        report(problems, childPlace(place, "type"),
               SDS_TRANSLATE_NOOP("Validation", "expected one of %1, got \"%2\""),
               {joined(checkTypes()), type});
        return check;
    }
    reader.finish();
    return check;
}

// Optional: a list of at most kMaxRubricHints non-empty strings.
void readHints(ObjectReader& reader, std::vector<std::string>& hints) {
    const std::string place = childPlace(reader.place(), "hints");
    if (!reader.read("hints", hints))
        return;
    if (hints.size() > kMaxRubricHints)
        report(reader.problems(), place,
               SDS_TRANSLATE_NOOP("Validation", "must hold at most %1 hints, got %2"),
               {std::to_string(kMaxRubricHints), std::to_string(hints.size())});
    for (std::size_t i = 0; i < hints.size(); ++i)
        if (hints[i].empty())
            report(reader.problems(), place + "[" + std::to_string(i) + "]",
                   SDS_TRANSLATE_NOOP("Validation", "must not be empty"));
}

RubricItem readItem(const Json& json, const std::string& place, const Catalog& catalog,
                    Problems& problems) {
    RubricItem item;
    ObjectReader reader(json, place, problems);
    if (!reader.isObject())
        return item;
    if (reader.require("id") && reader.read("id", item.id) && !isKebabCase(item.id))
        report(problems, childPlace(place, "id"),
               SDS_TRANSLATE_NOOP("Validation", "must be kebab-case (lowercase letters and "
                                                "digits joined by single hyphens), got \"%1\""),
               {item.id});
    if (reader.require("text") && reader.read("text", item.text) && item.text.empty())
        report(problems, childPlace(place, "text"),
               SDS_TRANSLATE_NOOP("Validation", "must not be empty"));
    if (reader.read("points", item.points) && item.points < 1)
        report(problems, childPlace(place, "points"),
               SDS_TRANSLATE_NOOP("Validation", "must be >= 1, got %1"),
               {std::to_string(item.points)});
    if (reader.read("seed", item.seed) && item.seed.empty())
        report(problems, childPlace(place, "seed"),
               SDS_TRANSLATE_NOOP("Validation", "must not be empty"));
    readHints(reader, item.hints);
    if (const Json* check = reader.require("check"))
        item.check = readCheck(*check, childPlace(place, "check"), catalog, problems);
    reader.finish();
    return item;
}

} // namespace

bool isKebabCase(const std::string& id) {
    if (id.empty() || id.front() == '-' || id.back() == '-')
        return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!word && !(c == '-' && id[i - 1] != '-'))
            return false;
    }
    return true;
}

std::vector<RubricItem> readRubric(const Json& json, const std::string& place,
                                   const Catalog& catalog, Problems& problems) {
    std::vector<RubricItem> items;
    if (!expectArray(json, place, problems))
        return items;
    if (json.empty())
        report(problems, place, SDS_TRANSLATE_NOOP("Validation", "must hold at least one item"));
    std::map<std::string, std::size_t> firstUse;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const std::string itemPlace = place + "[" + std::to_string(i) + "]";
        RubricItem item = readItem(json[i], itemPlace, catalog, problems);
        if (!item.id.empty()) {
            const auto [it, fresh] = firstUse.emplace(item.id, i);
            if (!fresh)
                report(problems, childPlace(itemPlace, "id"),
                       SDS_TRANSLATE_NOOP("Validation", "\"%1\" is already used by %2[%3]"),
                       {item.id, place, std::to_string(it->second)});
        }
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace studio::core::templates
