#include "widgets/simulation/ChartTheme.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QXYSeries>

#include <functional>
#include <vector>

namespace studio::widgets {

namespace {

// QChart::setTheme repaints every series in the theme's own colours: these put back what the
// chart code chose.
std::vector<std::function<void()>> seriesColours(QChart* chart) {
    std::vector<std::function<void()>> restore;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            restore.push_back([xy, pen = xy->pen(), brush = xy->brush()] {
                xy->setPen(pen);
                xy->setBrush(brush);
            });
        } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            restore.push_back([area, pen = area->pen(), brush = area->brush()] {
                area->setPen(pen);
                area->setBrush(brush);
            });
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                restore.push_back(
                    [set, pen = set->pen(), brush = set->brush(), label = set->labelBrush()] {
                        set->setPen(pen);
                        set->setBrush(brush);
                        set->setLabelBrush(label);
                    });
        }
    }
    return restore;
}

} // namespace

ChartTheme::ChartTheme(QChartView* view)
    : QObject(view)
    , m_view(view) {
    view->installEventFilter(this);
    apply();
}

void ChartTheme::follow(QChartView* view) {
    new ChartTheme(view);
}

bool ChartTheme::isDark(const QChartView* view) {
    return view->chart()->theme() == QChart::ChartThemeDark;
}

bool ChartTheme::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::PaletteChange)
        apply();
    return QObject::eventFilter(watched, event);
}

void ChartTheme::apply() {
    const QColor base = m_view->palette().color(QPalette::Base);
    const QChart::ChartTheme wanted =
        base.lightnessF() < 0.5 ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    QChart* chart = m_view->chart();
    if (chart->theme() != wanted) {
        const auto restore = seriesColours(chart);
        chart->setTheme(wanted);
        for (const auto& put : restore)
            put();
    }
    chart->setBackgroundBrush(base);
    m_view->setBackgroundBrush(base);
}

} // namespace studio::widgets
