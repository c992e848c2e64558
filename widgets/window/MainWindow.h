#pragma once

#include "library/LibraryEntries.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;

namespace studio::widgets {

class CalculatorsPanel;
class DesignScene;
class DesignView;
class EditActions;
class ExportActions;
class EstimateOverlay;
class FileActions;
class FindBar;
class Minimap;
class DraftKeeper;
class InspectorWidget;
class LibraryPanel;
class PaletteWidget;
class PracticeActions;
class SimulationOverlay;
class SimulationPanel;
class StudioDocument;
class StudioLibrary;
class ThumbnailQueue;

// The studio's window: the canvas in the middle, the palette, the library, the inspector and
// the calculators in docks, menus, and counts and zoom in the status bar. Remembers its
// geometry and dock layout. With a library (not owned; it outlives the window), new designs
// go there, unsaved edits are kept as drafts and thumbnails are drawn in the background.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(StudioLibrary* library = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    StudioDocument* document() const { return m_document; }
    DesignScene* scene() const { return m_scene; }
    DesignView* view() const { return m_view; }
    FileActions* fileActions() const { return m_files; }
    EditActions* editActions() const { return m_edits; }
    ExportActions* exportActions() const { return m_exports; }
    PracticeActions* practiceActions() const { return m_practice; }
    PaletteWidget* palette() const { return m_palette; }
    InspectorWidget* inspector() const { return m_inspector; }
    CalculatorsPanel* calculators() const { return m_calculators; }
    LibraryPanel* libraryPanel() const { return m_libraryPanel; }
    DraftKeeper* draftKeeper() const { return m_drafts; }
    EstimateOverlay* estimateOverlay() const { return m_overlay; }
    QAction* estimateOverlayAction() const { return m_overlayAction; }
    QAction* peakLoadAction() const { return m_peakAction; }
    Minimap* minimap() const { return m_minimap; }
    FindBar* findBar() const { return m_findBar; }
    QAction* findAction() const { return m_findAction; }
    SimulationPanel* simulationPanel() const { return m_simulation; }
    QAction* runAction() const { return m_runAction; }
    SimulationOverlay* simulationOverlay() const { return m_simulationOverlay; }
    QAction* simulationOverlayAction() const { return m_simulationOverlayAction; }

public slots:
    // Opens the design file at `path`. When it cannot be opened, shows every problem in a
    // message box (window-modal, not blocking) and keeps what was open; returns false.
    bool openFile(const QString& path);
    // Offers the unsaved edits the library kept as a draft (after a crash): restore, discard
    // or decide later. Returns true when a draft was restored.
    bool offerDraft();

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void showAbout();
    void updateTitle();
    void updateCounts();

private:
    void createDocks();
    void createLibraryDock();
    void openLibraryDesign(core::DesignId id);
    void reloadRestoredVersion(core::DesignId id);
    void createMenus();
    void showContextMenu(const QPoint& screenPos);
    void restoreLayout();

    StudioDocument* m_document;
    DesignScene* m_scene;
    DesignView* m_view;
    FileActions* m_files;
    EditActions* m_edits;
    ExportActions* m_exports = nullptr;    // File > Export, Edit > Copy as Image
    PracticeActions* m_practice = nullptr; // the Practice menu and dock
    PaletteWidget* m_palette = nullptr;
    InspectorWidget* m_inspector = nullptr;
    CalculatorsPanel* m_calculators = nullptr;
    LibraryPanel* m_libraryPanel = nullptr; // with a library only
    DraftKeeper* m_drafts = nullptr;        // with a library only
    ThumbnailQueue* m_thumbnails = nullptr; // with a library only
    QLabel* m_counts;
    QLabel* m_zoom;
    EstimateOverlay* m_overlay; // a child of the view
    StudioLibrary* m_library;   // not owned; may be none
    QAction* m_overlayAction = nullptr;
    QAction* m_peakAction = nullptr;
    Minimap* m_minimap = nullptr; // in the Overview dock
    FindBar* m_findBar = nullptr; // a child of the view
    QAction* m_findAction = nullptr;
    SimulationPanel* m_simulation = nullptr; // in the Simulation dock
    QDockWidget* m_simulationDock = nullptr;
    QAction* m_runAction = nullptr;
    SimulationOverlay* m_simulationOverlay = nullptr;
    QAction* m_simulationOverlayAction = nullptr;
};

} // namespace studio::widgets
