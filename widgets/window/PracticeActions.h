#pragma once

// The Practice menu: New Session… (the problem, the length; the canvas starts empty in a new
// design and the Practice dock shows the prompt, the clock and the phases), Progress…
// (scores over time, by category, the items missed most; every session, whose report opens
// again), and the dock's own toggle.
#include "practice/PracticeSession.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace studio::widgets {

class FileActions;
class PracticePanel;
class StudioDocument;
class StudioLibrary;

class PracticeActions : public QObject {
    Q_OBJECT

public:
    // `library` may be null (sessions are not kept, Progress is disabled); `breaksFirst`
    // is the estimate overlay's action, which the deep dive's "What breaks first?" checks.
    PracticeActions(StudioDocument* document, FileActions* files, StudioLibrary* library,
                    QAction* breaksFirst, QMainWindow* window);

    void fillPracticeMenu(QMenu* menu);
    PracticePanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }

    // Asks for the problem and length (PracticeSetupDialog); tests replace it.
    std::function<std::optional<core::practice::PracticeSession>()> askSession;

public slots:
    void newSession();
    // Starts `session` after the unsaved design is saved or dropped: an empty design named
    // after the problem, the dock shown. False when the person kept their design.
    bool start(core::practice::PracticeSession session);
    void showProgress();

private:
    StudioDocument* m_document;
    FileActions* m_files;
    StudioLibrary* m_library;
    QMainWindow* m_window;
    PracticePanel* m_panel;
    QDockWidget* m_dock;
};

} // namespace studio::widgets
