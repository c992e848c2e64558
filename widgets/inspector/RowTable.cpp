#include "widgets/inspector/RowTable.h"

#include "widgets/inspector/ChoiceBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace studio::widgets {

namespace {
const QColor kMarkColour(217, 83, 79, 70); // translucent red: light and dark palettes
} // namespace

RowTable::RowTable(const QString& name, const QStringList& headers, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, static_cast<int>(headers.size()), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this)) {
    setObjectName(name);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_remove->setObjectName(name + QStringLiteral("Remove"));

    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    connect(m_add, &QPushButton::clicked, this, &RowTable::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        emit removeRequested(row >= 0 ? row : rowCount() - 1);
    });
    fitHeight();
}

int RowTable::rowCount() const {
    return m_table->rowCount();
}

void RowTable::setRowCount(int rows) {
    m_filling = true;
    m_table->setRowCount(rows);
    m_filling = false;
    fitHeight();
}

void RowTable::setText(int row, int column, const QString& text) {
    m_filling = true;
    QTableWidgetItem* item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
    m_filling = false;
}

QString RowTable::text(int row, int column) const {
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void RowTable::setChoice(int row, int column, const Options& options, const QString& value) {
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, column));
    if (!combo) {
        combo = new ChoiceBox;
        combo->setObjectName(m_table->horizontalHeaderItem(column)->text());
        for (const auto& [data, label] : options)
            combo->addItem(label, data);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
        m_table->setCellWidget(row, column, combo);
    }
    m_filling = true;
    combo->setCurrentIndex(combo->findData(value));
    m_filling = false;
}

QString RowTable::choice(int row, int column) const {
    const auto* combo = qobject_cast<const QComboBox*>(m_table->cellWidget(row, column));
    return combo ? combo->currentData().toString() : QString();
}

void RowTable::markCell(int row, int column, const QString& reason) {
    m_filling = true;
    QTableWidgetItem* item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    item->setBackground(kMarkColour);
    item->setToolTip(reason);
    m_filling = false;
}

void RowTable::clearMarks() {
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column = 0; column < m_table->columnCount(); ++column)
            if (QTableWidgetItem* item = m_table->item(row, column)) {
                item->setBackground(QBrush());
                item->setToolTip({});
            }
    m_filling = false;
}

int RowTable::currentRow() const {
    const auto selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.front().row();
}

void RowTable::setCanRemove(bool canRemove) {
    m_remove->setEnabled(canRemove);
}

void RowTable::fitHeight() {
    // Every row visible: the inspector scrolls, not the table.
    const int rows = std::max(1, m_table->rowCount());
    const int height = m_table->horizontalHeader()->sizeHint().height() +
                       rows * m_table->verticalHeader()->defaultSectionSize() +
                       2 * m_table->frameWidth() + 2;
    m_table->setFixedHeight(height);
}

} // namespace studio::widgets
