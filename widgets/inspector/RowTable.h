#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <utility>
#include <vector>

class QPushButton;
class QTableWidget;

namespace studio::widgets {

// A small table of a list field (request classes, per-class service times, per-class latency
// targets) with buttons to add and remove a row. Cells are text or a choice; the owner fills
// it from the model and, on edited(), reads every row back and commits the whole list.
class RowTable : public QWidget {
    Q_OBJECT

public:
    using Options = std::vector<std::pair<QString, QString>>; // (value, label)

    // `name` is the objectName of the table (the file key); the buttons are `name`Add and
    // `name`Remove.
    RowTable(const QString& name, const QStringList& headers, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    int rowCount() const;
    // Keeps the rows that stay; new rows are empty.
    void setRowCount(int rows);

    void setText(int row, int column, const QString& text);
    QString text(int row, int column) const;
    // A cell that is a combo box of `options`.
    void setChoice(int row, int column, const Options& options, const QString& value);
    QString choice(int row, int column) const;

    // Marks a cell whose text cannot be read (shown until the cells are marked again).
    void markCell(int row, int column, const QString& reason);
    void clearMarks();

    // The row the person picked, or -1.
    int currentRow() const;
    void setCanRemove(bool canRemove);

signals:
    void edited();
    void addRequested();
    void removeRequested(int row);

private:
    void fitHeight();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_filling = false;
};

} // namespace studio::widgets
