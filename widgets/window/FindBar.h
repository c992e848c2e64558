#pragma once

#include <QFrame>

#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QToolButton;

namespace studio::widgets {

class DesignView;

// Find (Ctrl+F): a small bar over the top right corner of the canvas (a child of the view,
// hidden until opened). Finds components whose name or kind (its catalog label, or its kind id)
// contains the text, ignoring case, in design order. Typing shows the first match; Enter / F3
// go to the next, Shift+Enter / Shift+F3 to the previous, wrapping around; each match is
// selected and brought into view (DesignView::showItems). Says "2 of 5", or that nothing
// matches (the selection is left alone then). Escape closes the bar and gives the canvas the
// focus back.
class FindBar : public QFrame {
    Q_OBJECT

public:
    explicit FindBar(DesignView* view);

    QLineEdit* field() const { return m_field; }
    // "2 of 5", "No match" or nothing.
    QString countText() const;
    // The ids of the components that match the text, in design order.
    const std::vector<std::string>& matches() const { return m_matches; }
    // Which of them is shown (-1: none).
    int currentIndex() const { return m_current; }

public slots:
    // Shows the bar with its text selected and the focus in it.
    void open();
    void findNext();
    void findPrevious();
    // Hides the bar and gives the canvas the focus.
    void dismiss();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Finds the matches again (the design may have changed); keeps showing the same one.
    void search();
    void step(int delta);
    void showMatch(int index);
    void updateCount();
    void place();

    DesignView* m_view;
    QLineEdit* m_field;
    QLabel* m_count;
    QToolButton* m_previous;
    QToolButton* m_next;
    std::vector<std::string> m_matches;
    int m_current = -1;
    std::string m_currentId; // the match shown, found again after edits
};

} // namespace studio::widgets
