#pragma once

#include <QObject>

class QChartView;

namespace studio::widgets {

// Keeps a chart in the application's colours: Qt Charts' dark theme (axes, labels, legend) on
// a dark palette, its light one otherwise, over the palette's own base colour; it follows a
// theme switch at once. The colours the chart gave its series stay theirs.
class ChartTheme : public QObject {
    Q_OBJECT

public:
    // Applies the palette's theme to `view` now and on every palette change. The follower is
    // a child of `view`.
    static void follow(QChartView* view);

    // Whether `view`'s chart is in the dark theme now (for tests).
    static bool isDark(const QChartView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ChartTheme(QChartView* view);
    void apply();

    QChartView* m_view; // the parent
};

} // namespace studio::widgets
