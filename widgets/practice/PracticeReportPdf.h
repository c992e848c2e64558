#pragma once

// The practice report as PDF (issue 19): A4 text pages (title, score, the rubric items with
// the seed's passage for each miss, estimates, targets, time per phase, self-assessment),
// then the person's design and the reference design as vectors, each on its own landscape
// page, at one scale.
#include "practice/PracticeScore.h"
#include "practice/PracticeSession.h"
#include "templates/Template.h"

#include <QCoreApplication>
#include <QString>

namespace studio::widgets {

struct PracticeReportPdfOptions {
    bool diagrams = true; // the diagram pages (off only to measure them)
};

// Writes the report to `path` through a temporary file beside it (ExportFile.h), so a failure
// leaves whatever was there. `score` and `reference` null for a custom prompt. Returns an
// error text naming `path` and why; empty on success.
QString writePracticeReportPdf(const QString& path, const core::practice::PracticeSession& session,
                               const core::practice::PracticeScore* score,
                               const core::Template* reference,
                               const PracticeReportPdfOptions& options = {});

// The translation context of the PDF's own texts (its captions and page numbers).
class PracticeReportPdf {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::PracticeReportPdf)
};

} // namespace studio::widgets
