#pragma once

#include "library/LibraryEntries.h"
#include "util/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace studio::core {

enum class LibraryMode {
    ReadWrite, // creates the file if missing; read-only anyway if the file or schema forbids
    ReadOnly,  // never writes; the file must exist
};

struct LibraryOptions {
    LibraryMode mode = LibraryMode::ReadWrite;
    // How long a read or write waits for another connection's lock before it fails as busy.
    int busyTimeoutMs = 5000;
    // A ceiling on the file's size in bytes (0: none); a write past it fails as on a full disk.
    std::int64_t maxBytes = 0;
};

// The design library: one SQLite file holding designs, their versions, drafts, thumbnails,
// simulation runs and practice sessions (docs/FORMAT.md, "The design library"). Every write
// is one transaction: it happens completely or not at all, and a failure (busy, read-only,
// disk full, a design that fails validation) leaves the library as it was and returns
// problems whose messages name the file. Use one Library per thread; several (in this or
// other processes) may share a file.
class Library {
public:
    // Opens the library at `path` (creating it if missing, in ReadWrite mode; the folder must
    // exist) and brings an older schema up to date. Fails, leaving the file untouched, when it
    // is not a library (another SQLite file, random bytes: corrupt), cannot be opened, is busy
    // past the timeout, or is older and cannot be written. A newer schema or a read-only file
    // opens read-only, with notice() saying why; so does a library whose folder cannot be
    // written (read-only, or on a full disk).
    static Result<Library> open(const std::string& path, const LibraryOptions& options = {});

    Library(Library&& other) noexcept;
    Library& operator=(Library&& other) noexcept;
    ~Library();

    const std::string& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    // Why the library is read-only although ReadWrite was asked for, or nothing.
    const std::optional<Message>& notice() const { return m_notice; }
    // The file's schema version: kSchemaVersion, or higher for a newer studio's file.
    int schemaVersion() const { return m_schemaVersion; }

    // ---- designs (LibraryDesigns.cpp) -------------------------------------------------------
    // Designs not removed whose name contains `nameFilter` (ASCII case-insensitive; empty:
    // all), the most recently changed first. Reads no JSON.
    Result<std::vector<LibraryEntry>> list(const std::string& nameFilter = {}) const;
    Result<LibraryEntry> entry(DesignId id) const;
    // The design's JSON (the file format, docs/FORMAT.md).
    Result<std::string> load(DesignId id) const;
    // Adds a design from its JSON, which must pass designFromJson and validateDesign (else
    // the problems, and nothing is added), with its first version. An empty `name` takes the
    // design's own name.
    Result<DesignId> add(const std::string& json, const std::string& name = {},
                         const std::string& templateId = {});
    // Replaces the design's JSON (validated as by add), optionally renames it, keeps a
    // snapshot as a new version and drops the design's draft. Returns the new version's id.
    Result<VersionId> save(DesignId id, const std::string& json,
                           const std::optional<std::string>& name = std::nullopt);
    Problems rename(DesignId id, const std::string& name);
    // A new design with the same JSON, template and thumbnail; an empty `name` makes
    // "NAME (copy)".
    Result<DesignId> duplicate(DesignId id, const std::string& name = {});
    // Removal is undoable: remove() hides the design (and its versions, draft, thumbnail) from
    // every query; restoreRemoved() brings it back as it was; purgeRemoved() deletes removed
    // designs for good.
    Problems remove(DesignId id);
    Problems restoreRemoved(DesignId id);
    Problems purgeRemoved();

    // ---- versions (LibraryDesigns.cpp) ------------------------------------------------------
    // The design's versions, newest first.
    Result<std::vector<VersionEntry>> versions(DesignId id) const;
    Result<std::string> versionJson(VersionId version) const;
    // Saves an older version's JSON and name as the design's newest version.
    Result<VersionId> restoreVersion(DesignId id, VersionId version);

    // ---- drafts and thumbnails (LibraryDrafts.cpp) ------------------------------------------
    // Keeps `json` unvalidated as the one draft of design `designId` (replacing its earlier
    // draft), or, without a design, as the draft of a new document: `draftId` names the draft
    // an earlier call returned (to replace it), none starts a new one. Returns the draft's id.
    Result<DraftId> saveDraft(std::optional<DesignId> designId, const std::string& json,
                              std::optional<DraftId> draftId = std::nullopt);
    // Every draft, the newest first.
    Result<std::vector<DraftEntry>> drafts() const;
    Result<std::string> draftJson(DraftId draft) const;
    Problems discardDraft(DraftId draft);
    // Stores a PNG of the design rendered from `revision` (default: its current one).
    Problems setThumbnail(DesignId id, const std::vector<std::uint8_t>& png,
                          std::optional<int> revision = std::nullopt);
    // The thumbnail's PNG bytes; empty when the design has none.
    Result<std::vector<std::uint8_t>> thumbnail(DesignId id) const;

    // ---- simulation runs (LibraryRuns.cpp) ---------------------------------------------------
    // Keeps a run in design `id`'s history; without a design copy, revision `run.revision`
    // must be one of its versions. Returns the run's id.
    Result<RunId> addRun(DesignId id, const NewRun& run);
    // The design's runs, the newest first. Reads no results and no designs.
    Result<std::vector<RunEntry>> runs(DesignId id) const;
    // One run whole: the design it ran (its own copy, or the version it ran) and its results
    // (kept deflated: a few hundred KB of JSON take a third or a quarter).
    Result<StoredRun> run(RunId run) const;
    Problems removeRun(RunId run);

    // ---- practice sessions (LibraryPractice.cpp) ---------------------------------------------
    // Keeps a session: a new one without `id`, else replaces session `id`. Returns its id.
    Result<PracticeId> savePractice(std::optional<PracticeId> id, const PracticeRecord& record);
    // Every session, the oldest first, without their session JSON.
    Result<std::vector<PracticeEntry>> practices() const;
    Result<std::string> practiceJson(PracticeId id) const;
    Problems removePractice(PracticeId id);

    // `PRAGMA integrity_check`: empty when the file is sound.
    Problems checkIntegrity() const;

private:
    Library(std::string path, sqlite3* db);

    // open() with `immutable`: read-only, reading the file as it is without the -shm file a
    // WAL library needs otherwise (where none can be made and nobody writes).
    static Result<Library> openFile(const std::string& path, const LibraryOptions& options,
                                    bool immutable);
    // After an open failed to write beside the file (a read-only folder, a full disk): the
    // library opened for reading, with a notice saying why when ReadWrite was asked for.
    static Result<Library> openForReading(const std::string& path, const LibraryOptions& options,
                                          Problems failed);
    Problems setUp(const LibraryOptions& options);
    // Runs `body` (returning a Result or Problems), turning SQLite failures into problems.
    template <class F> auto guarded(F&& body) const -> decltype(body());
    // The same in one write transaction, committed when `body` succeeds; refused read-only.
    template <class F> auto guardedWrite(F&& body) -> decltype(body());
    Problem refuseWrite() const;
    Problem failure(int code, const std::string& detail) const;
    Problem missingDesign(DesignId id) const;

    std::string m_path;
    sqlite3* m_db = nullptr;
    bool m_readOnly = false;
    std::optional<Message> m_notice;
    int m_schemaVersion = 0;
};

// A path for a fresh library beside `path` (one that is corrupt or newer): "library.sqlite"
// gives "library-2.sqlite", or "-3"... whichever does not exist yet.
std::string freshLibraryPathBeside(const std::string& path);

} // namespace studio::core
