#pragma once

#include "util/Problem.h"

#include <QMainWindow>

class QLabel;

namespace studio::widgets {

class StudioDocument;
class DesignScene;
class DesignView;

// The studio's window: menus, the canvas showing the open design, counts in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    StudioDocument* document() const { return m_document; }
    DesignScene* scene() const { return m_scene; }
    DesignView* view() const { return m_view; }

public slots:
    // Opens the design file at `path`. When it cannot be opened, shows every problem in a
    // message box (window-modal, not blocking) and keeps what was open; returns false.
    bool openFile(const QString& path);

private slots:
    void chooseFile();
    void showAbout();
    void updateFromDocument();

private:
    void createMenus();
    void showProblems(const QString& path, const core::Problems& problems);

    StudioDocument* m_document;
    DesignScene* m_scene;
    DesignView* m_view;
    QLabel* m_counts;
};

} // namespace studio::widgets
