#pragma once

// The library file's schema and its migrations (docs/FORMAT.md, "The design library").
// Private to core/library, except that tests build older files with it.

#include <cstdint>

struct sqlite3;

namespace studio::core::library {

// The schema version this studio writes, kept in `PRAGMA user_version`:
// 1 designs and their versions; 2 adds drafts, thumbnails, simulation runs and practice
// sessions; 3 remakes the simulation runs (the run history) and the practice sessions.
inline constexpr int kSchemaVersion = 3;

// `PRAGMA application_id` of every library ("SDSL"), telling a library from other SQLite files.
inline constexpr std::int32_t kApplicationId = 0x5344534c;

// Brings the schema of `db` from version `from` to version `to` (0 = an empty file), one
// migration at a time, each setting user_version as it completes, all in the caller's
// transaction. Throws sqlite::Failure.
void migrate(sqlite3* db, int from, int to = kSchemaVersion);

} // namespace studio::core::library
