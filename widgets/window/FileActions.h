#pragma once

#include "util/Problem.h"

#include <QMessageBox>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace studio::widgets {

class StudioDocument;

// The File menu: New, Open, Open Recent, Save, Save As, and the question before unsaved
// work is dropped. Problems (a file that does not open, a save that fails) are shown in a
// message box naming the file and every problem; nothing the person made is lost.
class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(StudioDocument* document, QWidget* window);

    void fillFileMenu(QMenu* menu);

    // Asks whether to save unsaved changes: true when it is fine to drop the design (saved,
    // discarded, or nothing to save), false when the person cancelled or the save failed.
    bool maybeSave();

    // How the question is asked; tests replace it. Returns Save, Discard or Cancel.
    std::function<QMessageBox::StandardButton()> askToSave;

    QStringList recentFiles() const;

public slots:
    void newDesign();
    void open();
    // Opens `path` after maybeSave(); on failure shows the problems and keeps what was open.
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    // Writes to `path` and makes it the document's file; on failure shows why and keeps
    // the unsaved marker.
    bool saveTo(const QString& path);

signals:
    // A design was opened from a file or created anew.
    void designOpened();

private:
    void addRecentFile(const QString& path);
    void updateRecentMenu();
    void showProblems(const QString& title, const QString& text, const QString& path,
                      const core::Problems& problems);

    StudioDocument* m_document;
    QWidget* m_window;
    QMenu* m_recentMenu = nullptr;
    QAction* m_save = nullptr;
};

} // namespace studio::widgets
