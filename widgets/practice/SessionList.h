#pragma once

// Practice > Progress's Sessions tab: every practice session kept in the library, the
// newest first (started, problem, score, time spent, submitted or not). Open Report shows a
// session's report again (scored anew against its template, as on submit), and a change of
// its self-assessment is kept; Remove drops a session.
#include "library/LibraryEntries.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace studio::widgets {

class PracticeReport;
class StudioLibrary;

class SessionList : public QWidget {
    Q_OBJECT

public:
    explicit SessionList(StudioLibrary* library, QWidget* parent = nullptr);

    void refresh();
    QTreeWidget* list() const { return m_list; }
    // Opens the report of the session on the list's row; null (the message says why) when
    // the session cannot be read.
    PracticeReport* openReport(int row);

private:
    void removeSelected();

    StudioLibrary* m_library;
    QLabel* m_message;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_remove;
    std::vector<core::PracticeEntry> m_sessions; // as listed
};

} // namespace studio::widgets
