#include "widgets/simulation/RunHistory.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/library/StudioLibrary.h"
#include "widgets/simulation/FigureText.h"
#include "widgets/simulation/RunArchive.h"

#include "sim/RunRecord.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio::widgets {

namespace {

QString when(core::UnixMs ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

RunHistory::RunHistory(StudioDocument* document, StudioLibrary* library, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_library(library)
    , m_message(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_remove(new QPushButton(tr("Remove"), this)) {
    m_message->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("runHistory"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Ran"), tr("Revision"), tr("Duration"), tr("Seed"), tr("p99"),
                             tr("Goodput"), tr("Answered")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_open->setToolTip(tr("Show this run's results again, as they were."));
    m_remove->setToolTip(tr("Remove this run from the design's history."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this,
            [this] { openRow(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_remove, &QPushButton::clicked, this, &RunHistory::removeSelected);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openRow(m_list->indexOfTopLevelItem(item)); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_open->setEnabled(item != nullptr);
        m_remove->setEnabled(item != nullptr && m_library && !m_library->readOnly());
    });
    connect(m_document, &StudioDocument::homeChanged, this, &RunHistory::refresh);
    connect(m_document, &StudioDocument::designReset, this, &RunHistory::refresh);
    if (m_library)
        connect(m_library, &StudioLibrary::runsChanged, this, [this](core::DesignId id) {
            if (m_document->libraryId() == id)
                refresh();
        });
    refresh();
}

RunOrigin RunHistory::origin() const {
    RunOrigin origin;
    const std::optional<core::DesignId> id = m_document->libraryId();
    if (!m_library || !id)
        return origin;
    const auto entry = m_library->store().entry(*id);
    if (!entry)
        return origin;
    origin.libraryId = id;
    origin.revision = entry.value().revision;
    origin.edited = m_document->isModified();
    return origin;
}

void RunHistory::keep(const SimulationRun& run, const RunOrigin& origin) {
    if (!m_library || !origin.libraryId || !run.result || run.cancelled)
        return;
    const auto added =
        m_library->addRun(*origin.libraryId, runRecord(run, origin.revision, origin.edited));
    if (!added)
        m_message->setText(tr("This run could not be kept in the library:\n%1")
                               .arg(problemLines(added.problems())));
}

void RunHistory::refresh() {
    m_runs.clear();
    m_list->clear();
    const std::optional<core::DesignId> id = m_document->libraryId();
    if (!m_library)
        m_message->setText(tr("The studio runs without a library: runs are not kept."));
    else if (!id)
        m_message->setText(tr("Runs are kept with designs in the library: save this design "
                              "to the library (File > Save) to keep its runs here."));
    else if (auto runs = m_library->store().runs(*id); !runs)
        m_message->setText(problemLines(runs.problems()));
    else {
        m_runs = std::move(runs).value();
        m_message->setText(m_runs.empty()
                               ? tr("No runs kept yet: every finished run (F5) of this design "
                                    "is kept here.")
                               : tr("%n run(s) of this design, the newest first.", nullptr,
                                    static_cast<int>(m_runs.size())));
    }
    const QLocale locale;
    for (const core::RunEntry& run : m_runs) {
        QStringList row{when(run.created), run.edited ? tr("%1 + edits").arg(run.revision)
                                                      : QString::number(run.revision)};
        if (auto p = core::sim::parametersFromJson(run.parameters))
            row << tr("%1 s × %2")
                       .arg(locale.toString(p.value().duration))
                       .arg(p.value().replications)
                << QString::number(p.value().seed);
        else
            row << QStringLiteral("?") << QStringLiteral("?");
        if (auto h = core::sim::headlineFromJson(run.summary))
            row << figureText(h.value().p99, Measure::Seconds)
                << figureText(h.value().goodput, Measure::Rate)
                << figureText(h.value().answered, Measure::Availability);
        m_list->addTopLevelItem(new QTreeWidgetItem(row));
    }
    m_open->setEnabled(false);
    m_remove->setEnabled(false);
}

void RunHistory::openRow(int row) {
    if (row < 0 || row >= static_cast<int>(m_runs.size()) || !m_library)
        return;
    const core::RunEntry& entry = m_runs[static_cast<std::size_t>(row)];
    auto stored = m_library->store().run(entry.id);
    auto run = stored ? reopenedRun(stored.value(), m_document->catalog())
                      : core::Result<std::shared_ptr<const SimulationRun>>(stored.problems());
    if (!run) {
        m_message->setText(tr("This run cannot be shown:\n%1").arg(problemLines(run.problems())));
        return;
    }
    emit openRequested(
        run.value(),
        entry.edited
            ? tr("the run of %1 (revision %2 with edits)")
                  .arg(when(entry.created))
                  .arg(entry.revision)
            : tr("the run of %1 (revision %2)").arg(when(entry.created)).arg(entry.revision));
}

void RunHistory::removeSelected() {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || !m_library || !m_document->libraryId())
        return;
    const core::Problems problems =
        m_library->removeRun(*m_document->libraryId(), m_runs[static_cast<std::size_t>(row)].id);
    if (!problems.empty())
        m_message->setText(problemLines(problems));
}

} // namespace studio::widgets
