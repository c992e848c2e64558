#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace studio::widgets {

// Every calculator of the registry, grouped as the registry orders them (load and data,
// reliability and latency, algorithms) and searchable by name, description or key; each
// item's tooltip is its description.
class CalculatorList : public QWidget {
    Q_OBJECT

public:
    explicit CalculatorList(QWidget* parent = nullptr);

    // The chosen calculator's name; empty when none is.
    QString current() const;
    // Chooses `name` (clearing a search that hides it); false for an unknown name.
    bool setCurrent(const QString& name);
    // Shows only the calculators whose name, description or keys contain `text`.
    void setFilter(const QString& text);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* search() const { return m_search; }

signals:
    void currentChanged(const QString& name);

private:
    void populate();
    QTreeWidgetItem* itemFor(const QString& name) const;

    QLineEdit* m_search;
    QTreeWidget* m_tree;
};

} // namespace studio::widgets
