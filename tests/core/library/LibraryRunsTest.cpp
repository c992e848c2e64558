// The run history: runs kept per design with the version they ran, listed without their
// results, read back whole, removed one at a time and with their design.
#include "LibraryTestSupport.h"

#include <gtest/gtest.h>

namespace studio::core {
namespace {

using test::designJson;
using test::mentions;

using RunsTest = test::LibraryFileTest;

NewRun savedRun(int revision, const std::string& results) {
    return NewRun{revision, std::nullopt, R"({"seed":1})", R"({"p99":0.1})", results};
}

TEST_F(RunsTest, ARunOfTheSavedDesignKeepsNoCopyAndReopensItsVersion) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("First")).value();
    const Result<RunId> first = library.addRun(id, savedRun(1, "results 1"));
    ASSERT_LIBRARY_OK(first);
    ASSERT_LIBRARY_OK(library.save(id, designJson("Second")));
    const Result<RunId> second = library.addRun(id, savedRun(2, "results 2"));
    ASSERT_LIBRARY_OK(second);

    // The run of revision 1 still opens revision 1's design, not the current one.
    const Result<StoredRun> old = library.run(first.value());
    ASSERT_LIBRARY_OK(old);
    EXPECT_EQ(old.value().designJson, designJson("First"));
    EXPECT_EQ(old.value().results, "results 1");
    EXPECT_EQ(old.value().entry.revision, 1);
    EXPECT_FALSE(old.value().entry.edited);
    EXPECT_EQ(old.value().entry.parameters, R"({"seed":1})");
    EXPECT_EQ(library.run(second.value()).value().designJson, designJson("Second"));
    EXPECT_EQ(test::rawInteger(library.path(), "SELECT count(*) FROM simulation_runs WHERE "
                                               "design IS NOT NULL"),
              0);

    const auto runs = library.runs(id).value();
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].id, second.value()); // newest first
    EXPECT_EQ(runs[0].summary, R"({"p99":0.1})");
    EXPECT_EQ(runs[1].id, first.value());
}

TEST_F(RunsTest, ARunOfUnsavedEditsKeepsTheDesignItRan) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("Saved")).value();
    const Result<RunId> run =
        library.addRun(id, NewRun{1, designJson("Edited"), "{}", "{}", "results"});
    ASSERT_LIBRARY_OK(run);
    const StoredRun stored = library.run(run.value()).value();
    EXPECT_EQ(stored.designJson, designJson("Edited"));
    EXPECT_TRUE(stored.entry.edited);
}

TEST_F(RunsTest, MissingDesignsRevisionsAndRunsAreRefusedNamingThem) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("Saved")).value();
    const Result<RunId> noRevision = library.addRun(id, savedRun(5, "r"));
    ASSERT_FALSE(noRevision.ok());
    EXPECT_TRUE(mentions(noRevision.problems(), "no revision 5 of design"));
    EXPECT_FALSE(library.addRun(id + 100, savedRun(1, "r")).ok());
    EXPECT_TRUE(mentions(library.run(42).problems(), "no simulation run with id 42"));
    EXPECT_TRUE(mentions(library.removeRun(42), "no simulation run with id 42"));
    EXPECT_TRUE(library.runs(id).value().empty());
}

TEST_F(RunsTest, RemovingARunOrItsDesign) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("Saved")).value();
    const RunId a = library.addRun(id, savedRun(1, "a")).value();
    const RunId b = library.addRun(id, savedRun(1, "b")).value();
    ASSERT_LIBRARY_OK(library.removeRun(a));
    ASSERT_EQ(library.runs(id).value().size(), 1u);
    EXPECT_EQ(library.runs(id).value()[0].id, b);

    // A removed design hides its runs; restoring brings them back; purging deletes them.
    ASSERT_LIBRARY_OK(library.remove(id));
    EXPECT_FALSE(library.run(b).ok());
    EXPECT_FALSE(library.runs(id).ok());
    ASSERT_LIBRARY_OK(library.restoreRemoved(id));
    EXPECT_EQ(library.run(b).value().results, "b");
    ASSERT_LIBRARY_OK(library.remove(id));
    ASSERT_LIBRARY_OK(library.purgeRemoved());
    EXPECT_EQ(test::rawInteger(library.path(), "SELECT count(*) FROM simulation_runs"), 0);
}

TEST_F(RunsTest, ResultsAreKeptDeflatedAndDamageIsReported) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("Saved")).value();
    std::string results;
    for (int i = 0; i < 2000; ++i)
        results += "{\"p99\": [0.0123456789, 0.001, 5]},";
    const RunId run = library.addRun(id, savedRun(1, results)).value();
    EXPECT_EQ(library.run(run).value().results, results);
    EXPECT_LT(test::rawInteger(library.path(), "SELECT length(results) FROM simulation_runs"),
              static_cast<std::int64_t>(results.size() / 10));

    test::rawExecute(library.path(), "UPDATE simulation_runs SET results = x'78da0102'");
    const Result<StoredRun> damaged = library.run(run);
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(mentions(damaged.problems(), "damaged"));
}

TEST_F(RunsTest, AReadOnlyLibraryRefusesToKeepARun) {
    DesignId id = 0;
    {
        Library library = openLibrary("lib.sqlite");
        id = library.add(designJson("Saved")).value();
    }
    LibraryOptions readOnly;
    readOnly.mode = LibraryMode::ReadOnly;
    Library library = openLibrary("lib.sqlite", readOnly);
    EXPECT_FALSE(library.addRun(id, savedRun(1, "r")).ok());
    EXPECT_TRUE(library.runs(id).value().empty());
}

} // namespace
} // namespace studio::core
