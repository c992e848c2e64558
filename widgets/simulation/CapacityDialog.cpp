#include "widgets/simulation/CapacityDialog.h"

#include "widgets/base/Translation.h"
#include "widgets/simulation/AtomicObserver.h"
#include "widgets/simulation/ChartTheme.h"
#include "widgets/simulation/FigureText.h"

#include "capacity/FindCapacity.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {

constexpr int kPollMs = 100;

QString limitText(const core::capacity::ScaleSearch& s) {
    switch (s.limit) {
    case core::capacity::Limit::P99:
        return CapacityDialog::tr("the p99 of %1 passes the target just above it")
            .arg(QString::fromStdString(s.worstClass));
    case core::capacity::Limit::Saturation:
        return CapacityDialog::tr("%1 saturates just above it")
            .arg(QString::fromStdString(s.saturated));
    case core::capacity::Limit::ErrorRate:
        return CapacityDialog::tr("the failed requests pass the error-rate target just above it");
    }
    return {};
}

} // namespace

CapacityDialog::CapacityDialog(const core::Design& design, const core::Catalog& catalog,
                               QWidget* parent)
    : QDialog(parent)
    , m_design(design)
    , m_catalog(catalog)
    , m_p99(new QDoubleSpinBox(this))
    , m_useErrorRate(new QCheckBox(tr("Error rate at most"), this))
    , m_errorRate(new QDoubleSpinBox(this))
    , m_simulate(new QCheckBox(tr("Confirm by simulation at 90%, 100% and 110%"), this))
    , m_findButton(new QPushButton(tr("Find"), this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
    , m_answer(new QLabel(this))
    , m_curve(new QChartView(this)) {
    setWindowTitle(tr("Find Capacity"));
    setObjectName(QStringLiteral("capacityDialog"));
    m_p99->setRange(0.001, 1e7);
    m_p99->setDecimals(1);
    m_p99->setSuffix(tr(" ms"));
    m_p99->setValue(design.requirements.p99Latency ? *design.requirements.p99Latency * 1000 : 200);
    m_errorRate->setRange(0.001, 100);
    m_errorRate->setDecimals(3);
    m_errorRate->setSuffix(QStringLiteral(" %"));
    m_errorRate->setValue(0.1);
    m_errorRate->setEnabled(false);
    connect(m_useErrorRate, &QCheckBox::toggled, m_errorRate, &QWidget::setEnabled);
    m_simulate->setChecked(true);
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setText(tr("Every client's rate is scaled by one factor until a request class's "
                         "p99 passes the target or a component saturates."));
    m_curve->setRenderHint(QPainter::Antialiasing);
    ChartTheme::follow(m_curve);
    m_curve->setMinimumSize(520, 280);
    m_curve->chart()->legend()->setAlignment(Qt::AlignBottom);

    auto* form = new QFormLayout;
    form->addRow(tr("p99 at most"), m_p99);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_useErrorRate);
    errorRow->addWidget(m_errorRate, 1);
    form->addRow(errorRow);
    form->addRow(m_simulate);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_findButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stopButton, QDialogButtonBox::ActionRole);
    m_stopButton->setEnabled(false);
    m_stopButton->setToolTip(tr("Stop the search: what it found so far stays"));
    m_findButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &CapacityDialog::reject);
    connect(m_findButton, &QPushButton::clicked, this, &CapacityDialog::find);
    connect(m_stopButton, &QPushButton::clicked, this, &CapacityDialog::stop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_answer);
    layout->addWidget(m_curve, 1);
    layout->addWidget(buttons);

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &CapacityDialog::poll);
}

CapacityDialog::~CapacityDialog() {
    if (m_worker.joinable()) {
        stop();
        m_worker.join();
    }
}

void CapacityDialog::setTarget(double p99Seconds, std::optional<double> errorRate, bool simulate) {
    m_p99->setValue(p99Seconds * 1000);
    m_useErrorRate->setChecked(errorRate.has_value());
    if (errorRate)
        m_errorRate->setValue(*errorRate * 100);
    m_simulate->setChecked(simulate);
}

void CapacityDialog::stop() {
    m_stop = true;
}

void CapacityDialog::reject() {
    if (searching()) {
        stop();
        m_worker.join();
        m_poll.stop();
    }
    QDialog::reject();
}

void CapacityDialog::find() {
    if (searching())
        return;
    core::capacity::CapacityOptions options;
    options.target.p99 = m_p99->value() / 1000;
    if (m_useErrorRate->isChecked())
        options.target.errorRate = m_errorRate->value() / 100;
    options.simulate = m_simulate->isChecked();
    m_report.reset();
    m_problems.clear();
    m_done = false;
    m_stop = false;
    m_findButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_answer->setText(options.simulate ? tr("Searching, then simulating around the answer…")
                                       : tr("Searching…"));
    m_worker = std::thread([this, options]() mutable {
        AtomicObserver observer(m_fraction, m_stop);
        options.observer = &observer;
        auto found = core::capacity::findCapacity(m_design, options, m_catalog);
        if (found)
            m_report = std::move(found).value();
        else
            m_problems = found.problems();
        m_done = true;
    });
    m_poll.start();
}

void CapacityDialog::poll() {
    if (!m_done)
        return;
    m_poll.stop();
    m_worker.join();
    m_findButton->setEnabled(true);
    m_stopButton->setEnabled(false);
    showReport();
    emit finished();
}

void CapacityDialog::showReport() {
    QChart* chart = m_curve->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (!m_report) {
        m_answer->setText(tr("No answer: %1").arg(problemLines(m_problems)));
        return;
    }
    const core::capacity::CapacityReport& r = *m_report;
    QStringList lines;
    if (r.cancelled)
        lines << tr("<i>Stopped: what the search found before it stopped.</i>");
    lines << tr("<b>Highest rate meeting it: %1 req/s</b>, %2 × the %3 req/s offered now.")
                 .arg(figureText(r.found.offeredRate, Measure::Rate),
                      QString::number(r.found.factor, 'g', 4),
                      figureText(r.baseRate, Measure::Rate));
    lines << tr("Breaks first: %1 (%2 busy); %3.")
                 .arg(QString::fromStdString(r.found.bottleneck),
                      figureText(r.found.bottleneckUtilisation, Measure::Utilisation),
                      limitText(r.found));
    if (r.scaling && r.scaling->after)
        lines << tr("Doubling its %1 (%2 → %3) raises it to %4 req/s; then %5 breaks first.")
                     .arg(QString::fromStdString(r.scaling->property))
                     .arg(r.scaling->from)
                     .arg(r.scaling->to)
                     .arg(figureText(r.scaling->after->offeredRate, Measure::Rate),
                          QString::fromStdString(r.scaling->after->bottleneck));
    for (const core::capacity::SimulatedPoint& p : r.simulated) {
        if (!p.ran || p.problem) {
            lines << tr("Simulated at %1%: no verdict (%2).")
                         .arg(qRound(p.load * 100))
                         .arg(p.problem ? translatedMessage(p.problem->message) : QString());
            continue;
        }
        lines << tr("Simulated at %1%: p99 %2 (%3), %4 failed: %5.")
                     .arg(qRound(p.load * 100))
                     .arg(intervalText(p.p99, Measure::Seconds),
                          QString::fromStdString(p.worstClass),
                          QString::number(p.errorRate * 100, 'g', 3) + u'%',
                          p.meets() ? tr("meets the target") : tr("misses it"));
    }
    m_answer->setText(lines.join(QStringLiteral("<br>")));

    // The curve: p50 and p99 against the offered rate, the target across, the answer marked.
    auto* p50 = new QLineSeries;
    auto* p99 = new QLineSeries;
    p50->setName(tr("p50"));
    p99->setName(tr("p99"));
    double top = r.target.p99 * 1000 * 1.5, right = 0;
    for (const core::capacity::LoadPoint& point : r.curve) {
        right = std::max(right, point.offeredRate);
        if (std::isfinite(point.p50))
            p50->append(point.offeredRate, point.p50 * 1000);
        if (std::isfinite(point.p99)) {
            p99->append(point.offeredRate, point.p99 * 1000);
            top = std::max(top, point.p99 * 1000);
        }
    }
    auto* target = new QLineSeries;
    target->setName(tr("target"));
    target->append(0, r.target.p99 * 1000);
    target->append(right, r.target.p99 * 1000);
    target->setPen(QPen(QColor(200, 40, 40), 1.5, Qt::DashLine));
    auto* answer = new QLineSeries;
    answer->setName(tr("capacity"));
    answer->append(r.found.offeredRate, 0);
    answer->append(r.found.offeredRate, top);
    answer->setPen(QPen(QColor(30, 130, 60), 1.5, Qt::DashLine));
    auto* x = new QValueAxis;
    x->setTitleText(tr("Offered rate (req/s)"));
    x->setRange(0, right > 0 ? right : 1);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%g"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Latency (ms)"));
    y->setRange(0, top);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {p50, p99, target, answer}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace studio::widgets
