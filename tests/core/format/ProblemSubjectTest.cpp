// The validator and the design file's readers say what each problem is about (item, id,
// path and key), so callers need not rebuild place strings.
#include "TestDesigns.h"

#include "format/DesignFile.h"
#include "format/DesignJson.h"
#include "format/Validator.h"

#include <gtest/gtest.h>

namespace studio::core {
namespace {

using Kind = ProblemSubject::Kind;
using test::describe;
using test::smallDesign;

// The one problem of `problems` whose text contains `fragment`.
const Problem& only(const Problems& problems, const std::string& fragment) {
    static const Problem none;
    const Problem* found = nullptr;
    for (const auto& problem : problems)
        if (problem.text().find(fragment) != std::string::npos) {
            EXPECT_EQ(found, nullptr) << "twice: " << fragment << "\n" << describe(problems);
            found = &problem;
        }
    EXPECT_NE(found, nullptr) << "no \"" << fragment << "\" in:\n" << describe(problems);
    return found ? *found : none;
}

TEST(ProblemSubject, ComponentPropertyNamesTheComponentAndTheProperty) {
    Design design = smallDesign();
    design.components[2].properties["instances"] = std::int64_t{-2};
    const Problems problems = validateDesign(design);
    const Problem& problem = only(problems, "instances must be");
    EXPECT_EQ(problem.place, "components[2] \"app\""); // the text place is unchanged
    EXPECT_EQ(problem.about, (ProblemSubject{Kind::Component, "app", "", "properties.instances"}));
    EXPECT_EQ(problem.about.field(), "properties.instances");
}

TEST(ProblemSubject, WorkloadFieldsHaveTheirPathInsideTheComponent) {
    Design design = smallDesign();
    design.components[0].workload->rate = -1;
    design.components[0].workload->classes[1].mix = 0;
    const Problems problems = validateDesign(design);
    const ProblemSubject& rate = only(problems, "rate must be").about;
    EXPECT_EQ(rate, (ProblemSubject{Kind::Component, "users", "workload", "rate"}));
    EXPECT_EQ(rate.field(), "workload.rate");
    const Problem& mix = only(problems, "mix must be");
    EXPECT_EQ(mix.place, "components[0] \"users\".workload.classes[1]");
    EXPECT_EQ(mix.about.path, "workload.classes[1]");
    EXPECT_EQ(mix.about.field(), "workload.classes[1].mix");
    EXPECT_EQ(only(problems, "the mixes").about.field(), "workload.classes");
}

TEST(ProblemSubject, LinkToAMissingComponentNamesTheLinkAndTheEnd) {
    Design design = smallDesign();
    design.links[1].to = "ghost";
    const Problems problems = validateDesign(design);
    const Problem& problem = only(problems, "\"ghost\"");
    EXPECT_EQ(problem.place, "links[1]");
    EXPECT_EQ(problem.about, (ProblemSubject{Kind::Link, "l2", "", "to"}));
}

TEST(ProblemSubject, ZoneProblemsNameTheZone) {
    Design design = smallDesign();
    design.zones[1].parent = "nowhere";
    design.zones[0].rect.width = 0;
    const Problems problems = validateDesign(design);
    EXPECT_EQ(only(problems, "nowhere").about, (ProblemSubject{Kind::Zone, "az", "", "parent"}));
    EXPECT_EQ(only(problems, "width must be").about,
              (ProblemSubject{Kind::Zone, "region", "", "width"}));

    design = smallDesign();
    design.zones[0].parent = "az"; // az is in region: a circle, reported at region
    EXPECT_EQ(only(validateDesign(design), "circle").about,
              (ProblemSubject{Kind::Zone, "region", "", "parent"}));
}

TEST(ProblemSubject, EstimationAndRequirementsAreAboutTheDesign) {
    Design design = smallDesign();
    design.estimation.dau = -5;
    design.requirements.p99Latency = 0;
    const Problems problems = validateDesign(design);
    EXPECT_EQ(only(problems, "dau must be").about,
              (ProblemSubject{Kind::Design, "", "estimation", "dau"}));
    EXPECT_EQ(only(problems, "p99_latency must be").about.field(),
              "requirements.non_functional.p99_latency");
}

TEST(ProblemSubject, EveryValidationProblemSaysWhatItIsAbout) {
    Design design = smallDesign();
    design.components[2].id = "";
    design.components[3].kind = "mainframe";
    design.components[4].properties["bogus"] = true;
    design.links[3].step = 1; // when: miss needs a previous step
    design.links[4].bends = {{1e9, 0}};
    design.zones[1].id = "l1";
    const Problems problems = validateDesign(design);
    ASSERT_GE(problems.size(), 5u) << describe(problems);
    for (const auto& problem : problems)
        EXPECT_NE(problem.about.kind, Kind::Unknown) << problem.text();
    EXPECT_EQ(only(problems, "id must not be empty").about,
              (ProblemSubject{Kind::Component, "", "", "id"}));
    EXPECT_EQ(only(problems, "mainframe").about.field(), "kind");
    EXPECT_EQ(only(problems, "bogus").about.field(), "properties.bogus");
    EXPECT_EQ(only(problems, "needs a previous step").about,
              (ProblemSubject{Kind::Link, "l4", "", "when"}));
    EXPECT_EQ(only(problems, "x must be").about.field(), "bends[0].x");
    EXPECT_EQ(only(problems, "already used").about, (ProblemSubject{Kind::Zone, "l1", "", "id"}));
}

std::string withHeader(const std::string& body) {
    return R"({"format": "sdstudio-design", "version": 1, )" + body + "}";
}

Problems readProblems(const std::string& text) {
    const auto parsed = designFromJson(text);
    EXPECT_FALSE(parsed.ok());
    return parsed.ok() ? Problems{} : parsed.problems();
}

// What the one problem at `place` is about.
ProblemSubject aboutAt(const Problems& problems, const std::string& place) {
    const Problem* found = nullptr;
    for (const auto& problem : problems)
        if (problem.place == place) {
            EXPECT_EQ(found, nullptr) << "twice at " << place << "\n" << describe(problems);
            found = &problem;
        }
    EXPECT_NE(found, nullptr) << "nothing at " << place << " in:\n" << describe(problems);
    return found ? found->about : ProblemSubject{};
}

TEST(ProblemSubject, TheReadersSayTheItemAndField) {
    const Problems problems = readProblems(withHeader(R"(
        "colour": "blue",
        "components": [
            {"id": "api", "kind": "service", "properties": {"instances": [3]}},
            {"id": "users", "kind": "client", "workload": {"rate": "fast", "classes": []}},
            {"id": "db", "kind": "sql_database", "properties": {"bogus": 1}}],
        "links": [{"id": "l1", "to": "api"}],
        "zones": [{"id": "z", "width": 10, "height": 10, "shape": "round"}],
        "estimation": {"dau": "lots"})"));
    EXPECT_EQ(aboutAt(problems, "components[0] \"api\".properties.instances"),
              (ProblemSubject{Kind::Component, "api", "properties.instances", ""}));
    EXPECT_EQ(aboutAt(problems, "components[1] \"users\".workload.rate").field(), "workload.rate");
    EXPECT_EQ(aboutAt(problems, "components[2] \"db\""),
              (ProblemSubject{Kind::Component, "db", "", "properties.bogus"}));
    EXPECT_EQ(aboutAt(problems, "links[0]"), (ProblemSubject{Kind::Link, "l1", "", "from"}));
    EXPECT_EQ(aboutAt(problems, "zones[0] \"z\""), (ProblemSubject{Kind::Zone, "z", "", "shape"}));
    EXPECT_EQ(aboutAt(problems, "estimation.dau"),
              (ProblemSubject{Kind::Design, "", "estimation.dau", ""}));
    EXPECT_EQ(aboutAt(problems, ""), (ProblemSubject{Kind::Design, "", "", "colour"}));
}

TEST(ProblemSubject, AFileThatIsNotJsonIsAboutTheDesign) {
    const Problems problems = readProblems("{\"format\": ");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].about, ProblemSubject::design());
}

TEST(ProblemSubject, AFileThatCannotBeOpenedIsAboutTheDesign) {
    const auto loaded = loadDesignFile(STUDIO_SOURCE_DIR "/no/such/design.json");
    ASSERT_FALSE(loaded.ok());
    ASSERT_EQ(loaded.problems().size(), 1u);
    EXPECT_EQ(loaded.problems()[0].about, ProblemSubject::design());
}

} // namespace
} // namespace studio::core
