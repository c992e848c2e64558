#include "widgets/simulation/SimulationPanel.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/simulation/ChartColors.h"
#include "widgets/simulation/ComparisonTable.h"
#include "widgets/simulation/FailureTimeline.h"
#include "widgets/simulation/FlowAnimation.h"
#include "widgets/simulation/LatencyChart.h"
#include "widgets/simulation/QueueChart.h"
#include "widgets/simulation/ResultsExport.h"
#include "widgets/simulation/ResultsSummary.h"
#include "widgets/simulation/RunHistory.h"
#include "widgets/simulation/RunSettingsStore.h"
#include "widgets/simulation/SimulationRunner.h"
#include "widgets/simulation/TimeSeriesChart.h"
#include "widgets/simulation/UtilisationChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

SimulationPanel::SimulationPanel(StudioDocument* document, StudioLibrary* library, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_runner(new SimulationRunner(this))
    , m_duration(new QDoubleSpinBox(this))
    , m_replications(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_randomFailures(new QCheckBox(tr("Random failures"), this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_baselineButton(new QPushButton(tr("Keep as Baseline"), this))
    , m_baselineLabel(new QLabel(this))
    , m_exportButton(new QToolButton(this))
    , m_flowButton(new QPushButton(tr("Play Flow"), this))
    , m_flowSpeed(new QComboBox(this))
    , m_flowClock(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_staleBanner(new QLabel(this))
    , m_requestClass(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new ResultsSummary(this))
    , m_throughput(new TimeSeriesChart(this))
    , m_latency(new TimeSeriesChart(this))
    , m_distribution(new LatencyChart(this))
    , m_utilisation(new UtilisationChart(this))
    , m_queueChart(new QueueChart(this))
    , m_queues(m_queueChart->chart())
    , m_comparison(new ComparisonTable(this))
    , m_failures(new FailureTimeline(document, this))
    , m_history(new RunHistory(document, library, this)) {
    m_duration->setRange(0.1, 1e6);
    m_duration->setDecimals(1);
    m_duration->setSuffix(tr(" s"));
    m_duration->setToolTip(tr("Simulated seconds per replication (a tenth is warm-up)."));
    m_replications->setRange(1, 100);
    m_replications->setToolTip(tr("Independent replications: the intervals come from them."));
    m_seed->setRange(0, 2'000'000'000);
    m_seed->setToolTip(tr("The same seed gives the same numbers (common random numbers)."));
    m_randomFailures->setToolTip(
        tr("Instances fail and come back at random, as their availability and time to repair "
           "say."));
    m_cancelButton->setEnabled(false);
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_status->setObjectName(QStringLiteral("simulationStatus"));
    m_status->setWordWrap(true);
    m_staleBanner->setObjectName(QStringLiteral("simulationStale"));
    m_staleBanner->setWordWrap(true);
    m_staleBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 4px; }"));
    m_staleBanner->hide();
    m_runButton->setObjectName(QStringLiteral("simulationRun"));
    m_cancelButton->setObjectName(QStringLiteral("simulationCancel"));

    auto* settingsRow = new QHBoxLayout;
    settingsRow->addWidget(new QLabel(tr("Duration"), this));
    settingsRow->addWidget(m_duration);
    settingsRow->addWidget(new QLabel(tr("Replications"), this));
    settingsRow->addWidget(m_replications);
    settingsRow->addWidget(new QLabel(tr("Seed"), this));
    settingsRow->addWidget(m_seed);
    settingsRow->addWidget(m_randomFailures);
    settingsRow->addStretch(1);
    settingsRow->addWidget(m_runButton);
    settingsRow->addWidget(m_cancelButton);
    settingsRow->addWidget(m_baselineButton);
    settingsRow->addWidget(m_exportButton);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setEnabled(false);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Results as JSON or CSV…"), this, &SimulationPanel::exportResultsFile);
    const std::pair<QString, QChartView*> charts[] = {
        {tr("Throughput Chart…"), m_throughput},
        {tr("Latency Chart…"), m_latency},
        {tr("Latency Distribution Chart…"), m_distribution},
        {tr("Utilisation Chart…"), m_utilisation},
        {tr("Queue Chart…"), m_queues}};
    for (const auto& [label, chart] : charts)
        exportMenu->addAction(label, this, [this, chart = chart] { exportChartFile(chart); });
    m_exportButton->setMenu(exportMenu);
    m_baselineButton->setObjectName(QStringLiteral("simulationBaseline"));
    m_baselineButton->setEnabled(false);
    m_baselineButton->setToolTip(
        tr("Keep these results to compare the next runs with: change the design, run again "
           "with the same seed, and read the differences."));

    auto* flowRow = new QHBoxLayout;
    m_flowButton->setCheckable(true);
    m_flowButton->setEnabled(false);
    m_flowButton->setObjectName(QStringLiteral("simulationFlow"));
    m_flowButton->setToolTip(tr("Play the run back on the canvas: dots along the links, as "
                                "many as their traffic, coloured by request class, red where "
                                "they fail."));
    for (const double speed : {0.1, 1.0, 10.0, 100.0})
        m_flowSpeed->addItem(tr("%1× simulated time").arg(speed), speed);
    m_flowSpeed->setCurrentIndex(1);
    flowRow->addWidget(m_flowButton);
    flowRow->addWidget(m_flowSpeed);
    flowRow->addWidget(m_flowClock, 1);

    auto* classRow = new QHBoxLayout;
    classRow->addWidget(new QLabel(tr("Request class"), this));
    classRow->addWidget(m_requestClass, 1);

    auto* overTime = [&] {
        auto* page = new QWidget(this);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* charts = new QHBoxLayout;
        charts->addWidget(m_throughput, 1);
        charts->addWidget(m_latency, 1);
        layout->addLayout(charts, 1);
        return page;
    }();
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(overTime, tr("Over time"));
    m_tabs->addTab(m_distribution, tr("Latency"));
    m_tabs->addTab(m_utilisation, tr("Utilisation"));
    m_tabs->addTab(m_queueChart, tr("Queues"));
    auto* failures = new QScrollArea(this);
    failures->setWidget(m_failures);
    failures->setWidgetResizable(true);
    failures->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(failures, tr("Failures"));
    auto* comparePage = new QWidget(this);
    auto* compareLayout = new QVBoxLayout(comparePage);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    m_baselineLabel->setWordWrap(true);
    compareLayout->addWidget(m_baselineLabel);
    compareLayout->addWidget(m_comparison, 1);
    m_tabs->addTab(comparePage, tr("Compare"));
    m_tabs->addTab(m_history, tr("History"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(settingsRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(flowRow);
    layout->addLayout(classRow);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_tabs, 1);

    connect(m_runButton, &QPushButton::clicked, this, &SimulationPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &SimulationPanel::cancel);
    connect(m_baselineButton, &QPushButton::clicked, this, [this] {
        if (m_baseline && m_baseline == m_run)
            clearBaseline();
        else
            keepAsBaseline();
    });
    connect(m_runner, &SimulationRunner::progressed, this, &SimulationPanel::progressed);
    connect(m_runner, &SimulationRunner::finished, this, &SimulationPanel::runEnded);
    connect(m_history, &RunHistory::openRequested, this,
            [this](std::shared_ptr<const SimulationRun> run, const QString& label) {
                if (running())
                    return;
                showRun(std::move(run));
                m_status->setText(tr("Showing %1, kept in the library.").arg(label));
            });
    connect(m_requestClass, &QComboBox::currentIndexChanged, this, &SimulationPanel::showSeries);
    connect(m_duration, &QDoubleSpinBox::valueChanged, m_failures, &FailureTimeline::setDuration);
    connect(m_document, &StudioDocument::changed, this, &SimulationPanel::designEdited);
    connect(m_document, &StudioDocument::designReset, this, &SimulationPanel::designReplaced);
    setSettings(storedRunSettings(*m_document));
    m_failures->setDuration(m_duration->value());
    m_status->setText(tr("Run (F5) simulates the design as it is now."));
}

SimulationPanel::~SimulationPanel() = default;

RunSettings SimulationPanel::settings() const {
    RunSettings s;
    s.duration = m_duration->value();
    s.replications = m_replications->value();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    s.randomFailures = m_randomFailures->isChecked();
    return s;
}

void SimulationPanel::setSettings(const RunSettings& s) {
    m_duration->setValue(s.duration);
    m_replications->setValue(s.replications);
    m_seed->setValue(static_cast<int>(s.seed));
    m_randomFailures->setChecked(s.randomFailures);
}

bool SimulationPanel::running() const {
    return m_runner->running();
}

void SimulationPanel::run() {
    if (running())
        return;
    const RunSettings s = settings();
    storeRunSettings(*m_document, s);
    const RunOrigin origin = m_history->origin();
    if (!m_runner->start(m_document->design(), s, m_document->catalog()))
        return;
    m_origin = origin;
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_status->setText(tr("Simulating the design as it was when the run started; editing goes on."));
    emit runningChanged(true);
}

void SimulationPanel::cancel() {
    if (running())
        m_runner->cancel();
}

void SimulationPanel::progressed(double fraction, double secondsLeft) {
    m_progress->setValue(static_cast<int>(fraction * 1000));
    if (running() && secondsLeft >= 0)
        m_status->setText(tr("Simulating: %1% done, about %2 s left (Esc cancels).")
                              .arg(qRound(fraction * 100))
                              .arg(std::max(1, qRound(secondsLeft))));
}

void SimulationPanel::runEnded(std::shared_ptr<const SimulationRun> run) {
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    emit runningChanged(false);
    if (!run->result) {
        m_status->setText(tr("The simulation could not run:\n%1").arg(problemLines(run->problems)));
        emit runFinished(run);
        return;
    }
    if (run->cancelled) {
        m_status->setText(tr("Cancelled: the results of the last finished run stay."));
        emit runFinished(run);
        return;
    }
    m_history->keep(*run, m_origin);
    showRun(run);
    QStringList notes;
    for (const core::Message& note : run->result->notes)
        notes << translatedMessage(note);
    m_status->setText(tr("Finished in %1 s: %2 events.")
                          .arg(run->wallSeconds, 0, 'f', 1)
                          .arg(run->result->events) +
                      (notes.isEmpty() ? QString() : u'\n' + notes.join(u'\n')));
}

void SimulationPanel::showRun(std::shared_ptr<const SimulationRun> run) {
    m_run = std::move(run);
    // A kept run of another version of the design, or a run the design was edited after.
    m_stale = false;
    m_staleBanner->hide();
    if (m_run->design != m_document->design())
        designEdited();
    const core::sim::SimulationResult& r = *m_run->result;
    m_summary->show(*m_run);
    m_utilisation->show(*m_run);
    m_baselineButton->setEnabled(true);
    m_exportButton->setEnabled(true);
    m_flowButton->setEnabled(m_flow != nullptr);
    if (m_flow)
        m_flow->setRun(m_run);
    showComparison();
    const QString selected = m_requestClass->currentText();
    m_requestClass->blockSignals(true);
    m_requestClass->clear();
    for (const core::sim::RequestSeries& s : r.series.requests)
        m_requestClass->addItem(QString::fromStdString(s.client + " / " + s.requestClass));
    m_requestClass->setCurrentIndex(std::max(0, m_requestClass->findText(selected)));
    m_requestClass->blockSignals(false);
    showSeries();
    emit runFinished(m_run);
}

void SimulationPanel::showSeries() {
    if (!m_run || !m_run->result)
        return;
    const core::sim::SimulationSeries& series = m_run->result->series;
    const std::vector<core::FailureEvent>& failures = m_run->design.failures;
    const int k = m_requestClass->currentIndex();
    if (k >= 0 && k < static_cast<int>(series.requests.size())) {
        const core::sim::RequestSeries& s = series.requests[static_cast<std::size_t>(k)];
        std::vector<TimeSeriesChart::Line> rates = {
            {tr("Sent"), &s.arrivalRate, kChartColors[5]},
            {tr("Throughput"), &s.throughput, kChartColors[0]},
            {tr("Goodput"), &s.goodput, kChartColors[1]},
            {tr("Errors"), &s.errorRate, kChartColors[3]}};
        std::vector<TimeSeriesChart::Line> latencies = {{tr("p50"), &s.p50, kChartColors[1]},
                                                        {tr("p95"), &s.p95, kChartColors[2]},
                                                        {tr("p99"), &s.p99, kChartColors[3]}};
        // The baseline's goodput and p99 for the same class, dashed.
        if (m_baseline && m_baseline != m_run && m_baseline->result) {
            const core::sim::SimulationSeries& other = m_baseline->result->series;
            for (const core::sim::RequestSeries& b : other.requests)
                if (b.client == s.client && b.requestClass == s.requestClass) {
                    rates.push_back({tr("Baseline goodput"), &b.goodput, kChartColors[1], &other});
                    latencies.push_back({tr("Baseline p99"), &b.p99, kChartColors[3], &other});
                }
        }
        m_throughput->show(series, rates, tr("Requests per second"), 1, failures);
        for (const core::sim::RequestStats& q : m_run->result->requests)
            if (q.client == s.client && q.requestClass == s.requestClass)
                m_distribution->show(q);
        m_latency->show(series, latencies, tr("Latency (ms)"), 1000, failures);
    }
    m_queueChart->show(*m_run);
}

void SimulationPanel::setSelection(const std::vector<std::string>& ids) {
    m_failures->setSelection(ids);
}

void SimulationPanel::setFlow(FlowAnimation* flow) {
    m_flow = flow;
    connect(m_flowButton, &QPushButton::toggled, this, [this](bool on) {
        m_flow->setVisible(on);
        m_flow->setPlaying(on);
        m_flowButton->setText(on ? tr("Pause Flow") : tr("Play Flow"));
    });
    connect(m_flowSpeed, &QComboBox::currentIndexChanged, this,
            [this] { m_flow->setSpeed(m_flowSpeed->currentData().toDouble()); });
    connect(m_flow, &FlowAnimation::clockChanged, this, [this](double t) {
        m_flowClock->setText(
            tr("t = %1 s of %2 s")
                .arg(t, 0, 'f', 1)
                .arg(m_run && m_run->result ? m_run->result->duration : 0, 0, 'f', 0));
    });
}

void SimulationPanel::exportResultsFile() {
    if (!m_run)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Results"), QString::fromStdString(m_run->design.name) + ".json",
        tr("JSON (*.json);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const QString error = exportResults(*m_run, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Results"), error);
}

void SimulationPanel::exportChartFile(QChartView* chart) {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QString error = exportChart(chart, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Chart"), error);
}

void SimulationPanel::keepAsBaseline() {
    if (!m_run)
        return;
    m_baseline = m_run;
    showComparison();
    showSeries();
}

void SimulationPanel::clearBaseline() {
    m_baseline.reset();
    showComparison();
    showSeries();
}

void SimulationPanel::showComparison() {
    const bool comparing = m_baseline && m_run && m_baseline != m_run;
    m_baselineButton->setText(m_baseline && m_baseline == m_run ? tr("Clear Baseline")
                                                                : tr("Keep as Baseline"));
    if (!m_baseline)
        m_baselineLabel->setText(tr("Keep a run as the baseline, change the design and run "
                                    "again (the same seed gives the same random numbers): the "
                                    "differences appear here."));
    else if (!comparing)
        m_baselineLabel->setText(
            tr("This run is the baseline (seed %1). Change the design and run again.")
                .arg(m_baseline->settings.seed));
    else
        m_baselineLabel->setText(
            tr("This run against the baseline (seed %1 against %2): the difference with its 95% "
               "interval.")
                .arg(m_run->settings.seed)
                .arg(m_baseline->settings.seed));
    if (comparing)
        m_comparison->compare(*m_baseline, *m_run);
    else
        m_comparison->clearRows();
}

void SimulationPanel::designEdited() {
    if (m_run && !m_stale) {
        m_stale = true;
        m_staleBanner->setText(tr("The design changed after this run: these results are for "
                                  "the version it ran on. Run again (F5) for the design as it "
                                  "is now."));
        m_staleBanner->show();
    }
}

void SimulationPanel::designReplaced() {
    m_run.reset();
    m_baseline.reset();
    m_baselineButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_flowButton->setChecked(false);
    m_flowButton->setEnabled(false);
    if (m_flow)
        m_flow->setRun(nullptr);
    showComparison();
    m_stale = false;
    m_staleBanner->hide();
    m_summary->clear();
    m_throughput->clear();
    m_latency->clear();
    m_distribution->clear();
    m_utilisation->clear();
    m_queueChart->clear();
    m_requestClass->clear();
    setSettings(storedRunSettings(*m_document));
    if (!running())
        m_status->setText(tr("Run (F5) simulates the design as it is now."));
}

} // namespace studio::widgets
