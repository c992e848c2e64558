#include "widgets/practice/PracticeReportPdf.h"

#include "widgets/export/DesignRenderer.h"
#include "widgets/export/ExportFile.h"
#include "widgets/practice/ReportDiagrams.h"
#include "widgets/practice/ReportSelfAssessment.h"
#include "widgets/practice/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace studio::widgets {

namespace {

// In points (the writer runs at 72 dpi: one device unit is one point).
constexpr double kMargin = 42;
constexpr double kFooter = 18;      // the page number's line
constexpr double kBodyPoints = 9.5; // the text's size

struct Diagram {
    const DesignRenderer* renderer;
    QString caption;
    QString emptyText;
};

void footer(QPainter& painter, const QRectF& page, int number, int count) {
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x5f, 0x63, 0x68));
    painter.drawText(
        QRectF(kMargin, page.height() - kMargin + 4, page.width() - 2 * kMargin, kFooter),
        Qt::AlignRight | Qt::AlignTop,
        PracticeReportPdf::tr("Page %1 of %2").arg(number).arg(count));
    painter.restore();
}

} // namespace

QString writePracticeReportPdf(const QString& path, const core::practice::PracticeSession& session,
                               const core::practice::PracticeScore* score,
                               const core::Template* reference,
                               const PracticeReportPdfOptions& options) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);

    const DesignRenderer answer(core::practice::answerDesign(session));
    std::unique_ptr<DesignRenderer> referenceRenderer;
    if (reference)
        referenceRenderer = std::make_unique<DesignRenderer>(reference->design);
    std::vector<Diagram> diagrams;
    if (options.diagrams) {
        diagrams.push_back({&answer, PracticeReportPdf::tr("Your design"),
                            PracticeReportPdf::tr("Your canvas is empty")});
        if (referenceRenderer)
            diagrams.push_back({referenceRenderer.get(),
                                PracticeReportPdf::tr("The reference design: %1")
                                    .arg(QString::fromStdString(reference->title)),
                                QString()});
    }
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(PracticeReportPdf::tr("Practice report: %1")
                            .arg(QString::fromStdString(session.title)));
        writer.setCreator(QStringLiteral("System Design Studio"));

        QPainter painter;
        if (!painter.begin(&writer))
            return cannotWriteExport(path, PracticeReportPdf::tr("the PDF could not be started"));
        const QRectF page(0, 0, writer.width(), writer.height());
        const QSizeF body(page.width() - 2 * kMargin, page.height() - 2 * kMargin - kFooter);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font = document.defaultFont();
        font.setPointSizeF(kBodyPoints);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setPageSize(body);
        // The whole report: title, total, verdict, rubric, numbers, the self-assessment.
        document.setHtml(
            QStringLiteral("<html><body>") + ReportText::headerHtml(session, score, reference) +
            ReportText::rubricHtml(score, reference) + ReportText::numbersHtml(session, score) +
            ReportSelfAssessment::documentHtml(session, reference) +
            QStringLiteral("</body></html>"));
        const int textPages = document.pageCount();
        const int count = textPages + static_cast<int>(diagrams.size());

        for (int i = 0; i < textPages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(kMargin, kMargin - i * body.height());
            document.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
            painter.restore();
            footer(painter, page, i + 1, count);
        }

        if (!diagrams.empty()) {
            writer.setPageOrientation(QPageLayout::Landscape);
            const QRectF wide(0, 0, page.height(), page.width());
            QFont bold = painter.font();
            bold.setPointSizeF(12);
            bold.setBold(true);
            const double caption = 24;
            const QSizeF room(wide.width() - 2 * kMargin,
                              wide.height() - 2 * kMargin - kFooter - caption);
            const double scale = commonDiagramScale(
                diagrams.front().renderer->sourceRect().size(),
                diagrams.size() > 1 ? diagrams.back().renderer->sourceRect().size() : QSizeF(),
                room);
            const QString scaleText =
                PracticeReportPdf::tr("both drawn at %1% of their size").arg(qRound(scale * 100));
            for (std::size_t d = 0; d < diagrams.size(); ++d) {
                writer.newPage();
                painter.save();
                painter.setFont(bold);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(kMargin, kMargin, room.width(), caption),
                                 Qt::AlignLeft | Qt::AlignTop, diagrams[d].caption);
                QFont small = bold;
                small.setBold(false);
                small.setPointSizeF(9);
                painter.setFont(small);
                painter.setPen(QColor(0x5f, 0x63, 0x68));
                painter.drawText(QRectF(kMargin, kMargin, room.width(), caption),
                                 Qt::AlignRight | Qt::AlignTop, scaleText);
                painter.restore();
                paintReportDiagram(painter, *diagrams[d].renderer,
                                   QPointF(kMargin, kMargin + caption), scale,
                                   diagrams[d].emptyText);
                footer(painter, wide, textPages + static_cast<int>(d) + 1, count);
            }
        }
        if (!painter.end())
            return cannotWriteExport(path, PracticeReportPdf::tr("the PDF could not be finished"));
    }
    return writeExportFile(path, bytes);
}

} // namespace studio::widgets
