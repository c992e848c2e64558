#pragma once

// A run's figures as tables: per client's request class (goodput, mean, p50, p99, share
// answered, failures) and per component (utilisation, queue, drops), each with its interval
// and the analytic estimate, and a line naming every figure where the two disagree.
#include "widgets/simulation/SimulationRun.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace studio::widgets {

class ResultsSummary : public QWidget {
    Q_OBJECT

public:
    explicit ResultsSummary(QWidget* parent = nullptr);

    void show(const SimulationRun& run);
    void clear();

    QTableWidget* requestTable() const { return m_requests; }
    QTableWidget* componentTable() const { return m_components; }
    // "app: utilisation 72% ±1% against 80% analytic", one line per disagreement.
    QStringList disagreements() const { return m_disagreements; }

private:
    void fillRequests(const SimulationRun& run);
    void fillComponents(const SimulationRun& run);

    QLabel* m_heading;
    QTableWidget* m_requests;
    QTableWidget* m_components;
    QLabel* m_differences;
    QStringList m_disagreements;
};

} // namespace studio::widgets
