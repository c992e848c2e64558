#pragma once

#include "library/LibraryEntries.h"
#include "util/Problem.h"

#include <QMessageBox>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>

class QAction;
class QMenu;
class QWidget;

namespace studio::widgets {

class StudioDocument;
class StudioLibrary;

// The File menu: New, New from Template, Open, Open Recent, Save, Save As, Add to Library,
// and the question before unsaved work is dropped. Save writes to the document's home: its
// library entry or its file; a new design goes to the library (a file when there is none). Problems
// (a file that does not open, a save that fails) are shown in a message box naming the file and
// every problem; nothing the person made is lost.
class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(StudioDocument* document, QWidget* window);

    void fillFileMenu(QMenu* menu);
    // The library new designs go to and library entries open from; none: files only.
    void setLibrary(StudioLibrary* library);

    // Asks whether to save unsaved changes: true when it is fine to drop the design (saved,
    // discarded, or nothing to save), false when the person cancelled or the save failed.
    bool maybeSave();

    // How the question is asked; tests replace it. Returns Save, Discard or Cancel.
    std::function<QMessageBox::StandardButton()> askToSave;
    // How a design going into the library for the first time gets its name, `suggestion`
    // prefilled; tests replace it. Returns nothing when the person cancelled.
    std::function<std::optional<QString>(const QString& suggestion)> askName;

    QStringList recentFiles() const;

    // The open and import dialogs' file types: design files and PNGs carrying a design.
    static QString designFilter();

public slots:
    void newDesign();
    void open();
    // Opens `path` after maybeSave(); on failure shows the problems and keeps what was open.
    // A PNG the studio exported opens the design inside it as a new, unsaved design (its
    // Save goes to the library or asks for a file; the PNG is never overwritten).
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    // Writes to `path` and makes it the document's file; on failure shows why and keeps
    // the unsaved marker.
    bool saveTo(const QString& path);
    // The gallery of reference designs; the chosen one opens as a new, unsaved design.
    void newFromTemplate();
    // Opens the builtin template `id` as a new, unsaved design: it becomes a library entry
    // when it is saved (remembering its template), not before.
    bool createFromTemplate(const std::string& id);
    // Opens library entry `id` after maybeSave().
    bool openFromLibrary(core::DesignId id);
    // Saves the design to its library entry, or adds it to the library as a new entry that
    // becomes its home, under the name askName() gives (a changed name is one undo step).
    bool saveToLibrary();
    // Asks for design files and adds each to the library (the open design is untouched).
    void importIntoLibrary();
    // Adds the design file at `path` to the library; on failure shows every problem and
    // leaves the library as it was.
    bool importFile(const QString& path);

signals:
    // A design was opened from a file or the library, or created anew.
    void designOpened();
    // Something worth a line in the status bar ("Saved to the library").
    void statusMessage(const QString& text);

private:
    void addRecentFile(const QString& path);
    void updateRecentMenu();
    void showProblems(const QString& title, const QString& text, const QString& path,
                      const core::Problems& problems);
    void updateActions();

    StudioLibrary* m_library = nullptr; // not owned; may be none
    QAction* m_addToLibrary = nullptr;
    QAction* m_fromTemplate = nullptr;

    StudioDocument* m_document;
    QWidget* m_window;
    QMenu* m_recentMenu = nullptr;
    QAction* m_save = nullptr;
    std::string m_templateId; // the template the open design came from, until it is saved
};

} // namespace studio::widgets
