#pragma once

#include "document/Edits.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace studio::widgets {

class DesignScene;
class StudioDocument;

// The Edit menu: undo and redo (their texts say what they will do), the clipboard,
// delete, select all, rename, connect mode, group, align, distribute, straighten links and
// auto-layout.
// Each acts on the scene's selection through one undo command. Not owned by the scene or the
// document.
class EditActions : public QObject {
    Q_OBJECT
public:
    EditActions(StudioDocument* document, DesignScene* scene, QWidget* window);

    void fillEditMenu(QMenu* menu) const;
    void fillArrangeMenu(QMenu* menu) const;
    // The canvas's right-click menu for the current selection.
    void fillContextMenu(QMenu* menu) const;

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    // Edit > Connect (C): the canvas's connect mode, on while checked.
    QAction* connectAction() const { return m_connect; }

public slots:
    void cut();
    void copy();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    void rename();
    void group();
    void ungroup();
    void align(core::edits::Alignment alignment);
    void distribute(core::edits::Axis axis);
    // Removes the bends of the selected links.
    void straighten();
    // Lays out the selection when it holds two or more components, else the whole design.
    void autoLayout();

signals:
    // The whole design was laid out (the view fits it).
    void designLaidOut();

private:
    QAction* addAction(const QString& text, const QKeySequence& key, void (EditActions::*slot)());
    void updateEnabled();
    // Pastes `fragment` moved by `offset` x the paste count, selecting what was pasted.
    void pasteFragment(const core::Design& fragment, bool duplicate);

    StudioDocument* m_document;
    DesignScene* m_scene;
    QWidget* m_window;
    int m_pasteCount = 0; // consecutive pastes of the same clipboard land further along

    QAction* m_undo;
    QAction* m_redo;
    QAction* m_cut;
    QAction* m_copy;
    QAction* m_paste;
    QAction* m_duplicate;
    QAction* m_delete;
    QAction* m_selectAll;
    QAction* m_rename;
    QAction* m_group;
    QAction* m_ungroup;
    QList<QAction*> m_alignActions;
    QList<QAction*> m_distributeActions;
    QAction* m_autoLayout;
    QAction* m_straighten;
    QAction* m_connect;
};

} // namespace studio::widgets
