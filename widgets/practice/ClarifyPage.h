#pragma once

// The Clarify phase: the functional requirements the person writes (one a line), the seed's
// non-functional checklist (each answered or marked "asked the interviewer"), and the
// estimation worksheet: their own DAU, reads and writes a user a day, sizes..., with the
// QPS, storage and bandwidth they give worked out as on a whiteboard (core's designEstimate).
#include "practice/PracticeSession.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace studio::widgets {

class ClarifyPage : public QWidget {
    Q_OBJECT

public:
    explicit ClarifyPage(QWidget* parent = nullptr);

    void load(const core::practice::PracticeSession& session);
    void store(core::practice::PracticeSession& session) const;

    QPlainTextEdit* functional() const { return m_functional; }
    QTableWidget* nonFunctional() const { return m_nonFunctional; }
    // The worksheet's inputs, in estimationFields() order.
    const std::vector<QDoubleSpinBox*>& worksheet() const { return m_inputs; }
    QLabel* figures() const { return m_figures; }

signals:
    void edited();

private:
    void updateFigures();

    QPlainTextEdit* m_functional;
    QTableWidget* m_nonFunctional;
    std::vector<QDoubleSpinBox*> m_inputs;
    QLabel* m_figures;
};

} // namespace studio::widgets
