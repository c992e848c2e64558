#include "library/Library.h"

#include "library/LibraryGuard.h"
#include "library/SqliteStatement.h"
#include "util/Zlib.h"

#include <sqlite3.h>

namespace studio::core {

using library::kContext;

namespace {

// A run's results inflate to at most this (a design's results are a few hundred KB).
constexpr std::size_t kMaxResultsBytes = std::size_t{1} << 30;

Problem missingRun(const std::string& path, RunId run) {
    return makeProblem({}, kContext,
                       SDS_TRANSLATE_NOOP("Library", "the library %1 has no simulation run "
                                                     "with id %2"),
                       {path, std::to_string(run)});
}

} // namespace

Result<RunId> Library::addRun(DesignId id, const NewRun& run) {
    return guardedWrite([&]() -> Result<RunId> {
        if (Result<LibraryEntry> design = entry(id); !design)
            return design.problems();
        if (!run.designJson) {
            sqlite::Statement version(m_db, "SELECT 1 FROM versions WHERE design_id = ?1 AND "
                                            "revision = ?2");
            version.bind(1, id).bind(2, std::int64_t{run.revision});
            if (!version.step())
                return makeProblem({}, kContext,
                                   SDS_TRANSLATE_NOOP("Library", "the library %1 has no revision "
                                                                 "%2 of design %3"),
                                   {m_path, std::to_string(run.revision), std::to_string(id)});
        }
        sqlite::Statement insert(
            m_db, "INSERT INTO simulation_runs (design_id, revision, edited, created_ms, "
                  "parameters, summary, design, results) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        insert.bind(1, id)
            .bind(2, std::int64_t{run.revision})
            .bind(3, std::int64_t{run.designJson ? 1 : 0})
            .bind(4, library::now())
            .bind(5, run.parameters)
            .bind(6, run.summary);
        if (run.designJson)
            insert.bind(7, *run.designJson);
        else
            insert.bindNull(7);
        insert.bindBlob(8, deflateText(run.results)).run();
        return sqlite3_last_insert_rowid(m_db);
    });
}

Result<std::vector<RunEntry>> Library::runs(DesignId id) const {
    return guarded([&]() -> Result<std::vector<RunEntry>> {
        if (Result<LibraryEntry> design = entry(id); !design)
            return design.problems();
        sqlite::Statement select(m_db, "SELECT id, revision, edited, created_ms, parameters, "
                                       "summary FROM simulation_runs WHERE design_id = ?1 "
                                       "ORDER BY created_ms DESC, id DESC");
        select.bind(1, id);
        std::vector<RunEntry> runs;
        while (select.step())
            runs.push_back(RunEntry{select.integer(0), id, static_cast<int>(select.integer(1)),
                                    select.integer(2) != 0, select.integer(3), select.text(4),
                                    select.text(5)});
        return runs;
    });
}

Result<StoredRun> Library::run(RunId run) const {
    return guarded([&]() -> Result<StoredRun> {
        sqlite::Statement select(
            m_db, "SELECT r.design_id, r.revision, r.edited, r.created_ms, r.parameters, "
                  "r.summary, coalesce(r.design, v.json), r.results FROM simulation_runs r "
                  "JOIN designs d ON d.id = r.design_id LEFT JOIN versions v ON "
                  "v.design_id = r.design_id AND v.revision = r.revision "
                  "WHERE r.id = ?1 AND d.deleted_ms IS NULL ORDER BY v.id DESC LIMIT 1");
        select.bind(1, run);
        if (!select.step())
            return missingRun(m_path, run);
        Inflated results = inflateText(select.blobBytes(7), kMaxResultsBytes);
        if (results.damaged || results.tooLarge)
            return makeProblem({}, kContext,
                               SDS_TRANSLATE_NOOP("Library", "the library %1 holds the results of "
                                                             "simulation run %2 damaged"),
                               {m_path, std::to_string(run)});
        return StoredRun{RunEntry{run, select.integer(0), static_cast<int>(select.integer(1)),
                                  select.integer(2) != 0, select.integer(3), select.text(4),
                                  select.text(5)},
                         select.text(6), std::move(results.text)};
    });
}

Problems Library::removeRun(RunId run) {
    return guardedWrite([&]() -> Problems {
        sqlite::Statement remove(m_db, "DELETE FROM simulation_runs WHERE id = ?1");
        remove.bind(1, run).run();
        if (sqlite3_changes(m_db) == 0)
            return {missingRun(m_path, run)};
        return {};
    });
}

} // namespace studio::core
