#pragma once

// The Simulation dock's History tab: the runs kept with the open library design, newest
// first (when, the revision they ran, settings, p99, goodput, answered). A finished run of a
// library design is kept on its own; Open shows a kept run's charts again, Remove drops it.
// A design outside the library keeps no runs, and the tab says how to change that.
#include "widgets/simulation/SimulationRun.h"

#include "library/LibraryEntries.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace studio::widgets {

class StudioDocument;
class StudioLibrary;

// Where a run's design stood in the library when the run started.
struct RunOrigin {
    std::optional<core::DesignId> libraryId; // none: not a library design
    int revision = 0;
    bool edited = false; // unsaved edits of that revision
};

class RunHistory : public QWidget {
    Q_OBJECT

public:
    // `library` may be null (the studio runs without one): nothing is kept.
    RunHistory(StudioDocument* document, StudioLibrary* library, QWidget* parent = nullptr);

    // Where the open design stands now.
    RunOrigin origin() const;
    // Keeps a finished run of a library design (origin as it was when the run started);
    // says in the tab when it cannot.
    void keep(const SimulationRun& run, const RunOrigin& origin);
    QTreeWidget* list() const { return m_list; }
    // Reads the kept run on the list's row back and asks for it to be shown.
    void openRow(int row);

signals:
    // A kept run to show; `label` says which ("the run of 12/6/26 14:02, revision 3").
    void openRequested(std::shared_ptr<const SimulationRun> run, const QString& label);

private:
    void refresh();
    void removeSelected();

    StudioDocument* m_document;
    StudioLibrary* m_library;
    QLabel* m_message;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_remove;
    std::vector<core::RunEntry> m_runs; // as listed
};

} // namespace studio::widgets
