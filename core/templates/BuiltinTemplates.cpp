#include "templates/BuiltinTemplates.h"

#include "templates/EmbeddedTemplates.h"
#include "templates/TemplateJson.h"

#include <algorithm>

namespace studio::core {

namespace {

struct Builtins {
    std::vector<Template> templates;
    Problems problems;
};

Builtins load() {
    Builtins builtins;
    for (const EmbeddedTemplate& file : embeddedTemplates()) {
        const std::string name(file.fileName);
        const std::string id = name.substr(0, name.size() - std::string_view(".json").size());
        Result<Template> parsed = templateFromJson(std::string(file.text), id);
        if (parsed.ok()) {
            builtins.templates.push_back(std::move(parsed).value());
            continue;
        }
        for (Problem problem : parsed.problems()) {
            problem.place = problem.place.empty() ? name : name + ": " + problem.place;
            builtins.problems.push_back(std::move(problem));
        }
    }
    std::stable_sort(builtins.templates.begin(), builtins.templates.end(),
                     [](const Template& a, const Template& b) { return a.order < b.order; });
    return builtins;
}

const Builtins& builtins() {
    static const Builtins loaded = load();
    return loaded;
}

} // namespace

const std::vector<Template>& builtinTemplates() {
    return builtins().templates;
}

const Problems& builtinTemplateProblems() {
    return builtins().problems;
}

const Template* findTemplate(std::string_view id) {
    for (const Template& candidate : builtinTemplates())
        if (candidate.id == id)
            return &candidate;
    return nullptr;
}

} // namespace studio::core
