// The documentation of the file format is checked against the code, so it cannot fall
// behind: every example loads, and docs/FORMAT.md names every kind, property and field.

#include "TestDesigns.h"

#include "catalog/Catalog.h"
#include "format/DesignFile.h"
#include "format/DesignJson.h"
#include "format/Validator.h"
#include "model/EnumNames.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace studio::core {
namespace {

namespace fs = std::filesystem;
using test::describe;

const fs::path kDocs = fs::path(STUDIO_SOURCE_DIR) / "docs";

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every design file under docs/examples, the failure scenarios' folder included.
std::vector<fs::path> examples() {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(kDocs / "examples"))
        if (entry.path().extension() == ".json")
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    return paths;
}

TEST(FormatDocs, EveryExampleLoadsWithoutProblems) {
    const auto paths = examples();
    ASSERT_GE(paths.size(), 2u);
    for (const auto& path : paths) {
        const auto design = loadDesignFile(path.string());
        EXPECT_TRUE(design.ok()) << path << ":\n" << describe(design.problems());
    }
}

TEST(FormatDocs, ExamplesAreWrittenAsTheStudioWritesThem) {
    for (const auto& path : examples()) {
        const auto design = loadDesignFile(path.string());
        ASSERT_TRUE(design.ok()) << path;
        EXPECT_EQ(designToJson(design.value()), readText(path)) << path;
    }
}

TEST(FormatDocs, UrlShortenerIsTheSeedsDesign) {
    const auto loaded = loadDesignFile((kDocs / "examples" / "url-shortener.json").string());
    ASSERT_TRUE(loaded.ok()) << describe(loaded.problems());
    const Design& design = loaded.value();
    const Component* users = design.findComponent("users");
    ASSERT_TRUE(users && users->workload);
    double reads = 0;
    for (const auto& requestClass : users->workload->classes)
        if (requestClass.name == "read")
            reads = users->workload->rate * requestClass.mix;
    EXPECT_NEAR(reads, 3858, 1);
    EXPECT_EQ(design.findComponent("url-cache")->number("hit_ratio"), 0.8);
    EXPECT_EQ(design.estimation.itemCount, 1e8);
    EXPECT_EQ(design.estimation.itemBytes, 500);
    const Link* miss = design.findLink("lookup-db");
    ASSERT_NE(miss, nullptr);
    EXPECT_EQ(miss->when, CallCondition::Miss);
    EXPECT_EQ(miss->step, 2);
}

TEST(FormatDocs, EveryKindExampleHasEveryKindAndLinkMode) {
    const auto loaded = loadDesignFile((kDocs / "examples" / "every-kind.json").string());
    ASSERT_TRUE(loaded.ok()) << describe(loaded.problems());
    std::set<std::string> kinds;
    for (const auto& component : loaded.value().components)
        kinds.insert(component.kind);
    for (const auto& kind : Catalog::standard().kinds())
        EXPECT_TRUE(kinds.count(kind.id)) << kind.id;
    std::set<LinkMode> modes;
    for (const auto& link : loaded.value().links)
        modes.insert(link.mode);
    EXPECT_EQ(modes.size(), enumNames<LinkMode>().size());
}

// The text of FORMAT.md from the heading "### `id`" to the next heading of that level.
std::string kindSection(const std::string& doc, const std::string& id) {
    const std::string heading = "\n### `" + id + "`";
    const auto start = doc.find(heading);
    if (start == std::string::npos)
        return {};
    const auto end = doc.find("\n#", start + heading.size());
    return doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

TEST(FormatDocs, FormatMdDescribesEveryKindAndProperty) {
    const std::string doc = readText(kDocs / "FORMAT.md");
    ASSERT_FALSE(doc.empty());
    for (const auto& kind : Catalog::standard().kinds()) {
        const std::string section = kindSection(doc, kind.id);
        ASSERT_FALSE(section.empty()) << "FORMAT.md has no section ### `" << kind.id << "`";
        EXPECT_NE(section.find(kind.label), std::string::npos) << kind.id;
        for (const auto& property : kind.properties)
            EXPECT_NE(section.find("| `" + property.key + "` |"), std::string::npos)
                << "FORMAT.md's section on " << kind.id << " lacks property " << property.key;
    }
}

std::vector<std::string> tableRow(const std::string& section, const std::string& key) {
    const std::string start = "| `" + key + "` |";
    const auto begin = section.find(start);
    if (begin == std::string::npos)
        return {};
    const std::string line = section.substr(begin, section.find('\n', begin) - begin);
    std::vector<std::string> cells;
    std::stringstream stream(line);
    for (std::string cell; std::getline(stream, cell, '|');) {
        const auto first = cell.find_first_not_of(' ');
        const auto last = cell.find_last_not_of(' ');
        cells.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
    }
    return cells; // "", key, type, unit, default, range, meaning
}

std::string unquoted(std::string text) {
    std::erase(text, '`');
    std::erase(text, '"');
    return text;
}

TEST(FormatDocs, FormatMdPropertyTablesMatchTheCatalog) {
    const std::string doc = readText(kDocs / "FORMAT.md");
    for (const auto& kind : Catalog::standard().kinds()) {
        const std::string section = kindSection(doc, kind.id);
        for (const auto& property : kind.properties) {
            const auto cells = tableRow(section, property.key);
            ASSERT_GE(cells.size(), 7u) << kind.id << "." << property.key;
            const std::string where = kind.id + "." + property.key;
            EXPECT_EQ(cells[2], toString(property.type)) << where;
            const std::string shown = unquoted(cells[4]);
            if (property.type == PropertyType::Integer || property.type == PropertyType::Number) {
                EXPECT_EQ(std::stod(shown), asNumber(property.defaultValue)) << where;
                const auto dots = cells[5].find(" .. ");
                ASSERT_NE(dots, std::string::npos) << where;
                EXPECT_EQ(std::stod(cells[5].substr(0, dots)), property.min) << where;
                EXPECT_EQ(std::stod(cells[5].substr(dots + 4)), property.max) << where;
            } else {
                EXPECT_EQ(shown, toDisplayString(property.defaultValue)) << where;
            }
            for (const auto& choice : property.choices)
                EXPECT_NE(cells[5].find("`" + choice + "`"), std::string::npos) << where;
        }
    }
}

TEST(FormatDocs, FormatMdNamesEveryEstimationFieldAndEnumValue) {
    const std::string doc = readText(kDocs / "FORMAT.md");
    for (const auto& field : estimationFields())
        EXPECT_NE(doc.find("`" + std::string(field.key) + "`"), std::string::npos) << field.key;
    const auto expectNames = [&](auto names) {
        for (const auto& entry : names)
            EXPECT_NE(doc.find("`" + std::string(entry.name) + "`"), std::string::npos)
                << entry.name;
    };
    expectNames(enumNames<LinkMode>());
    expectNames(enumNames<CallCondition>());
    expectNames(enumNames<ZoneKind>());
    expectNames(enumNames<WorkloadType>());
    expectNames(enumNames<Operation>());
    expectNames(enumNames<Distribution>());
    expectNames(enumNames<Consistency>());
}

TEST(FormatDocs, FormatMdExampleIsValid) {
    const std::string doc = readText(kDocs / "FORMAT.md");
    const std::string fence = "```json\n";
    const auto start = doc.find(fence, doc.find("## A complete example"));
    ASSERT_NE(start, std::string::npos);
    const auto end = doc.find("```", start + fence.size());
    const std::string text = doc.substr(start + fence.size(), end - start - fence.size());
    const auto design = designFromJson(text);
    ASSERT_TRUE(design.ok()) << describe(design.problems());
    EXPECT_TRUE(validateDesign(design.value()).empty()) << describe(validateDesign(design.value()));
}

} // namespace
} // namespace studio::core
