#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidgetItem;

namespace studio::widgets {

class PaletteTree;

// Every catalog kind, grouped (edge, compute, data, messaging, other) and searchable by
// name, id or description. Drag a kind onto the canvas, or double-click to add it in the
// middle of the view.
class PaletteWidget : public QWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget* parent = nullptr);

    PaletteTree* tree() const { return m_tree; }
    // Shows only the kinds whose label, id or description contains `text`.
    void setFilter(const QString& text);

signals:
    void kindActivated(const QString& kindId);

private:
    void populate();

    QLineEdit* m_search;
    PaletteTree* m_tree;
};

} // namespace studio::widgets
