#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace studio::core {

// Row ids in a library file: stable for the life of the row, never reused.
using DesignId = std::int64_t;
using VersionId = std::int64_t;
using DraftId = std::int64_t;

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

} // namespace studio::core
