#pragma once

#include <QDialog>

class QTextBrowser;

namespace studio::widgets {

// Help > User Guide: a short guide to the studio in one page (userGuideSections()), with a
// list of its sections at the top that links to each.
class UserGuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    // Opens `window`'s guide (one per window, made on first use) and brings it to the front.
    static UserGuideDialog* showFor(QWidget* window);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace studio::widgets
