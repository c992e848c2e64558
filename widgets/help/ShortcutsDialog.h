#pragma once

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QMainWindow;
class QMenuBar;
class QTreeWidget;

namespace studio::widgets {

// Help > Keyboard Shortcuts: every menu command that has a shortcut, read from the window's
// menu bar each time the sheet opens (so it never goes stale), one section per menu, then
// the canvas's mouse and key gestures that no command covers. A filter box narrows the rows
// to those whose command, keys or section contain its text.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    // `menus` is not owned; the sheet reads it in rebuild() and shows nothing from it once it
    // is gone.
    explicit ShortcutsDialog(QMenuBar* menus, QWidget* parent = nullptr);

    // Opens `window`'s sheet (one per window, made on first use), read again from its menus,
    // and brings it to the front.
    static ShortcutsDialog* showFor(QMainWindow* window);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* filterBox() const { return m_filter; }

    // Reads the menus again; the filter stays.
    void rebuild();
    void setFilter(const QString& text);

private:
    QPointer<QMenuBar> m_menus;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
};

} // namespace studio::widgets
