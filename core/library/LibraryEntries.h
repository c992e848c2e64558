#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace studio::core {

// Row ids in a library file: stable for the life of the row, never reused.
using DesignId = std::int64_t;
using VersionId = std::int64_t;
using DraftId = std::int64_t;
using RunId = std::int64_t;
using PracticeId = std::int64_t;

// Every time in the library is in milliseconds since 1970-01-01 UTC.
using UnixMs = std::int64_t;

// A design as the library's list shows it (no JSON).
struct LibraryEntry {
    DesignId id = 0;
    std::string name;
    std::string templateId; // the template it was made from; empty if none
    UnixMs created = 0;
    UnixMs updated = 0; // the last save or rename
    int revision = 1;   // how many times it was saved (1 after it was added)
    int componentCount = 0;
    bool hasThumbnail = false;
    bool thumbnailCurrent = false; // the thumbnail shows the current revision

    bool operator==(const LibraryEntry&) const = default;
};

// One snapshot of a design, kept by every explicit save.
struct VersionEntry {
    VersionId id = 0;
    DesignId designId = 0;
    int revision = 1; // the design's revision this snapshot is
    std::string name;
    UnixMs saved = 0;
    int componentCount = 0;

    bool operator==(const VersionEntry&) const = default;
};

// An autosave of unsaved edits: of a library design, or of a new document never saved.
struct DraftEntry {
    DraftId id = 0;
    std::optional<DesignId> designId; // none: a new document
    std::string designName;           // the design's name in the library; empty for none
    UnixMs saved = 0;

    bool operator==(const DraftEntry&) const = default;
};

// A simulation run kept in a design's history, as the run list shows it (no results).
struct RunEntry {
    RunId id = 0;
    DesignId designId = 0;
    int revision = 1;    // the design's revision the run started from
    bool edited = false; // from unsaved edits of that revision (the run kept its design)
    UnixMs created = 0;
    std::string parameters; // JSON, the caller's (duration, replications, seed...)
    std::string summary;    // JSON, the caller's headline figures for the list

    bool operator==(const RunEntry&) const = default;
};

// A run to keep: the texts are stored as they are.
struct NewRun {
    int revision = 1;
    // The design as it ran, when it differs from the library's version `revision` (unsaved
    // edits); none: that version is the design, and no copy is kept.
    std::optional<std::string> designJson;
    std::string parameters;
    std::string summary;
    std::string results;
};

// A run read back whole.
struct StoredRun {
    RunEntry entry;
    std::string designJson; // the design as it ran
    std::string results;
};

// An interview practice session as the library keeps it. The library stores the texts as
// they are (core/practice writes them).
struct PracticeRecord {
    std::string templateId; // empty: a custom prompt
    std::string title;
    UnixMs started = 0;
    std::optional<UnixMs> submitted; // none: not submitted yet
    int earned = 0;
    int possible = 0;
    std::string summary; // JSON: the score per category and the items missed
    std::string session; // JSON: the whole session

    bool operator==(const PracticeRecord&) const = default;
};

// A practice session as the progress view lists it (no session JSON: `session` empty).
struct PracticeEntry {
    PracticeId id = 0;
    PracticeRecord record;

    bool operator==(const PracticeEntry&) const = default;
};

} // namespace studio::core
