#pragma once

// The report's self-assessment (issue 19): what no program can judge (the API, the data
// model, the trade-offs, scaling to 10x, monitoring), the person's answer beside the
// reference's, and the person's own rating (-1 not rated, 0 missed, 1 partly, 2 as the
// reference). HTML for QLabel and QTextDocument, every typed text escaped.
#include "practice/PracticeSession.h"
#include "templates/Template.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>

namespace studio::widgets {

class ReportSelfAssessment {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::ReportSelfAssessment)

public:
    // For ratings -1, 0, 1, 2 in that order: "not rated", "missed it", "partly", "as the
    // reference".
    static QStringList ratingNames();
    static QString ratingName(int rating);
    // The session's rating of `topic`; -1 when it has none.
    static int rating(const core::practice::PracticeSession& session, const std::string& topic);
    // Sets the rating of `topic`, adding the topic when the session lacks it.
    static void setRating(core::practice::PracticeSession& session, const std::string& topic,
                          int rating);

    // The person's answer: the API table, the data model table, or the text they wrote.
    static QString answerHtml(const core::practice::PracticeSession& session,
                              const std::string& topic);
    // The reference's answer: for the API its functional requirements, otherwise its notes
    // most relevant to the topic (title and text; every note for the trade-offs). `reference`
    // null: a custom prompt, which has none.
    static QString referenceHtml(const core::Template* reference, const std::string& topic);
    // Every topic, both answers and the rating, for the PDF.
    static QString documentHtml(const core::practice::PracticeSession& session,
                                const core::Template* reference);
};

} // namespace studio::widgets
