#include "library/LibrarySchema.h"

#include "library/SqliteStatement.h"

#include <string>

namespace studio::core::library {

namespace {

// Times are milliseconds since 1970-01-01 UTC. Big texts (JSON) and blobs come last in
// their rows, and the designs list reads a covering index only, so listing thousands of
// designs never touches their JSON.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE designs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    template_id TEXT,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    component_count INTEGER NOT NULL DEFAULT 0,
    deleted_ms INTEGER,
    json TEXT NOT NULL
);
CREATE INDEX designs_list ON designs (deleted_ms, updated_ms, name, template_id, created_ms,
                                      component_count, revision);
CREATE TABLE versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    name TEXT NOT NULL,
    saved_ms INTEGER NOT NULL,
    component_count INTEGER NOT NULL DEFAULT 0,
    json TEXT NOT NULL
);
CREATE INDEX versions_by_design ON versions (design_id, revision);
)sql";

constexpr const char* kVersion2 = R"sql(
ALTER TABLE designs ADD COLUMN thumbnail_revision INTEGER;
DROP INDEX designs_list;
CREATE INDEX designs_list ON designs (deleted_ms, updated_ms, name, template_id, created_ms,
                                      component_count, revision, thumbnail_revision);
CREATE TABLE thumbnails (
    design_id INTEGER PRIMARY KEY REFERENCES designs (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    rendered_ms INTEGER NOT NULL,
    png BLOB NOT NULL
);
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    design_id INTEGER UNIQUE REFERENCES designs (id) ON DELETE CASCADE,
    saved_ms INTEGER NOT NULL,
    json TEXT NOT NULL
);
CREATE TABLE simulation_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
    created_ms INTEGER NOT NULL,
    parameters TEXT NOT NULL DEFAULT '{}',
    results TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX simulation_runs_by_design ON simulation_runs (design_id, created_ms);
CREATE TABLE practice_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
    created_ms INTEGER NOT NULL,
    answers TEXT NOT NULL DEFAULT '{}',
    score TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX practice_sessions_by_design ON practice_sessions (design_id, created_ms);
)sql";

// The run history and the practice sessions: version 2's tables were never written to, so
// they are made anew with the columns they need. A run of a design as saved keeps no copy of it
// (`design` null: the version of `revision` is the design); a run of unsaved edits keeps the design
// it ran. The run list reads the covering index only, never the results.
constexpr const char* kVersion3 = R"sql(
DROP TABLE simulation_runs;
CREATE TABLE simulation_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    edited INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    parameters TEXT NOT NULL,
    summary TEXT NOT NULL,
    design TEXT,
    results BLOB NOT NULL
);
CREATE INDEX simulation_runs_list ON simulation_runs (design_id, created_ms, revision, edited,
                                                      parameters, summary);
DROP TABLE practice_sessions;
CREATE TABLE practice_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    template_id TEXT NOT NULL,
    title TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    submitted_ms INTEGER,
    earned INTEGER NOT NULL,
    possible INTEGER NOT NULL,
    summary TEXT NOT NULL,
    session TEXT NOT NULL
);
CREATE INDEX practice_sessions_list ON practice_sessions (started_ms, template_id, title,
                                                          submitted_ms, earned, possible, summary);
)sql";

// Index i holds the migration from version i to version i + 1.
constexpr const char* kMigrations[] = {kVersion1, kVersion2, kVersion3};
static_assert(std::size(kMigrations) == kSchemaVersion);

} // namespace

void migrate(sqlite3* db, int from, int to) {
    if (from == 0)
        sqlite::execute(db, ("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
    for (int version = from; version < to; ++version) {
        sqlite::execute(db, kMigrations[version]);
        sqlite::execute(db, ("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
    }
}

} // namespace studio::core::library
