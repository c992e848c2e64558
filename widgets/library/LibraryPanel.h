#pragma once

#include "library/LibraryEntries.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;

namespace studio::widgets {

class LibraryModel;
class StudioLibrary;

// The library dock: every design with its thumbnail, name and last change; search by name;
// open (double-click or Enter), rename (F2 or double-click the name), duplicate, delete
// (asked first), version history with restore, import a design file. Opening is the
// window's business: the panel asks with openRequested().
class LibraryPanel : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPanel(StudioLibrary* library, QWidget* parent = nullptr);

    LibraryModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    // The design selected in the list, or 0.
    core::DesignId currentId() const;
    void select(core::DesignId id);

    // How a deletion is confirmed; tests replace it. True: delete.
    std::function<bool(const QString& name)> confirmDelete;

public slots:
    void openCurrent();
    void renameCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void showHistory();

signals:
    void openRequested(core::DesignId id);
    // An older version became the newest: an open copy of the design is out of date.
    void versionRestored(core::DesignId id);
    void importRequested();

private:
    void showContextMenu(const QPoint& pos);
    void showError(const QString& error);

    StudioLibrary* m_library; // not owned
    LibraryModel* m_model;
    QLineEdit* m_search;
    QListView* m_view;
    QLabel* m_status;
};

} // namespace studio::widgets
