#pragma once

// The Practice dock: one timed interview practice. The prompt (the reference design stays
// hidden), the clock over the seed's four phases, a page per phase (the canvas is the
// high-level design), progressive hints that cost a point each, and Submit, which scores the
// design and the answers against the template and opens the report. The session is kept in
// the library as it goes (each phase, each submit), so nothing is lost on a crash.
#include "practice/PracticeScore.h"
#include "practice/PracticeSession.h"

#include "library/LibraryEntries.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace studio::widgets {

class ClarifyPage;
class DeepDivePage;
class HighLevelPage;
class PracticeClockBar;
class StudioDocument;
class StudioLibrary;
class WrapUpPage;

class PracticePanel : public QWidget {
    Q_OBJECT

public:
    // `library` may be null: sessions are then not kept.
    PracticePanel(StudioDocument* document, StudioLibrary* library, QWidget* parent = nullptr);

    // Starts `session` (fresh from newSession) on the document's design as it is (the window
    // empties the canvas first).
    void start(core::practice::PracticeSession session);
    bool active() const { return m_active; }
    // The session with every page's answers and the document's design gathered in.
    core::practice::PracticeSession session() const;
    std::optional<core::PracticeId> keptId() const { return m_keptId; }

    // Takes the next hint (a point each); says so when there is none.
    void takeHint();
    // Scores the session, keeps it, and shows the report (showReport; tests replace it).
    void submit();
    std::function<void(const core::practice::PracticeSession&,
                       const core::practice::PracticeScore*)>
        showReport;
    // The score of the last submit (none for a custom prompt).
    const std::optional<core::practice::PracticeScore>& lastScore() const { return m_score; }

    PracticeClockBar* clockBar() const { return m_clock; }
    QTabWidget* pages() const { return m_pages; }
    ClarifyPage* clarifyPage() const { return m_clarify; }
    HighLevelPage* highLevelPage() const { return m_highLevel; }
    DeepDivePage* deepDivePage() const { return m_deepDive; }
    WrapUpPage* wrapUpPage() const { return m_wrapUp; }
    QLabel* hintLabel() const { return m_hint; }
    QLabel* noticeLabel() const { return m_notice; }

    // Keeps the session in the library now; false (the notice says why) when it could not.
    bool keep();

signals:
    void breaksFirstRequested();
    void submitted();
    // The person's self-assessment changed in the report.
    void sessionChanged();

private:
    void phaseChanged(core::practice::Phase phase);

    StudioDocument* m_document;
    StudioLibrary* m_library;
    core::practice::PracticeSession m_session; // times live here; answers in the pages
    bool m_active = false;
    std::optional<core::PracticeId> m_keptId;
    std::optional<core::practice::PracticeScore> m_score;
    QLabel* m_title;
    QLabel* m_prompt;
    QLabel* m_notice;
    PracticeClockBar* m_clock;
    QTabWidget* m_pages;
    ClarifyPage* m_clarify;
    HighLevelPage* m_highLevel;
    DeepDivePage* m_deepDive;
    WrapUpPage* m_wrapUp;
    QPushButton* m_hintButton;
    QLabel* m_hint;
    QPushButton* m_submitButton;
};

} // namespace studio::widgets
