#include "library/Library.h"

#include "library/LibraryGuard.h"
#include "library/LibrarySchema.h"
#include "library/SqliteStatement.h"

#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>
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

// What the file's header and catalogue say it is.
struct FileIdentity {
    std::int64_t applicationId = 0;
    int version = 0;
    std::int64_t objects = 0;

    bool empty() const { return applicationId == 0 && version == 0 && objects == 0; }
    bool otherProgram() const { return !empty() && applicationId != library::kApplicationId; }
};

// Read in the caller's transaction, so the three reads see one state of the file (never a
// library another process is creating half-way through them).
FileIdentity readIdentity(sqlite3* db) {
    FileIdentity identity;
    // The first reads of the file: random bytes fail here (SQLITE_NOTADB), before any write.
    identity.applicationId = sqlite::queryInteger(db, "PRAGMA application_id");
    identity.version = static_cast<int>(sqlite::queryInteger(db, "PRAGMA user_version"));
    identity.objects = sqlite::queryInteger(db, "SELECT count(*) FROM sqlite_master");
    return identity;
}

// A read transaction: BEGIN now, ROLLBACK when it goes out of scope.
class ReadTransaction {
public:
    explicit ReadTransaction(sqlite3* db)
        : m_db(db) {
        sqlite::execute(m_db, "BEGIN");
    }
    ~ReadTransaction() {
        if (!sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    sqlite3* m_db;
};

// `path` as an SQLite URI that opens it read-only and immutable.
std::string immutableUri(const std::string& path) {
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            uri += escaped;
        } else {
            uri += c;
        }
    }
    return uri + "?mode=ro&immutable=1";
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
    return openFile(path, options, false);
}

Result<Library> Library::openFile(const std::string& path, const LibraryOptions& options,
                                  bool immutable) {
    if (auto problem = checkPath(path, options.mode))
        return *problem;
    const bool exists = fs::exists(fs::path(path));
    const bool readOnlyFile = exists && !writable(path);
    const bool readOnly = options.mode == LibraryMode::ReadOnly || readOnlyFile;
    const int flags =
        SQLITE_OPEN_EXRESCODE | (immutable ? SQLITE_OPEN_URI : 0) |
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* db = nullptr;
    const std::string name = immutable ? immutableUri(path) : path;
    const int code = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
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
    int failedCode = SQLITE_OK;
    const auto setUp = [&] {
        failedCode = SQLITE_OK;
        return library.guarded([&] {
            try {
                return library.setUp(options);
            } catch (const sqlite::Failure& error) {
                failedCode = error.primaryCode();
                throw;
            }
        });
    };
    // Some steps of setting up (switching a new file to WAL while another process creates
    // it) fail as busy at once, without SQLite's busy wait: wait and retry them as long.
    const auto giveUp = std::chrono::steady_clock::now() +
                        std::chrono::milliseconds(std::max(0, options.busyTimeoutMs));
    Problems problems = setUp();
    while (failedCode == SQLITE_BUSY && std::chrono::steady_clock::now() < giveUp) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        problems = setUp();
    }
    const bool cannotWriteBeside = failedCode == SQLITE_READONLY || failedCode == SQLITE_CANTOPEN ||
                                   failedCode == SQLITE_FULL || failedCode == SQLITE_IOERR;
    if (!problems.empty() && exists && !immutable && cannotWriteBeside)
        return openForReading(path, options, std::move(problems));
    if (!problems.empty())
        return problems;
    return library;
}

Result<Library> Library::openForReading(const std::string& path, const LibraryOptions& options,
                                        Problems failed) {
    LibraryOptions reading = options;
    reading.mode = LibraryMode::ReadOnly;
    Result<Library> opened(std::move(failed));
    if (options.mode == LibraryMode::ReadWrite)
        opened = openFile(path, reading, false);
    // Without a -wal file no other connection has the library open, so reading the file as
    // it stands is safe; with one, its -shm exists too and the plain open can read.
    std::error_code ignored;
    if (!opened.ok() && !fs::exists(path + "-wal", ignored))
        opened = openFile(path, reading, true);
    if (!opened.ok() || options.mode == LibraryMode::ReadOnly)
        return opened;
    opened.value().m_notice =
        Message{kContext,
                SDS_TRANSLATE_NOOP("Library", "nothing can be written beside the library %1 (its "
                                              "folder is read-only or the disk is full): it is "
                                              "open for reading, and nothing can be saved to it"),
                {path}};
    return opened;
}

Problems Library::setUp(const LibraryOptions& options) {
    sqlite::execute(m_db, "PRAGMA foreign_keys = ON");
    FileIdentity identity;
    {
        ReadTransaction read(m_db);
        identity = readIdentity(m_db);
    }
    const int version = identity.version;
    if (identity.otherProgram())
        return {failure(SQLITE_NOTADB, "an SQLite database of another program")};
    if (identity.empty() && m_readOnly)
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
        // Check and create (or migrate) under the write lock: several processes may create
        // the same new library at once; the first creates it, the others find it made.
        sqlite::Transaction transaction(m_db);
        const FileIdentity current = readIdentity(m_db);
        if (current.otherProgram())
            return {failure(SQLITE_NOTADB, "an SQLite database of another program")};
        if (current.version < library::kSchemaVersion)
            library::migrate(m_db, current.version);
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
