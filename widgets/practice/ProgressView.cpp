#include "widgets/practice/ProgressView.h"

#include "widgets/base/Translation.h"
#include "widgets/library/StudioLibrary.h"

#include "practice/PracticeCategories.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTime>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::widgets {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

// A problem keeps its colour whichever problems the filter shows.
QColor problemColor(int problem) {
    static const QColor colors[] = {
        {31, 119, 180}, {255, 127, 14},  {44, 160, 44},   {214, 39, 40},  {148, 103, 189},
        {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};
    return colors[problem % static_cast<int>(std::size(colors))];
}

QChartView* chartView(const QString& title, QWidget* parent) {
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->setTitle(title);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->setMinimumSize(320, 220);
    return view;
}

void clearChart(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis* percentAxis(const QString& title) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QString percentText(double value) {
    return QString::number(std::lround(value));
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

ProgressView::ProgressView(StudioLibrary* library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_scoreChart(chartView(tr("Score over time"), this))
    , m_categoryChart(chartView(tr("Score by rubric category"), this))
    , m_missed(new QTableWidget(0, 3, this)) {
    m_empty->setObjectName(QStringLiteral("progressEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.25);
    m_empty->setFont(emptyFont);
    m_filter->setObjectName(QStringLiteral("progressProblem"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_missed->setObjectName(QStringLiteral("progressMissed"));
    m_missed->setHorizontalHeaderLabels({tr("Missed rubric item"), tr("Problem"), tr("Missed")});
    m_missed->verticalHeader()->hide();
    m_missed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_missed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_missed->setWordWrap(true);
    m_missed->setTextElideMode(Qt::ElideRight);
    m_missed->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_missed->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_missed->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_missed->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* missedBox = new QWidget(this);
    auto* missedLayout = new QVBoxLayout(missedBox);
    missedLayout->setContentsMargins(0, 0, 0, 0);
    auto* missedTitle = new QLabel(tr("<b>Missed most often</b>"), missedBox);
    missedLayout->addWidget(missedTitle);
    missedLayout->addWidget(m_missed, 1);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_categoryChart);
    lower->addWidget(missedBox);
    lower->setChildrenCollapsible(false);
    // Halves to begin with (the table's size hint would take nearly all the width).
    lower->setSizes({1000, 1000});
    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_scoreChart);
    charts->addWidget(lower);
    charts->setChildrenCollapsible(false);
    charts->setSizes({1100, 900});

    auto* content = new QWidget(this);
    auto* top = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Problem:"), content);
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(charts, 1);

    m_pages->addWidget(m_empty);
    m_pages->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ProgressView::showProblem);
    if (m_library)
        connect(m_library, &StudioLibrary::practicesChanged, this, &ProgressView::refresh);
    refresh();
}

bool ProgressView::showsEmptyMessage() const {
    return m_pages->currentWidget() == m_empty;
}

QList<QLineSeries*> ProgressView::scoreSeries() const {
    QList<QLineSeries*> lines;
    for (QAbstractSeries* series : m_scoreChart->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(series))
            lines << line;
    return lines;
}

QString ProgressView::problemTitle(int problem) const {
    const ProgressProblem& p = m_data.problems.at(static_cast<std::size_t>(problem));
    return p.templateId.empty() ? tr("Your own prompts") : QString::fromStdString(p.title);
}

void ProgressView::refresh() {
    // Keep the chosen problem across a refresh, by its template id.
    const QVariant chosen = m_filter->currentData();
    std::optional<std::string> chosenId;
    if (chosen.isValid() && chosen.toInt() >= 0 &&
        chosen.toInt() < static_cast<int>(m_data.problems.size()))
        chosenId = m_data.problems[static_cast<std::size_t>(chosen.toInt())].templateId;

    auto practices = m_library->store().practices();
    m_data = practices.ok() ? progressData(practices.value()) : ProgressData{};

    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("All problems"), -1);
        int current = 0;
        for (std::size_t n = 0; n < m_data.problems.size(); ++n) {
            m_filter->addItem(problemTitle(static_cast<int>(n)), static_cast<int>(n));
            if (chosenId && *chosenId == m_data.problems[n].templateId)
                current = m_filter->count() - 1;
        }
        m_filter->setCurrentIndex(current);
    }

    if (!practices.ok()) {
        m_empty->setText(tr("The practice sessions could not be read: %1")
                             .arg(translatedMessage(practices.problems().front().message)));
        m_pages->setCurrentWidget(m_empty);
    } else if (m_data.sessions.empty()) {
        m_empty->setText(m_data.unsubmitted > 0
                             ? tr("No submitted practice sessions yet: submit a session to see "
                                  "its score here.")
                             : tr("No practice sessions yet: Practice > New Session…"));
        m_pages->setCurrentWidget(m_empty);
    } else {
        m_pages->setCurrentWidget(m_pages->widget(1));
    }
    showProblem();
}

void ProgressView::showProblem() {
    const int problem = m_filter->currentIndex() < 0 ? -1 : m_filter->currentData().toInt();
    const auto sessions = sessionsOf(m_data, problem);
    showScores(sessions);
    showCategories(sessions);
    showMissed(sessions);
    showSummary(sessions);
}

void ProgressView::showScores(const std::vector<const ProgressSession*>& sessions) {
    QChart* chart = m_scoreChart->chart();
    clearChart(chart);
    if (sessions.empty())
        return;
    auto* x = new QDateTimeAxis;
    x->setTitleText(tr("Submitted"));
    auto* y = percentAxis(tr("Score (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    for (std::size_t problem = 0; problem < m_data.problems.size(); ++problem) {
        QLineSeries* line = nullptr;
        for (const ProgressSession* session : sessions) {
            if (session->problem != static_cast<int>(problem))
                continue;
            if (!line) {
                line = new QLineSeries;
                line->setName(problemTitle(static_cast<int>(problem)));
                QPen pen(problemColor(static_cast<int>(problem)));
                pen.setWidthF(2);
                line->setPen(pen);
                line->setPointsVisible(true);
                line->setMarkerSize(7);
            }
            line->append(static_cast<qreal>(session->submitted), session->score);
        }
        if (!line)
            continue;
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        const QString title = line->name();
        connect(line, &QLineSeries::hovered, this, [title](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(std::llround(point.x()));
            QToolTip::showText(QCursor::pos(),
                               tr("%1\n%2: %3%")
                                   .arg(title, QLocale().toString(when, QLocale::ShortFormat),
                                        percentText(point.y())));
        });
    }

    fitDateAxis();
    fitToSize();
}

void ProgressView::fitDateAxis() {
    QDateTimeAxis* x = nullptr;
    for (QAbstractAxis* axis : m_scoreChart->chart()->axes(Qt::Horizontal))
        x = qobject_cast<QDateTimeAxis*>(axis);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const QLineSeries* line : scoreSeries())
        for (const QPointF& point : line->points()) {
            first = std::min(first, std::llround(point.x()));
            last = std::max(last, std::llround(point.x()));
        }
    if (!x || first > last)
        return;
    // Ticks on whole days (hours for a short span), about one per 140 px so that the labels
    // never overlap, and an hour's margin so that no marker sits on the chart's edge.
    const int ticks = std::clamp(m_scoreChart->width() / 140, 3, 9);
    const bool hours = last - first < 2 * kDayMs;
    const qint64 unit = hours ? kHourMs : kDayMs;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(first - kHourMs);
    QDateTime start = hours ? QDateTime(from.date(), QTime(from.time().hour(), 0))
                            : QDateTime(from.date(), QTime(0, 0));
    const qint64 units = (last + kHourMs - start.toMSecsSinceEpoch() + unit - 1) / unit;
    const qint64 step = std::max<qint64>(1, (units + ticks - 2) / (ticks - 1));
    const qint64 steps = (units + step - 1) / step;
    x->setRange(start, start.addMSecs(steps * step * unit));
    x->setTickCount(static_cast<int>(steps) + 1);
    x->setFormat(hours                ? QStringLiteral("d MMM hh:mm")
                 : steps * step > 300 ? QStringLiteral("d MMM yyyy")
                                      : QStringLiteral("d MMM"));
}

void ProgressView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitDateAxis();
    fitToSize();
}

void ProgressView::fitToSize() {
    // Fewer value ticks on a short chart, and no numbers on bars too thin to hold them.
    for (QChartView* view : {m_scoreChart, m_categoryChart})
        for (QAbstractAxis* axis : view->chart()->axes(Qt::Vertical))
            if (auto* values = qobject_cast<QValueAxis*>(axis))
                values->setTickCount(view->height() < 320 ? 3 : 6);
    if (m_categorySeries)
        m_categorySeries->setLabelsVisible(m_categoryChart->width() >=
                                           90 * static_cast<int>(m_categoryLabels.size()) + 80);
}

void ProgressView::showCategories(const std::vector<const ProgressSession*>& sessions) {
    QChart* chart = m_categoryChart->chart();
    clearChart(chart);
    m_categorySeries = nullptr;
    m_categoryLabels.clear();
    const CategoryScores scores = categoryScores(sessions);
    auto* average = new QBarSet(tr("Average"));
    average->setColor(QColor(70, 130, 180));
    auto* latest = new QBarSet(tr("Latest"));
    latest->setColor(QColor(230, 140, 30));
    for (std::size_t c = 0; c < scores.average.size(); ++c) {
        if (!scores.average[c])
            continue; // no session had points in it
        m_categoryLabels << QCoreApplication::translate(
            "Practice", core::practice::categoryTitle(static_cast<core::practice::Category>(c)));
        *average << *scores.average[c];
        *latest << scores.latest[c].value_or(0);
    }
    if (m_categoryLabels.isEmpty()) {
        delete average;
        delete latest;
        return;
    }
    m_categorySeries = new QBarSeries;
    m_categorySeries->append(average);
    m_categorySeries->append(latest);
    m_categorySeries->setLabelsVisible(true);
    m_categorySeries->setLabelsFormat(QStringLiteral("@value"));
    m_categorySeries->setLabelsPrecision(3);
    m_categorySeries->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(m_categorySeries);
    auto* x = new QBarCategoryAxis;
    x->append(m_categoryLabels);
    auto* y = percentAxis(tr("Score (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_categorySeries->attachAxis(x);
    m_categorySeries->attachAxis(y);
    fitToSize();
}

void ProgressView::showMissed(const std::vector<const ProgressSession*>& sessions) {
    const auto items = missedItems(m_data, sessions);
    m_missed->clearContents();
    m_missed->setRowCount(static_cast<int>(items.size()));
    for (std::size_t row = 0; row < items.size(); ++row) {
        const MissedItem& item = items[row];
        const int r = static_cast<int>(row);
        m_missed->setItem(r, 0, cell(QString::fromStdString(item.text)));
        m_missed->setItem(r, 1, cell(problemTitle(item.problem)));
        m_missed->setItem(r, 2, cell(tr("%1 of %2").arg(item.missed).arg(item.sessions)));
    }
}

void ProgressView::showSummary(const std::vector<const ProgressSession*>& sessions) {
    const ScoreStats stats = scoreStats(sessions);
    QStringList parts;
    parts << (stats.sessions == 1 ? tr("1 session") : tr("%1 sessions").arg(stats.sessions));
    if (stats.sessions > 0) {
        parts << tr("average %1%").arg(percentText(stats.average))
              << tr("best %1%").arg(percentText(stats.best));
    }
    if (stats.trend) {
        const long points = std::lround(*stats.trend);
        const QString signedPoints =
            points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
        parts << tr("trend %1 points (last %n vs the %n before)", nullptr, stats.trendWindow)
                     .arg(signedPoints);
    }
    if (m_data.unsubmitted > 0)
        parts << tr("%n not submitted yet", nullptr, m_data.unsubmitted);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace studio::widgets
