#pragma once

#include "library/LibraryEntries.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace studio::widgets {

class StudioLibrary;

// The saved versions of one library design, newest first; Restore saves the chosen one
// again as the newest (nothing is lost: the versions after it stay in the history).
class VersionHistoryDialog : public QDialog {
    Q_OBJECT

public:
    VersionHistoryDialog(StudioLibrary* library, core::DesignId id, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

public slots:
    void restoreSelected();

signals:
    void restored(core::DesignId id);

private:
    void reload();

    StudioLibrary* m_library; // not owned
    core::DesignId m_id;
    QListWidget* m_list;
    QLabel* m_status;
    QPushButton* m_restore;
};

} // namespace studio::widgets
