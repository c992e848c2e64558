// The design library at 10,000 designs with ten simulation runs each: listing (with the
// thumbnails' metadata) and searching by name within 100 ms, saving a design within 10 ms
// (the library issue's budgets), and the run history: listing a design's runs, reopening one
// (inflating and reading its results) and keeping a new one. The library is a real file in
// the temporary folder, built once per run; the runs go in by SQL in one transaction (the
// studio keeps one at a time), each with the results of a real simulation.
#include "GeneratedDesign.h"

#include "format/DesignJson.h"
#include "library/Library.h"
#include "sim/ResultJson.h"
#include "sim/RunRecord.h"
#include "sim/Simulation.h"
#include "util/Zlib.h"

#include <sqlite3.h>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include <unistd.h>

namespace {

using namespace studio;
namespace fs = std::filesystem;

constexpr int kDesigns = 10'000;
constexpr int kRunsEach = 10;

// A run as the studio keeps it: a client at 100 req/s in front of three components, simulated
// for 20 s (five replications): its results with every series bucket.
core::NewRun sampleRun() {
    core::Design design = bench::generateSolvableDesign(4, 100);
    core::sim::SimulationOptions options;
    options.duration = 20;
    options.replications = 5;
    auto result = core::sim::simulateDesign(design, options, nullptr);
    if (!result.ok())
        throw std::runtime_error(result.problems().front().text());
    const core::sim::SimulationResult& r = result.value();
    return core::NewRun{1, std::nullopt, core::sim::parametersToJson({20, 5, 1, false, 0.5}),
                        core::sim::headlineToJson(core::sim::headlineOf(r)),
                        core::sim::resultToJson(r)};
}

// The benchmark's library: kDesigns designs of 8 to 40 components named "Design N (kind)",
// every tenth with a 20 KB thumbnail. Removed at exit.
class BenchLibrary {
public:
    BenchLibrary()
        : m_dir(fs::temp_directory_path() /
                ("sdstudio-library-bench-" + std::to_string(::getpid()))) {
        fs::create_directories(m_dir);
        auto opened = core::Library::open((m_dir / "library.sqlite").string());
        if (!opened.ok())
            throw std::runtime_error(opened.problems().front().text());
        m_library = std::make_unique<core::Library>(std::move(opened).value());
        const char* themes[] = {"shortener", "feed", "chat", "cache", "limiter", "search"};
        const std::vector<std::uint8_t> png(20'000, 0x42);
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < kDesigns; ++i) {
            const std::size_t components = 8 + static_cast<std::size_t>(i % 33);
            core::Design design = bench::generateDesign(components, components);
            design.name = "Design " + std::to_string(i) + " (" + themes[i % 6] + ")";
            auto id = m_library->add(core::designToJson(design));
            if (!id.ok())
                throw std::runtime_error(id.problems().front().text());
            if (i % 10 == 0)
                m_library->setThumbnail(id.value(), png);
            m_last = id.value();
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(stderr, "built a library of %d designs in %.1f s (%.2f ms an add)\n", kDesigns,
                     seconds, seconds * 1000 / kDesigns);
        addRuns();
    }

    // kRunsEach runs of every design, by SQL in one transaction.
    void addRuns() {
        m_run = sampleRun();
        const std::string results = core::deflateText(m_run.results);
        sqlite3* db = nullptr;
        if (sqlite3_open((m_dir / "library.sqlite").string().c_str(), &db) != SQLITE_OK)
            throw std::runtime_error("cannot open the library with SQLite");
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt* insert = nullptr;
        sqlite3_prepare_v2(db,
                           "INSERT INTO simulation_runs (design_id, revision, edited, created_ms, "
                           "parameters, summary, design, results) SELECT id, 1, 0, ?2, ?3, ?4, "
                           "NULL, ?5 FROM designs WHERE id = ?1",
                           -1, &insert, nullptr);
        for (core::DesignId id = 1; id <= m_last; ++id)
            for (int run = 0; run < kRunsEach; ++run) {
                sqlite3_bind_int64(insert, 1, id);
                sqlite3_bind_int64(insert, 2, 1'765'000'000'000 + id * 100 + run);
                sqlite3_bind_text(insert, 3, m_run.parameters.c_str(), -1, SQLITE_STATIC);
                sqlite3_bind_text(insert, 4, m_run.summary.c_str(), -1, SQLITE_STATIC);
                sqlite3_bind_blob(insert, 5, results.data(), static_cast<int>(results.size()),
                                  SQLITE_STATIC);
                if (sqlite3_step(insert) != SQLITE_DONE)
                    throw std::runtime_error(sqlite3_errmsg(db));
                sqlite3_reset(insert);
            }
        sqlite3_finalize(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        std::fprintf(stderr, "added %d runs of %zu KB results (%zu KB deflated)\n",
                     kDesigns * kRunsEach, m_run.results.size() / 1024, results.size() / 1024);
    }

    const core::NewRun& run() const { return m_run; }
    ~BenchLibrary() {
        m_library.reset();
        std::error_code ignored;
        fs::remove_all(m_dir, ignored);
    }

    core::Library& library() { return *m_library; }
    core::DesignId last() const { return m_last; }

private:
    fs::path m_dir;
    std::unique_ptr<core::Library> m_library;
    core::DesignId m_last = 0;
    core::NewRun m_run;
};

BenchLibrary& benchLibrary() {
    static BenchLibrary instance;
    return instance;
}

void BM_LibraryList(benchmark::State& state) {
    core::Library& library = benchLibrary().library();
    for (auto _ : state) {
        auto entries = library.list();
        if (!entries.ok() || entries.value().size() != kDesigns)
            state.SkipWithError("list failed");
        benchmark::DoNotOptimize(entries);
    }
}

void BM_LibrarySearchByName(benchmark::State& state) {
    core::Library& library = benchLibrary().library();
    for (auto _ : state) {
        auto entries = library.list("design 12");
        if (!entries.ok() || entries.value().empty())
            state.SkipWithError("search failed");
        benchmark::DoNotOptimize(entries);
    }
}

// Saving a design of state.range(0) components: validation, the update, the version
// snapshot and a durable commit.
void BM_LibrarySave(benchmark::State& state) {
    core::Library& library = benchLibrary().library();
    const auto size = static_cast<std::size_t>(state.range(0));
    core::Design design = bench::generateDesign(size, 2 * size);
    design.name = "Saved design";
    const std::string json = core::designToJson(design);
    const core::DesignId id = benchLibrary().last();
    for (auto _ : state) {
        auto saved = library.save(id, json);
        if (!saved.ok())
            state.SkipWithError(saved.problems().front().text().c_str());
    }
}

void BM_LibraryLoad(benchmark::State& state) {
    core::Library& library = benchLibrary().library();
    const core::DesignId id = benchLibrary().last();
    for (auto _ : state)
        benchmark::DoNotOptimize(library.load(id));
}

// A design's run list, from among 100,000 runs.
void BM_LibraryRunList(benchmark::State& state) {
    core::Library& library = benchLibrary().library();
    const core::DesignId id = benchLibrary().last() / 2;
    for (auto _ : state) {
        auto runs = library.runs(id);
        if (!runs.ok() || runs.value().size() < kRunsEach)
            state.SkipWithError("run list failed");
        benchmark::DoNotOptimize(runs);
    }
}

// Reopening a run: reading and inflating its results, then reading them back whole.
void BM_LibraryRunOpen(benchmark::State& state) {
    core::Library& library = benchLibrary().library();
    const core::RunId id = library.runs(benchLibrary().last() / 2).value().front().id;
    for (auto _ : state) {
        auto run = library.run(id);
        if (!run.ok())
            state.SkipWithError(run.problems().front().text().c_str());
        auto result = core::sim::resultFromJson(run.value().results);
        if (!result.ok())
            state.SkipWithError(result.problems().front().text().c_str());
        benchmark::DoNotOptimize(result);
    }
}

// Keeping a finished run: deflating its results and a durable commit.
void BM_LibraryAddRun(benchmark::State& state) {
    core::Library& library = benchLibrary().library();
    const core::DesignId id = benchLibrary().last();
    for (auto _ : state) {
        auto added = library.addRun(id, benchLibrary().run());
        if (!added.ok())
            state.SkipWithError(added.problems().front().text().c_str());
    }
}

BENCHMARK(BM_LibraryRunList)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LibraryRunOpen)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LibraryAddRun)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LibraryList)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LibrarySearchByName)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LibrarySave)->Arg(20)->Arg(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LibraryLoad)->Unit(benchmark::kMillisecond);

} // namespace
