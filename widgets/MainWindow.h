#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace studio::widgets {

class DesignScene;
class DesignView;
class EditActions;
class EstimateOverlay;
class FileActions;
class InspectorWidget;
class PaletteWidget;
class StudioDocument;

// The studio's window: the canvas in the middle, the palette and the inspector in docks,
// menus, and counts and zoom in the status bar. Remembers its geometry and dock layout.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    StudioDocument* document() const { return m_document; }
    DesignScene* scene() const { return m_scene; }
    DesignView* view() const { return m_view; }
    FileActions* fileActions() const { return m_files; }
    EditActions* editActions() const { return m_edits; }
    PaletteWidget* palette() const { return m_palette; }
    InspectorWidget* inspector() const { return m_inspector; }
    EstimateOverlay* estimateOverlay() const { return m_overlay; }
    QAction* estimateOverlayAction() const { return m_overlayAction; }
    QAction* peakLoadAction() const { return m_peakAction; }

public slots:
    // Opens the design file at `path`. When it cannot be opened, shows every problem in a
    // message box (window-modal, not blocking) and keeps what was open; returns false.
    bool openFile(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void showAbout();
    void updateTitle();
    void updateCounts();

private:
    void createDocks();
    void createMenus();
    void showContextMenu(const QPoint& screenPos);
    void restoreLayout();

    StudioDocument* m_document;
    DesignScene* m_scene;
    DesignView* m_view;
    FileActions* m_files;
    EditActions* m_edits;
    PaletteWidget* m_palette = nullptr;
    InspectorWidget* m_inspector = nullptr;
    QLabel* m_counts;
    QLabel* m_zoom;
    EstimateOverlay* m_overlay; // a child of the view
    QAction* m_overlayAction = nullptr;
    QAction* m_peakAction = nullptr;
};

} // namespace studio::widgets
