#include "templates/TemplateJson.h"

#include "format/DesignJson.h"
#include "format/JsonFields.h"
#include "format/JsonText.h"
#include "format/Validator.h"
#include "templates/RubricJson.h"

namespace studio::core {

using namespace format;

namespace {

void report(Problems& problems, std::string place, const char* templ,
            std::vector<std::string> args = {}) {
    problems.push_back(makeProblem(std::move(place), kContext, templ, std::move(args)));
}

// parseJsonText speaks of design files; a template file says so in its own words.
void retellTopLevel(Problems& problems) {
    for (Problem& problem : problems)
        if (problem.place.empty() && problem.message.text.rfind("a design file holds", 0) == 0)
            problem.message.text = SDS_TRANSLATE_NOOP(
                "Validation", "a template file holds one JSON object ({...}), got %1");
}

// Like checkFormatAndVersion for designs: false when the file must be refused outright (a
// newer version), and then `problems` holds just that one.
bool checkHeader(ObjectReader& reader, Problems& problems) {
    bool formatOk = false;
    std::string format;
    if (reader.require("format") && reader.read("format", format)) {
        formatOk = format == kTemplateFormatName;
        if (!formatOk)
            report(problems, "format",
                   SDS_TRANSLATE_NOOP("Validation", "expected \"%1\", got \"%2\": this is not a "
                                                    "System Design Studio template"),
                   {kTemplateFormatName, format});
    }
    std::int64_t version = 0;
    if (!reader.require("version") || !reader.read("version", version))
        return true;
    if (version > kTemplateFormatVersion) {
        if (formatOk)
            problems.clear();
        report(problems, "version",
               SDS_TRANSLATE_NOOP("Validation",
                                  "this template is format version %1, newer than this studio "
                                  "reads (%2); open it with a newer System Design Studio"),
               {std::to_string(version), std::to_string(kTemplateFormatVersion)});
        return false;
    }
    if (version < 1)
        report(problems, "version",
               SDS_TRANSLATE_NOOP("Validation",
                                  "there is no template format version %1; this studio reads "
                                  "version %2"),
               {std::to_string(version), std::to_string(kTemplateFormatVersion)});
    return true;
}

void prefixPlaces(const Problems& inner, Problems& out) {
    for (Problem problem : inner) {
        problem.place = problem.place.empty() ? "design" : "design." + problem.place;
        out.push_back(std::move(problem));
    }
}

// The inner design: its structure first, then (only when that is sound) its values, as
// loadDesignFile does.
Design readDesign(const Json& json, const Catalog& catalog, Problems& problems) {
    if (!json.is_object()) {
        report(problems, "design", SDS_TRANSLATE_NOOP("Validation", "expected an object, got %1"),
               {jsonTypeName(json)});
        return {};
    }
    const std::string text = json.dump(-1, ' ', false, Json::error_handler_t::replace);
    Result<Design> design = designFromJson(text, catalog);
    if (!design.ok()) {
        prefixPlaces(design.problems(), problems);
        return {};
    }
    prefixPlaces(validateDesign(design.value(), catalog), problems);
    return std::move(design).value();
}

void readNonEmpty(ObjectReader& reader, const char* key, std::string& out) {
    if (reader.require(key) && reader.read(key, out) && out.empty())
        report(reader.problems(), key, SDS_TRANSLATE_NOOP("Validation", "must not be empty"));
}

} // namespace

Result<Template> templateFromJson(const std::string& text, const std::string& expectedId,
                                  const Catalog& catalog) {
    Problems problems;
    const std::optional<Json> parsed = parseJsonText(text, problems);
    if (!parsed) {
        retellTopLevel(problems);
        return problems;
    }
    ObjectReader reader(*parsed, "", problems);
    if (!checkHeader(reader, problems))
        return problems;

    Template result;
    if (reader.require("id") && reader.read("id", result.id)) {
        if (!templates::isKebabCase(result.id))
            report(problems, "id",
                   SDS_TRANSLATE_NOOP("Validation", "must be kebab-case (lowercase letters and "
                                                    "digits joined by single hyphens), got "
                                                    "\"%1\""),
                   {result.id});
        else if (!expectedId.empty() && result.id != expectedId)
            report(problems, "id",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "\"%1\" differs from the file name: expected \"%2\""),
                   {result.id, expectedId});
    }
    readNonEmpty(reader, "title", result.title);
    readNonEmpty(reader, "summary", result.summary);
    if (reader.require("order") && reader.read("order", result.order) && result.order < 1)
        report(problems, "order", SDS_TRANSLATE_NOOP("Validation", "must be >= 1, got %1"),
               {std::to_string(result.order)});
    if (const Json* design = reader.require("design"))
        result.design = readDesign(*design, catalog, problems);
    if (const Json* rubric = reader.require("rubric"))
        result.rubric = templates::readRubric(*rubric, "rubric", catalog, problems);
    reader.finish();
    if (!problems.empty())
        return problems;
    return result;
}

} // namespace studio::core
