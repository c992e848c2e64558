// Every template embedded from templates/ (and the test-only one under data/): it parses,
// its design validates, meets its own rubric in full and its own requirements at peak.
// The loops cover files added later without a change here.
#include "../format/TestDesigns.h"
#include "TemplateTestSupport.h"

#include "format/Validator.h"
#include "solver/Solver.h"
#include "templates/BuiltinTemplates.h"
#include "templates/EmbeddedTemplates.h"
#include "templates/Rubric.h"
#include "templates/TemplateJson.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace studio::core {
namespace {

namespace fs = std::filesystem;
using test::describe;

std::string stem(std::string_view fileName) {
    return std::string(fileName.substr(0, fileName.size() - 5)); // without ".json"
}

// What a sound template keeps; failures name the template.
void expectSound(const Template& t) {
    SCOPED_TRACE("template " + t.id);
    const Problems problems = validateDesign(t.design);
    EXPECT_TRUE(problems.empty()) << describe(problems);

    const RubricScore score = checkRubric(t.design, t);
    EXPECT_EQ(score.earned, score.possible);
    EXPECT_GT(score.possible, 0);
    for (const auto& item : score.items)
        EXPECT_TRUE(item.passed) << item.id << ": " << item.detail.format();

    const auto solved = solver::solveDesign(t.design);
    ASSERT_TRUE(solved.ok()) << describe(solved.problems());
    const solver::Solution& solution = solved.value();
    EXPECT_EQ(solution.rates, solver::RateBasis::Peak);
    EXPECT_FALSE(solution.requirements.empty()) << "no requirement for the solver to check";
    for (const auto& component : solution.components)
        EXPECT_EQ(component.saturation, solver::Saturation::None)
            << component.id << " is saturated (utilisation " << component.utilisation.value << ")";
    for (const auto& requirement : solution.requirements)
        EXPECT_TRUE(requirement.met)
            << "requirement " << static_cast<int>(requirement.kind) << " "
            << requirement.requestClass << ": target " << requirement.target << ", actual "
            << requirement.actual.value << " (" << requirement.worst << ")";

    const RubricScore empty = checkRubric(Design{}, t);
    EXPECT_EQ(empty.earned, 0);
}

TEST(BuiltinTemplates, EveryEmbeddedFileParsesUnderItsOwnName) {
    for (const EmbeddedTemplate& file : embeddedTemplates()) {
        const auto parsed = templateFromJson(std::string(file.text), stem(file.fileName));
        EXPECT_TRUE(parsed.ok()) << file.fileName << ":\n" << describe(parsed.problems());
        if (parsed.ok()) {
            EXPECT_EQ(parsed.value().id, stem(file.fileName));
        }
    }
    EXPECT_TRUE(builtinTemplateProblems().empty()) << describe(builtinTemplateProblems());
    EXPECT_EQ(builtinTemplates().size(), embeddedTemplates().size());
}

// What the practice mode shows for a miss: the seed's passage (scripts/check-seed-quotes.py
// checks, outside the build, that each is verbatim from the seed reference) and two hint
// levels before the item's text, the answer.
TEST(BuiltinTemplates, EveryRubricItemQuotesTheSeedAndGivesTwoHints) {
    ASSERT_FALSE(builtinTemplates().empty());
    for (const Template& t : builtinTemplates()) {
        for (const RubricItem& item : t.rubric) {
            SCOPED_TRACE(t.id + " rubric item " + item.id);
            EXPECT_FALSE(item.seed.empty());
            EXPECT_LE(item.seed.size(), 320u) << "a quote of a few lines, not a section";
            ASSERT_EQ(item.hints.size(), 2u);
            for (const std::string& hint : item.hints) {
                EXPECT_FALSE(hint.empty());
                EXPECT_NE(hint, item.text) << "the answer is the last level, not a hint";
            }
            EXPECT_NE(item.hints[0], item.hints[1]);
        }
    }
}

TEST(BuiltinTemplates, TheBuildEmbedsTheTemplatesFolderAsItIs) {
    std::set<std::string> onDisk;
    for (const auto& entry : fs::directory_iterator(fs::path(STUDIO_SOURCE_DIR) / "templates"))
        if (entry.path().extension() == ".json")
            onDisk.insert(entry.path().filename().string());
    std::set<std::string> embedded;
    for (const EmbeddedTemplate& file : embeddedTemplates()) {
        embedded.insert(std::string(file.fileName));
        const fs::path path = fs::path(STUDIO_SOURCE_DIR) / "templates" / file.fileName;
        EXPECT_EQ(std::string(file.text), test::readFile(path.string()))
            << file.fileName << " changed since the build embedded it";
    }
    EXPECT_EQ(embedded, onDisk);
}

TEST(BuiltinTemplates, EveryTemplateIsSound) {
    for (const Template& t : builtinTemplates())
        expectSound(t);
}

TEST(BuiltinTemplates, TheTestTemplateIsSound) {
    expectSound(test::testTemplate());
}

TEST(BuiltinTemplates, OrdersRunFromOneWithoutGapsOrTwins) {
    const auto& all = builtinTemplates();
    for (std::size_t i = 0; i < all.size(); ++i)
        EXPECT_EQ(all[i].order, static_cast<int>(i + 1)) << all[i].id;
}

TEST(BuiltinTemplates, FindTemplateById) {
    std::set<std::string> ids;
    for (const Template& t : builtinTemplates()) {
        EXPECT_TRUE(ids.insert(t.id).second) << t.id << " twice";
        const Template* found = findTemplate(t.id);
        ASSERT_NE(found, nullptr) << t.id;
        EXPECT_EQ(found->id, t.id);
        EXPECT_EQ(found, &t);
    }
    EXPECT_EQ(findTemplate("no-such-template"), nullptr);
    EXPECT_EQ(findTemplate(""), nullptr);
}

} // namespace
} // namespace studio::core
