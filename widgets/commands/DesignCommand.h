#pragma once

#include "document/ChangeSet.h"
#include "document/DesignDocument.h"

#include <QUndoCommand>

#include <cstddef>
#include <string>
#include <vector>

namespace studio::widgets {

// The n of a plural command text, QCoreApplication::translate(..., nullptr, pluralCount(n)):
// lupdate misses a translate() whose n is written as a static_cast.
inline int pluralCount(std::size_t n) {
    return static_cast<int>(n);
}

// Merge ids for QUndoCommand::id(), all in one place.
enum class MergeId { None = -1, Nudge = 1 };

// An undoable change to a design: redo applies its ChangeSet, undo reverts it. Holds the
// document by reference (the document owns the undo stack, so it outlives the command)
// and the change as values and ids, never scene items.
class DesignCommand : public QUndoCommand {
public:
    DesignCommand(core::DesignDocument& document, core::ChangeSet changes, const QString& text,
                  QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    // True when there is nothing to do (pushing it would add an empty undo step).
    bool isEmpty() const { return m_changes.empty(); }
    // What redo adds: read it before pushing (the stack owns the command afterwards).
    std::vector<std::string> addedIds() const { return m_changes.addedIds(); }

protected:
    core::DesignDocument& m_document;
    core::ChangeSet m_changes;
};

} // namespace studio::widgets
