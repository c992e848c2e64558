#include "widgets/practice/PracticePanel.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/library/StudioLibrary.h"
#include "widgets/practice/ClarifyPage.h"
#include "widgets/practice/DeepDivePage.h"
#include "widgets/practice/HighLevelPage.h"
#include "widgets/practice/PracticeClockBar.h"
#include "widgets/practice/PracticeReport.h"
#include "widgets/practice/WrapUpPage.h"

#include "practice/Hints.h"
#include "practice/PracticeCategories.h"
#include "practice/PracticeSessionJson.h"
#include "templates/BuiltinTemplates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace studio::widgets {

namespace {

using namespace core::practice;

QScrollArea* scrolled(QWidget* page) {
    auto* area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

PracticePanel::PracticePanel(StudioDocument* document, StudioLibrary* library, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_library(library)
    , m_title(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_clock(new PracticeClockBar(this))
    , m_pages(new QTabWidget(this))
    , m_clarify(new ClarifyPage)
    , m_highLevel(new HighLevelPage)
    , m_deepDive(new DeepDivePage)
    , m_wrapUp(new WrapUpPage)
    , m_hintButton(new QPushButton(tr("Hint (−1 point)"), this))
    , m_hint(new QLabel(this))
    , m_submitButton(new QPushButton(tr("Submit"), this)) {
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("practiceNotice"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_submitButton->setToolTip(tr("Score your design and answers against the reference"));

    QWidget* const pages[] = {m_clarify, m_highLevel, m_deepDive, m_wrapUp};
    for (std::size_t i = 0; i < kPhaseCount; ++i)
        m_pages->addTab(scrolled(pages[i]),
                        QCoreApplication::translate("Practice", phaseTitle(static_cast<Phase>(i))));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hintButton);
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_submitButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_clock);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);

    m_deepDive->currentDesign = [this] { return m_document->design(); };
    connect(m_deepDive, &DeepDivePage::breaksFirstRequested, this,
            &PracticePanel::breaksFirstRequested);
    connect(m_clock, &PracticeClockBar::phaseChanged, this, &PracticePanel::phaseChanged);
    connect(m_clock, &PracticeClockBar::overrun, this, [this](Phase phase) {
        m_notice->setText(tr("%1 has run over its time: move on when you are ready (Next "
                             "Phase), or take five more minutes.")
                              .arg(QCoreApplication::translate("Practice", phaseTitle(phase))));
    });
    connect(m_clock, &PracticeClockBar::finished, this,
            [this] { m_notice->setText(tr("That was the wrap up: submit when you are ready.")); });
    connect(m_clock, &PracticeClockBar::timeUp, this, [this] {
        submit();
        m_notice->setText(tr("Time is up: your session was submitted."));
    });
    connect(m_hintButton, &QPushButton::clicked, this, &PracticePanel::takeHint);
    connect(m_submitButton, &QPushButton::clicked, this, &PracticePanel::submit);

    showReport = [this](const PracticeSession& session, const PracticeScore* score) {
        auto* report =
            new PracticeReport(session, score, core::findTemplate(session.templateId), this);
        report->setAttribute(Qt::WA_DeleteOnClose);
        // The ratings go to the session the report is of, even after a new one started.
        const std::optional<core::PracticeId> kept = m_keptId;
        connect(report, &PracticeReport::selfAssessed, this, [this, report, kept] {
            if (kept == m_keptId)
                m_session.selfAssessment = report->session().selfAssessment;
            if (m_library && kept)
                m_library->savePractice(kept, practiceRecord(report->session()));
            emit sessionChanged();
        });
        report->show();
    };

    m_title->setText(tr("Interview practice"));
    m_prompt->setText(tr("Practice > New Session… starts a timed practice on one of the ten "
                         "problems or your own prompt."));
    m_pages->setEnabled(false);
    m_hintButton->setEnabled(false);
    m_submitButton->setEnabled(false);
}

void PracticePanel::start(PracticeSession session) {
    m_session = std::move(session);
    m_session.startedMs = QDateTime::currentMSecsSinceEpoch();
    m_active = true;
    m_keptId.reset();
    m_score.reset();
    m_title->setText(QString::fromStdString(m_session.title));
    m_prompt->setText(QString::fromStdString(m_session.prompt));
    m_notice->clear();
    m_clarify->load(m_session);
    m_highLevel->load(m_session);
    m_deepDive->load(m_session);
    m_wrapUp->load(m_session);
    m_pages->setEnabled(true);
    m_pages->setCurrentIndex(0);
    m_hintButton->setEnabled(core::findTemplate(m_session.templateId) != nullptr);
    m_submitButton->setEnabled(true);
    m_hint->clear();
    m_clock->setSession(&m_session);
    keep();
}

PracticeSession PracticePanel::session() const {
    PracticeSession s = m_session;
    m_clarify->store(s);
    m_highLevel->store(s);
    m_deepDive->store(s);
    m_wrapUp->store(s);
    s.design = m_document->design();
    return s;
}

bool PracticePanel::keep() {
    if (!m_library || !m_active)
        return false;
    const auto kept = m_library->savePractice(m_keptId, practiceRecord(session()));
    if (!kept) {
        m_notice->setText(tr("The session could not be kept in the library:\n%1")
                              .arg(problemLines(kept.problems())));
        return false;
    }
    m_keptId = kept.value();
    return true;
}

void PracticePanel::phaseChanged(Phase phase) {
    m_pages->setCurrentIndex(static_cast<int>(phase));
    m_notice->clear();
    keep();
}

void PracticePanel::takeHint() {
    const core::Template* reference = core::findTemplate(m_session.templateId);
    if (!m_active || !reference)
        return;
    const auto hint = nextHint(answerDesign(session()), *reference, m_session.hints);
    if (!hint) {
        m_hint->setText(tr("No more hints: your design has what the rubric asks for, or you "
                           "have seen every answer."));
        return;
    }
    m_session.hints.push_back({hint->item, hint->level});
    const QString kind = hint->answer       ? tr("The answer")
                         : hint->level == 1 ? tr("A nudge")
                                            : tr("A pointer");
    m_hint->setText(tr("%1 (hints so far cost %n point(s)): %2", nullptr,
                       static_cast<int>(m_session.hints.size()))
                        .arg(kind, QString::fromStdString(hint->text)));
}

void PracticePanel::submit() {
    if (!m_active)
        return;
    m_clock->pause();
    m_session.submittedMs = QDateTime::currentMSecsSinceEpoch();
    PracticeSession s = session();
    m_score.reset();
    if (const core::Template* reference = core::findTemplate(s.templateId)) {
        ScoreOptions options;
        options.hintsUsed = static_cast<int>(s.hints.size());
        m_score = scorePractice(answerDesign(s), *reference, options, m_document->catalog());
        m_session.score = summarize(*m_score, *reference);
        s.score = m_session.score;
    }
    keep();
    emit submitted();
    if (showReport)
        showReport(s, m_score ? &*m_score : nullptr);
}

} // namespace studio::widgets
