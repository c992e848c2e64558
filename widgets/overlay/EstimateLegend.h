#pragma once

#include "model/Design.h"
#include "solver/Solution.h"
#include "util/Problem.h"

#include <QFrame>

#include <array>

class QAbstractScrollArea;
class QLabel;

namespace studio::widgets {

// What the estimate overlay's colours mean, with the design's figures in one line (or why
// there is no estimate), in the bottom-left corner of a view's viewport. A child of the view,
// not of its viewport, so that scrolling leaves it in place; it follows the viewport's size.
class EstimateLegend : public QFrame {
    Q_OBJECT

public:
    explicit EstimateLegend(QAbstractScrollArea* view);

    void showSolution(const core::solver::Solution& solution, const core::Design& design);
    void showProblems(const core::Problems& problems, core::solver::RateBasis basis);

    QString titleText() const;
    QString summaryText() const; // empty while there are problems
    QString problemText() const; // empty while there is a solution

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refreshSwatches();
    void reposition();

    QAbstractScrollArea* m_view;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_problems;
    std::array<QLabel*, 6> m_swatches{}; // low, moderate, high, saturated, neutral, bottleneck
};

} // namespace studio::widgets
