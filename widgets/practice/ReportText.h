#pragma once

// The practice report's texts (issue 19), shared by the report dialog and its PDF: the total,
// what was good and what was missing, the rubric items with the seed's passage for each miss,
// the estimates and targets compared, and the time per phase. HTML for QTextDocument; every
// text the person typed or a template holds is escaped. A null score and reference mean a
// custom prompt: nothing is scored.
#include "practice/PracticeScore.h"
#include "practice/PracticeSession.h"
#include "templates/Template.h"

#include <QCoreApplication>
#include <QString>

namespace studio::widgets {

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::ReportText)

public:
    // "23 of 30 points, 77%"; for a custom prompt "Not scored: a custom prompt has no rubric".
    static QString total(const core::practice::PracticeScore* score);
    // "Hints taken: 2 (cost 2 points)" or "No hints taken".
    static QString hints(const core::practice::PracticeSession& session,
                         const core::practice::PracticeScore* score);
    // One or two sentences: the categories fully met and the targets, then the items missed.
    static QString verdict(const core::practice::PracticeScore* score,
                           const core::Template* reference);
    // The rubric: the missed items first, each with its detail and the seed's passage quoted,
    // then the met ones.
    static QString rubricHtml(const core::practice::PracticeScore* score,
                              const core::Template* reference);
    // The estimates compared, the targets at the reference's peak load and the time per phase.
    static QString numbersHtml(const core::practice::PracticeSession& session,
                               const core::practice::PracticeScore* score);
    // The time per phase against the plan: "12:30 of 15:00", the overruns marked.
    static QString timesHtml(const core::practice::PracticeSession& session);
    // "mm:ss" (hours folded into the minutes).
    static QString clock(double seconds);

    // The report's header in HTML: title, prompt, total, hints and verdict.
    static QString headerHtml(const core::practice::PracticeSession& session,
                              const core::practice::PracticeScore* score,
                              const core::Template* reference);
};

// `text` escaped for HTML, line breaks kept.
QString reportEscaped(const std::string& text);

} // namespace studio::widgets
