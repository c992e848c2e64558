// The design library at 10,000 designs: listing (with the thumbnails' metadata) and searching
// by name within 100 ms, saving a design within 10 ms (the library issue's budgets). The
// library is a real file in the temporary folder, built once per run.
#include "GeneratedDesign.h"

#include "format/DesignJson.h"
#include "library/Library.h"

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
    }
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

BENCHMARK(BM_LibraryList)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LibrarySearchByName)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LibrarySave)->Arg(20)->Arg(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LibraryLoad)->Unit(benchmark::kMillisecond);

} // namespace
