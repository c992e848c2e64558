#pragma once

#include "library/LibraryEntries.h"

#include <QString>

#include <optional>

namespace studio::widgets {

// Where an open design lives and where Save writes: a file, a library entry, or nowhere
// yet (a new design). Never both.
struct DocumentHome {
    QString filePath;                        // a design file (JSON)
    std::optional<core::DesignId> libraryId; // an entry of the studio's library

    static DocumentHome file(const QString& path) { return {path, std::nullopt}; }
    static DocumentHome library(core::DesignId id) { return {QString(), id}; }

    bool isNowhere() const { return filePath.isEmpty() && !libraryId; }
    bool operator==(const DocumentHome&) const = default;
};

} // namespace studio::widgets
