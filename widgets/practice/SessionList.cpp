#include "widgets/practice/SessionList.h"

#include "widgets/base/Translation.h"
#include "widgets/library/StudioLibrary.h"
#include "widgets/practice/PracticeReport.h"
#include "widgets/practice/ReportText.h"

#include "practice/PracticeScore.h"
#include "practice/PracticeSessionJson.h"
#include "templates/BuiltinTemplates.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace studio::widgets {

namespace {

using namespace core::practice;

QString when(core::UnixMs ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

SessionList::SessionList(StudioLibrary* library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_message(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_open(new QPushButton(tr("Open Report"), this))
    , m_remove(new QPushButton(tr("Remove"), this)) {
    m_message->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("practiceSessions"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Started"), tr("Problem"), tr("Score"), tr("Time")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this,
            [this] { openReport(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openReport(m_list->indexOfTopLevelItem(item)); });
    connect(m_remove, &QPushButton::clicked, this, &SessionList::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_open->setEnabled(item != nullptr);
        m_remove->setEnabled(item != nullptr && !m_library->readOnly());
    });
    connect(m_library, &StudioLibrary::practicesChanged, this, &SessionList::refresh);
    refresh();
}

void SessionList::refresh() {
    m_list->clear();
    m_sessions.clear();
    auto entries = m_library->store().practices();
    if (!entries) {
        m_message->setText(problemLines(entries.problems()));
    } else {
        m_sessions = std::move(entries).value();
        std::reverse(m_sessions.begin(), m_sessions.end()); // the newest first
        m_message->setText(m_sessions.empty()
                               ? tr("No practice sessions yet: Practice > New Session…")
                               : tr("%n session(s), the newest first.", nullptr,
                                    static_cast<int>(m_sessions.size())));
    }
    for (const core::PracticeEntry& entry : m_sessions) {
        const core::PracticeRecord& r = entry.record;
        const QString score = !r.submitted      ? tr("not submitted")
                              : r.possible <= 0 ? tr("not scored")
                                                : tr("%1 of %2 (%3%)")
                                                      .arg(r.earned)
                                                      .arg(r.possible)
                                                      .arg(qRound(100.0 * r.earned / r.possible));
        const QString spent =
            r.submitted ? ReportText::clock(static_cast<double>(*r.submitted - r.started) / 1000)
                        : QString();
        m_list->addTopLevelItem(
            new QTreeWidgetItem({when(r.started), QString::fromStdString(r.title), score, spent}));
    }
    m_open->setEnabled(false);
    m_remove->setEnabled(false);
}

PracticeReport* SessionList::openReport(int row) {
    if (row < 0 || row >= static_cast<int>(m_sessions.size()))
        return nullptr;
    const core::PracticeId id = m_sessions[static_cast<std::size_t>(row)].id;
    auto json = m_library->store().practiceJson(id);
    auto session =
        json ? sessionFromJson(json.value()) : core::Result<PracticeSession>(json.problems());
    if (!session) {
        m_message->setText(
            tr("This session cannot be shown:\n%1").arg(problemLines(session.problems())));
        return nullptr;
    }
    const core::Template* reference = core::findTemplate(session.value().templateId);
    std::optional<PracticeScore> score;
    if (reference && session.value().submittedMs > 0) {
        ScoreOptions options;
        options.hintsUsed = static_cast<int>(session.value().hints.size());
        score = scorePractice(answerDesign(session.value()), *reference, options);
    }
    auto* report =
        new PracticeReport(session.value(), score ? &*score : nullptr, reference, window());
    report->setAttribute(Qt::WA_DeleteOnClose);
    connect(report, &PracticeReport::selfAssessed, this,
            [this, report, id] { m_library->savePractice(id, practiceRecord(report->session())); });
    report->show();
    return report;
}

void SessionList::removeSelected() {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    const core::Problems problems =
        m_library->removePractice(m_sessions[static_cast<std::size_t>(row)].id);
    if (!problems.empty())
        m_message->setText(problemLines(problems));
}

} // namespace studio::widgets
