#pragma once

#include "widgets/base/DocumentHome.h"

#include "catalog/Catalog.h"
#include "document/DesignDocument.h"
#include "util/Problem.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <string>

namespace studio::widgets {

// The design open in the studio: the core document (the model, the single source of truth),
// its home (the file or library entry Save writes to), and its undo stack (every edit is a command
// pushed here). Turns the core document's change notifications into Qt signals; ids are the
// model's.
class StudioDocument : public QObject {
    Q_OBJECT

public:
    explicit StudioDocument(QObject* parent = nullptr,
                            const core::Catalog& catalog = core::Catalog::standard());
    ~StudioDocument() override;

    const core::Design& design() const { return m_model.design(); }
    // The core document, for edits (undo commands apply their change sets to it).
    core::DesignDocument& model() { return m_model; }
    const core::Catalog& catalog() const { return m_catalog; }
    // Where the design lives (DocumentHome): its file, its library entry, or nowhere yet.
    const DocumentHome& home() const { return m_home; }
    // The design's file; empty when it lives in the library or nowhere yet.
    const QString& filePath() const { return m_home.filePath; }
    std::optional<core::DesignId> libraryId() const { return m_home.libraryId; }

    QUndoStack* undoStack() { return &m_undoStack; }
    // Pushes an edit (taking ownership); a command that changes nothing is dropped.
    void push(QUndoCommand* command);
    // Unsaved changes since the last open or save.
    bool isModified() const { return !m_undoStack.isClean(); }

    // Replaces the whole design (a file opened, a new design) and clears the undo history.
    void reset(core::Design design, const DocumentHome& home = {});
    // Records that the design as it is now was saved to `home` (the library saved it).
    void markSaved(const DocumentHome& home);
    // Marks the design as changed since its last save (a draft restored after a crash), so
    // that closing asks and Save writes it home.
    void markUnsaved();

    // Writes the design to `path` and makes it the document's file. On failure returns the
    // problems and changes nothing (the unsaved marker stays).
    core::Problems saveAs(const QString& path);

    // Opens the design file at `path`. On failure returns every problem and leaves the
    // document as it was: nothing is opened half-way.
    core::Problems load(const QString& path);

signals:
    void componentAdded(const std::string& id);
    void componentRemoved(const std::string& id);
    void componentChanged(const std::string& id);
    void linkAdded(const std::string& id);
    void linkRemoved(const std::string& id);
    void linkChanged(const std::string& id);
    void zoneAdded(const std::string& id);
    void zoneRemoved(const std::string& id);
    void zoneChanged(const std::string& id);
    void designPropertiesChanged();
    // Once per edit (an undo command's redo or undo), after the per-item signals above: all
    // it changed. Panels that redraw as a whole listen to this one, not to every item.
    void changed(const core::DesignChanges& changes);
    // The whole design was replaced: views rebuild from design(). No changed() follows.
    void designReset();
    void modifiedChanged(bool modified);
    void homeChanged();

private:
    class Relay; // core::DesignListener -> the signals above

    const core::Catalog& m_catalog;
    core::DesignDocument m_model;
    std::unique_ptr<Relay> m_relay;
    void setHome(const DocumentHome& home);

    DocumentHome m_home;
    QUndoStack m_undoStack;
};

} // namespace studio::widgets
