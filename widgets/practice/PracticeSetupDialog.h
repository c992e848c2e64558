#pragma once

// Practice > New Session: one of the ten problems, a random one, or the person's own prompt,
// and the session's length (45 minutes by default, split over the seed's four phases).
#include "practice/PracticeSession.h"

#include <QDialog>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace studio::widgets {

class PracticeSetupDialog : public QDialog {
    Q_OBJECT

public:
    explicit PracticeSetupDialog(QWidget* parent = nullptr);

    // The session as chosen (fresh, not started): a problem's template id, title and prompt,
    // or the person's own prompt.
    core::practice::PracticeSession session() const;

    QListWidget* problems() const { return m_problems; }
    QLineEdit* customTitle() const { return m_title; }
    QPlainTextEdit* customPrompt() const { return m_prompt; }
    QDoubleSpinBox* minutes() const { return m_minutes; }
    // Draws the random problem's index among `count`; tests replace it.
    std::function<int(int count)> pickRandom;

private:
    void updateChoice();

    QListWidget* m_problems;
    QLineEdit* m_title;
    QPlainTextEdit* m_prompt;
    QDoubleSpinBox* m_minutes;
    QLabel* m_phases;
};

} // namespace studio::widgets
