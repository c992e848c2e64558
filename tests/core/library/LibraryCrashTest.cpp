// A process saving in a loop is killed (SIGKILL) again and again: the library always reopens
// sound (integrity_check ok), and every save that had returned is there.
#include "LibraryTestSupport.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <thread>

#include <csignal>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace studio::core {
namespace {

using test::designJson;

// What the child reports after each save returned: which save and the version it made.
struct Report {
    std::int64_t number = 0;
    VersionId version = 0;
};

// The child: saves design `id` in a loop (with a draft between saves), reporting each save
// that returned to `out`. Never returns.
[[noreturn]] void saveForever(const std::string& path, DesignId id, std::int64_t first, int out) {
    Result<Library> library = Library::open(path);
    if (!library.ok())
        ::_exit(3);
    for (std::int64_t n = first;; ++n) {
        const Result<VersionId> saved =
            library.value().save(id, designJson("save " + std::to_string(n)));
        if (!saved.ok())
            ::_exit(4);
        const Report report{n, saved.value()};
        if (::write(out, &report, sizeof report) != static_cast<ssize_t>(sizeof report))
            ::_exit(5);
        if (!library.value().saveDraft(id, "draft " + std::to_string(n)).ok())
            ::_exit(6);
    }
}

// Reads whole reports from `in` into `reports`, waiting at most `timeoutMs` for the first.
void readReports(int in, std::vector<Report>& reports, int timeoutMs) {
    pollfd poller{in, POLLIN, 0};
    while (::poll(&poller, 1, timeoutMs) > 0) {
        Report report;
        if (::read(in, &report, sizeof report) != static_cast<ssize_t>(sizeof report))
            return;
        reports.push_back(report);
        timeoutMs = 0;
    }
}

using CrashTest = test::LibraryFileTest;

TEST_F(CrashTest, KilledWhileSavingTheLibraryReopensWithEverySaveThatReturned) {
    const std::string file = path("crash.sqlite");
    DesignId id = 0;
    {
        Library library = openLibrary("crash.sqlite");
        id = library.add(designJson("save 0")).value();
    }
    std::mt19937 random(2024);
    std::vector<Report> returned;
    std::int64_t next = 1;
    constexpr int kKills = 30;
    for (int kill = 0; kill < kKills; ++kill) {
        int pipeEnds[2];
        ASSERT_EQ(::pipe(pipeEnds), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(pipeEnds[0]);
            saveForever(file, id, next, pipeEnds[1]);
        }
        ::close(pipeEnds[1]);
        // Let it save a random number of times, then kill it at a random moment.
        std::vector<Report> reports;
        const std::size_t wanted = 1 + random() % 12;
        while (reports.size() < wanted) {
            const std::size_t had = reports.size();
            readReports(pipeEnds[0], reports, 10'000);
            if (reports.size() == had)
                break; // the child died or hangs; checked below
        }
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 3000));
        ASSERT_EQ(::kill(child, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child stopped by itself, status " << status;
        readReports(pipeEnds[0], reports, 0); // saves that returned just before the kill
        ::close(pipeEnds[0]);
        ASSERT_FALSE(reports.empty()) << "kill " << kill << ": the child saved nothing";
        returned.insert(returned.end(), reports.begin(), reports.end());
        next = reports.back().number + 1;

        Library library = openLibrary("crash.sqlite");
        const Problems damage = library.checkIntegrity();
        ASSERT_TRUE(damage.empty()) << "kill " << kill << ": " << test::describeProblems(damage);
        // The design is at least at the last save that returned (maybe one further).
        const std::string current = library.load(id).value();
        EXPECT_TRUE(current == designJson("save " + std::to_string(next - 1)) ||
                    current == designJson("save " + std::to_string(next)))
            << "kill " << kill;
        next = library.entry(id).value().revision; // revision n + 1 holds "save n"
    }
    Library library = openLibrary("crash.sqlite");
    for (const Report& report : returned) {
        const Result<std::string> json = library.versionJson(report.version);
        ASSERT_LIBRARY_OK(json);
        EXPECT_EQ(json.value(), designJson("save " + std::to_string(report.number)));
    }
    EXPECT_GE(returned.size(), static_cast<std::size_t>(kKills));
}

} // namespace
} // namespace studio::core
