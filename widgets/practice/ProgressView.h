#pragma once

// Practice > Progress: every submitted practice session in the library, as a person checks
// where they stand. A line chart of the score over time (one line per problem), bars of the
// average and the latest score per rubric category, the rubric items missed most often and a
// summary line (sessions, average, best, trend); a problem filter narrows all of them.
// Sessions not submitted yet are left out. Reads the library on refresh() only.
#include "widgets/practice/ProgressData.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QBarSeries;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QTableWidget;

namespace studio::widgets {

class StudioLibrary;

class ProgressView : public QWidget {
    Q_OBJECT

public:
    explicit ProgressView(StudioLibrary* library, QWidget* parent = nullptr);

    // Reads the library's sessions again (after one was kept), keeping the chosen problem.
    void refresh();

    // For tests: what the view shows now.
    bool showsEmptyMessage() const;
    QLabel* emptyMessage() const { return m_empty; }
    QComboBox* problemFilter() const { return m_filter; }
    QLabel* summary() const { return m_summary; }
    QChartView* scoreChart() const { return m_scoreChart; }
    QChartView* categoryChart() const { return m_categoryChart; }
    // One line per problem shown, in the filter's order; x in ms since 1970, y in percent.
    QList<QLineSeries*> scoreSeries() const;
    // Two sets, "Average" and "Latest", one value per label of categoryLabels().
    QBarSeries* categorySeries() const { return m_categorySeries; }
    QStringList categoryLabels() const { return m_categoryLabels; }
    // Columns: the rubric item, the problem, "missed N of M".
    QTableWidget* missedTable() const { return m_missed; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showProblem();
    void fitDateAxis();
    void fitToSize();
    void showScores(const std::vector<const ProgressSession*>& sessions);
    void showCategories(const std::vector<const ProgressSession*>& sessions);
    void showMissed(const std::vector<const ProgressSession*>& sessions);
    void showSummary(const std::vector<const ProgressSession*>& sessions);
    QString problemTitle(int problem) const;

    StudioLibrary* m_library;
    ProgressData m_data;
    QStackedWidget* m_pages;
    QLabel* m_empty;
    QComboBox* m_filter;
    QLabel* m_summary;
    QChartView* m_scoreChart;
    QChartView* m_categoryChart;
    QTableWidget* m_missed;
    QBarSeries* m_categorySeries = nullptr;
    QStringList m_categoryLabels;
};

} // namespace studio::widgets
