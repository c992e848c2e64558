#include "library/Library.h"

#include "library/LibraryGuard.h"
#include "library/LibrarySchema.h"
#include "library/SqliteStatement.h"

#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <utility>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace studio::core {

namespace fs = std::filesystem;
using library::kContext;

namespace library {

UnixMs now() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace library

namespace {

Problem libraryProblem(const char* templ, std::vector<std::string> args) {
    return makeProblem({}, kContext, templ, std::move(args));
}

// Whether this process may write `path` (false for a read-only file, unless run as root).
bool writable(const std::string& path) {
#if defined(__unix__) || defined(__APPLE__)
    return ::access(path.c_str(), W_OK) == 0;
#else
    std::error_code error;
    const auto permissions = fs::status(path, error).permissions();
    return !error && (permissions & fs::perms::owner_write) != fs::perms::none;
#endif
}

// What stops a library from being opened at `path` before SQLite is asked, if anything.
std::optional<Problem> checkPath(const std::string& path, LibraryMode mode) {
    if (path.empty())
        return libraryProblem(SDS_TRANSLATE_NOOP("Library", "no library file was given"), {});
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (fs::is_directory(status))
        return libraryProblem(
            SDS_TRANSLATE_NOOP("Library", "%1 is a folder, not a design library file"), {path});
    if (fs::exists(status))
        return std::nullopt;
    if (mode == LibraryMode::ReadOnly)
        return libraryProblem(
            SDS_TRANSLATE_NOOP("Library", "cannot open the library %1: no such file"), {path});
    const fs::path folder = fs::path(path).parent_path();
    if (!folder.empty() && !fs::is_directory(fs::status(folder, error)))
        return libraryProblem(SDS_TRANSLATE_NOOP("Library", "cannot create the library %1: the "
                                                            "folder %2 does not exist"),
                              {path, folder.string()});
    return std::nullopt;
}

} // namespace

Library::Library(std::string path, sqlite3* db)
    : m_path(std::move(path))
    , m_db(db) {}

Library::Library(Library&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_db(std::exchange(other.m_db, nullptr))
    , m_readOnly(other.m_readOnly)
    , m_notice(std::move(other.m_notice))
    , m_schemaVersion(other.m_schemaVersion) {}

Library& Library::operator=(Library&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_path = std::move(other.m_path);
        m_db = std::exchange(other.m_db, nullptr);
        m_readOnly = other.m_readOnly;
        m_notice = std::move(other.m_notice);
        m_schemaVersion = other.m_schemaVersion;
    }
    return *this;
}

Library::~Library() {
    sqlite3_close_v2(m_db);
}

Result<Library> Library::open(const std::string& path, const LibraryOptions& options) {
    if (auto problem = checkPath(path, options.mode))
        return *problem;
    const bool exists = fs::exists(fs::path(path));
    const bool readOnlyFile = exists && !writable(path);
    const bool readOnly = options.mode == LibraryMode::ReadOnly || readOnlyFile;
    const int flags =
        SQLITE_OPEN_EXRESCODE |
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* db = nullptr;
    const int code = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    Library library(path, db); // owns `db` even when opening failed
    if (code != SQLITE_OK)
        return library.failure(code, db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    library.m_readOnly = readOnly;
    if (readOnlyFile && options.mode == LibraryMode::ReadWrite)
        library.m_notice =
            Message{kContext,
                    SDS_TRANSLATE_NOOP("Library", "the library file %1 is read-only: it is open "
                                                  "for reading, and nothing can be saved to it"),
                    {path}};
    sqlite3_busy_timeout(db, options.busyTimeoutMs);
    Problems problems = library.guarded([&] { return library.setUp(options); });
    if (!problems.empty())
        return problems;
    return library;
}

Problems Library::setUp(const LibraryOptions& options) {
    sqlite::execute(m_db, "PRAGMA foreign_keys = ON");
    // The first reads of the file: random bytes fail here (SQLITE_NOTADB), before any write.
    const auto applicationId = sqlite::queryInteger(m_db, "PRAGMA application_id");
    const auto version = static_cast<int>(sqlite::queryInteger(m_db, "PRAGMA user_version"));
    const auto objects = sqlite::queryInteger(m_db, "SELECT count(*) FROM sqlite_master");
    const bool empty = applicationId == 0 && version == 0 && objects == 0;
    if (!empty && applicationId != library::kApplicationId)
        return {failure(SQLITE_NOTADB, "an SQLite database of another program")};
    if (empty && m_readOnly)
        return {libraryProblem(
            SDS_TRANSLATE_NOOP("Library", "%1 is empty: it holds no System Design Studio library"),
            {m_path})};
    m_schemaVersion = version;
    if (version > library::kSchemaVersion) {
        m_readOnly = true;
        m_notice =
            Message{kContext,
                    SDS_TRANSLATE_NOOP("Library", "the library %1 was written by a newer System "
                                                  "Design Studio (schema version %2; this studio "
                                                  "knows up to %3): it is open read-only"),
                    {m_path, std::to_string(version), std::to_string(library::kSchemaVersion)}};
        sqlite::execute(m_db, "PRAGMA query_only = ON");
        return {};
    }
    if (version < library::kSchemaVersion && m_readOnly)
        return {libraryProblem(
            SDS_TRANSLATE_NOOP("Library", "the library %1 was written by an older System Design "
                                          "Studio (schema version %2) and must be upgraded, but "
                                          "it is read-only"),
            {m_path, std::to_string(version)})};
    if (m_readOnly) {
        sqlite::execute(m_db, "PRAGMA query_only = ON");
        return {};
    }
    sqlite::Statement(m_db, "PRAGMA journal_mode = WAL").run();
    sqlite::execute(m_db, "PRAGMA synchronous = FULL");
    if (version < library::kSchemaVersion) {
        sqlite::Transaction transaction(m_db);
        // Another process may have migrated the file since it was read above.
        const auto current = static_cast<int>(sqlite::queryInteger(m_db, "PRAGMA user_version"));
        library::migrate(m_db, current);
        transaction.commit();
        m_schemaVersion = library::kSchemaVersion;
    }
    if (options.maxBytes > 0) {
        const auto pageSize = sqlite::queryInteger(m_db, "PRAGMA page_size");
        const auto pages = std::max<std::int64_t>(1, options.maxBytes / pageSize);
        sqlite::Statement(m_db, "PRAGMA max_page_count = " + std::to_string(pages)).run();
    }
    return {};
}

Problem Library::refuseWrite() const {
    if (m_notice)
        return libraryProblem(SDS_TRANSLATE_NOOP("Library", "nothing was saved: %1"),
                              {m_notice->format()});
    return libraryProblem(
        SDS_TRANSLATE_NOOP("Library", "nothing was saved: the library %1 is open read-only"),
        {m_path});
}

Problem Library::failure(int code, const std::string& detail) const {
    const int systemError = m_db ? sqlite3_system_errno(m_db) : 0;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return libraryProblem(
            SDS_TRANSLATE_NOOP("Library", "the library %1 is busy: another program or window is "
                                          "using it (locked); nothing was changed, try again"),
            {m_path});
    case SQLITE_READONLY:
        return libraryProblem(
            SDS_TRANSLATE_NOOP("Library", "the library %1 is read-only: nothing was saved (%2)"),
            {m_path, detail});
    case SQLITE_FULL:
        return libraryProblem(
            SDS_TRANSLATE_NOOP("Library", "the disk holding the library %1 is full (or the "
                                          "library reached its size limit): nothing was saved"),
            {m_path});
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return libraryProblem(SDS_TRANSLATE_NOOP("Library", "%1 is not a System Design Studio "
                                                            "library, or it is corrupt (%2)"),
                              {m_path, detail});
    case SQLITE_CANTOPEN:
        return libraryProblem(SDS_TRANSLATE_NOOP("Library", "cannot open the library %1: %2"),
                              {m_path, systemError ? std::strerror(systemError) : detail});
    case SQLITE_IOERR:
        if (systemError == ENOSPC)
            return failure(SQLITE_FULL, detail);
        return libraryProblem(
            SDS_TRANSLATE_NOOP("Library", "cannot read or write the library %1: %2"),
            {m_path, systemError ? std::strerror(systemError) : detail});
    case SQLITE_TOOBIG:
        return libraryProblem(
            SDS_TRANSLATE_NOOP("Library", "the design is too large for the library %1"), {m_path});
    default:
        return libraryProblem(SDS_TRANSLATE_NOOP("Library", "the library %1 failed: %2"),
                              {m_path, detail});
    }
}

Problem Library::missingDesign(DesignId id) const {
    return libraryProblem(SDS_TRANSLATE_NOOP("Library", "the library %1 has no design with id %2"),
                          {m_path, std::to_string(id)});
}

Problems Library::checkIntegrity() const {
    return guarded([&] {
        Problems problems;
        sqlite::Statement check(m_db, "PRAGMA integrity_check");
        while (check.step())
            if (const std::string line = check.text(0); line != "ok")
                problems.push_back(
                    libraryProblem(SDS_TRANSLATE_NOOP("Library", "the library %1 is damaged: %2"),
                                   {m_path, line}));
        return problems;
    });
}

std::string freshLibraryPathBeside(const std::string& path) {
    const fs::path original(path);
    const std::string stem = original.stem().string();
    const std::string extension = original.extension().string();
    std::error_code error;
    for (int n = 2;; ++n) {
        const fs::path candidate =
            original.parent_path() / (stem + "-" + std::to_string(n) + extension);
        if (!fs::exists(candidate, error) && !fs::exists(candidate.string() + "-wal", error))
            return candidate.string();
    }
}

} // namespace studio::core
