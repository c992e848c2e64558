#pragma once

// The Deep dive phase: the seed's prompts as a checklist (covered, with a note each), "What
// breaks first?" (the estimate overlay on the canvas, as an interviewer would ask), and the
// interviewer's curveballs: stated, played against the design on a worker thread, the
// outcome shown, and the person's answer written beside it.
#include "practice/Curveballs.h"
#include "practice/PracticeSession.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace studio::widgets {

class CurveballRunner;

class DeepDivePage : public QWidget {
    Q_OBJECT

public:
    explicit DeepDivePage(QWidget* parent = nullptr);

    // The design as it is now, for the curveballs (set by the panel).
    std::function<core::Design()> currentDesign;

    void load(const core::practice::PracticeSession& session);
    void store(core::practice::PracticeSession& session) const;

    QTableWidget* checklist() const { return m_checklist; }
    QPushButton* curveballButton() const { return m_askButton; }
    QComboBox* askedList() const { return m_asked; }
    QLabel* outcomeLabel() const { return m_outcome; }
    QPlainTextEdit* answerEdit() const { return m_answer; }
    bool playing() const;

public slots:
    // States the next curveball not asked yet and plays it against the design.
    void askCurveball();

signals:
    void edited();
    void breaksFirstRequested();

private:
    void played(const core::practice::Curveball& ball,
                const core::practice::CurveballOutcome& outcome);
    void showAsked(int index);

    std::string m_templateId;
    std::vector<core::practice::CurveballAnswer> m_curveballs;
    QTableWidget* m_checklist;
    QPushButton* m_breaksFirst;
    QPushButton* m_askButton;
    QComboBox* m_asked;
    QLabel* m_outcome;
    QPlainTextEdit* m_answer;
    CurveballRunner* m_runner;
};

} // namespace studio::widgets
