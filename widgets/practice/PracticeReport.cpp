#include "widgets/practice/PracticeReport.h"

#include "widgets/practice/PracticeReportPdf.h"
#include "widgets/practice/PracticeTopics.h"
#include "widgets/practice/ReportDiagrams.h"
#include "widgets/practice/ReportSelfAssessment.h"
#include "widgets/practice/ReportText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace studio::widgets {

namespace {

using core::practice::PracticeSession;

QTextBrowser* browser(const QString& html, const QString& name, QWidget* parent) {
    auto* view = new QTextBrowser(parent);
    view->setObjectName(name);
    view->setOpenLinks(false);
    view->document()->setDocumentMargin(16);
    view->setHtml(html);
    return view;
}

QLabel* answerLabel(const QString& html, bool tinted, QWidget* parent) {
    auto* label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(8, 6, 8, 6);
    label->setMinimumWidth(200);
    if (tinted) {
        label->setAutoFillBackground(true);
        QPalette p = label->palette();
        p.setColor(QPalette::Window, QColor(0xf4, 0xf1, 0xe8));
        p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        label->setPalette(p);
    }
    return label;
}

QString fileName(const PracticeSession& session) {
    QString name = QString::fromStdString(session.title).simplified();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
    return (name.isEmpty() ? QStringLiteral("practice") : name) + QStringLiteral(" report.pdf");
}

} // namespace

PracticeReport::PracticeReport(const PracticeSession& session,
                               const core::practice::PracticeScore* score,
                               const core::Template* reference, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    if (score)
        m_score = *score;
    if (reference)
        m_reference = *reference;
    const core::practice::PracticeScore* s = m_score ? &*m_score : nullptr;
    const core::Template* r = m_reference ? &*m_reference : nullptr;

    setObjectName(QStringLiteral("practiceReport"));
    setWindowTitle(tr("Practice Report: %1").arg(QString::fromStdString(m_session.title)));
    setSizeGripEnabled(true);

    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(reportEscaped(m_session.title)), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);

    m_total = new QLabel(ReportText::total(s), this);
    m_total->setObjectName(QStringLiteral("reportTotal"));
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.6);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    auto* hints = new QLabel(ReportText::hints(m_session, s), this);
    hints->setObjectName(QStringLiteral("reportHints"));
    QPalette mutedPalette = hints->palette();
    mutedPalette.setColor(QPalette::WindowText, QColor(0x5f, 0x63, 0x68));
    hints->setPalette(mutedPalette);

    auto* verdict = new QLabel(ReportText::verdict(s, r), this);
    verdict->setObjectName(QStringLiteral("reportVerdict"));
    verdict->setWordWrap(true);
    verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* totals = new QHBoxLayout;
    totals->addWidget(m_total);
    totals->addSpacing(16);
    totals->addWidget(hints, 0, Qt::AlignBottom);
    totals->addStretch(1);

    m_rubric = browser(ReportText::rubricHtml(s, r), QStringLiteral("reportRubric"), this);
    m_numbers =
        browser(ReportText::numbersHtml(m_session, s), QStringLiteral("reportNumbers"), this);
    m_diagrams =
        new ReportDiagrams(core::practice::answerDesign(m_session), r ? &r->design : nullptr, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_rubric, s ? tr("Rubric") : tr("Summary"));
    m_tabs->addTab(m_numbers, s ? tr("Estimates, targets and time") : tr("Time"));
    m_tabs->addTab(buildSelfAssessment(), tr("Self-assessment"));
    m_tabs->addTab(m_diagrams, r ? tr("Your design and the reference") : tr("Your design"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton =
        buttons->addButton(tr("Export PDF\u2026"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("reportExportPdf"));
    connect(exportButton, &QPushButton::clicked, this, &PracticeReport::askAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(totals);
    layout->addWidget(verdict);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(1100, 740);
}

PracticeReport::~PracticeReport() = default;

QWidget* PracticeReport::buildSelfAssessment() {
    const core::Template* r = m_reference ? &*m_reference : nullptr;
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* intro = new QLabel(
        tr("No program can judge these. Compare your answer with the reference's and rate "
           "yourself: the rating is kept with the session."),
        content);
    intro->setWordWrap(true);
    column->addWidget(intro);
    for (const std::string& topic : core::practice::selfAssessedTopics()) {
        auto* box = new QGroupBox(topicTitle(topic), content);
        box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; }")); // the title only
        auto* grid = new QGridLayout(box);
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Your answer")), box), 0, 0);
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("The reference")), box), 0,
                        1);
        grid->addWidget(answerLabel(ReportSelfAssessment::answerHtml(m_session, topic), false, box),
                        1, 0);
        grid->addWidget(answerLabel(ReportSelfAssessment::referenceHtml(r, topic), true, box), 1,
                        1);
        grid->setColumnStretch(0, 1);
        grid->setColumnStretch(1, 1);

        auto* combo = new QComboBox(box);
        combo->setObjectName(QStringLiteral("rating_") + QString::fromStdString(topic));
        const QStringList names = ReportSelfAssessment::ratingNames();
        for (int i = 0; i < names.size(); ++i)
            combo->addItem(names[i], i - 1);
        combo->setCurrentIndex(std::clamp(ReportSelfAssessment::rating(m_session, topic), -1, 2) +
                               1);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, topic, combo] {
            ReportSelfAssessment::setRating(m_session, topic, combo->currentData().toInt());
            emit selfAssessed();
        });
        m_ratings[topic] = combo;
        auto* rating = new QHBoxLayout;
        rating->addWidget(new QLabel(tr("How did you do?"), box));
        rating->addWidget(combo);
        rating->addStretch(1);
        grid->addLayout(rating, 2, 0, 1, 2);
        column->addWidget(box);
    }
    column->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("reportSelfAssessment"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QComboBox* PracticeReport::ratingBox(const std::string& topic) const {
    const auto found = m_ratings.find(topic);
    return found == m_ratings.end() ? nullptr : found->second;
}

QString PracticeReport::exportPdf(const QString& path) const {
    return writePracticeReportPdf(path, m_session, m_score ? &*m_score : nullptr,
                                  m_reference ? &*m_reference : nullptr);
}

void PracticeReport::askAndExport() {
    QString path = QFileDialog::getSaveFileName(this, tr("Export Practice Report"),
                                                QDir::home().filePath(fileName(m_session)),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const QString error = exportPdf(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Practice Report"), error);
}

} // namespace studio::widgets
