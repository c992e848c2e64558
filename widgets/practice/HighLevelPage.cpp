#include "widgets/practice/HighLevelPage.h"

#include "widgets/inspector/RowTable.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace studio::widgets {

namespace {

using namespace core::practice;

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

std::string text(const QString& s) {
    return s.trimmed().toStdString();
}

// The table's rows that have some text.
std::vector<QStringList> rowsOf(const RowTable* table) {
    std::vector<QStringList> rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList row;
        bool any = false;
        for (int c = 0; c < table->table()->columnCount(); ++c) {
            row << table->text(r, c).trimmed();
            any = any || !row.back().isEmpty();
        }
        if (any)
            rows.push_back(row);
    }
    return rows;
}

void setRows(RowTable* table, const std::vector<QStringList>& rows) {
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r)
        for (int c = 0; c < rows[static_cast<std::size_t>(r)].size(); ++c)
            table->setText(r, c, rows[static_cast<std::size_t>(r)][c]);
}

// Add and Remove on a table whose rows are only text.
void editable(RowTable* table) {
    QObject::connect(table, &RowTable::addRequested, table,
                     [table] { table->setRowCount(table->rowCount() + 1); });
    QObject::connect(table, &RowTable::removeRequested, table, [table](int row) {
        std::vector<QStringList> rows;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (r == row)
                continue;
            QStringList cells;
            for (int c = 0; c < table->table()->columnCount(); ++c)
                cells << table->text(r, c);
            rows.push_back(cells);
        }
        setRows(table, rows);
        emit table->edited();
    });
}

} // namespace

HighLevelPage::HighLevelPage(QWidget* parent)
    : QWidget(parent)
    , m_api(new RowTable(QStringLiteral("practiceApi"),
                         {tr("Method"), tr("Path"), tr("Request"), tr("Response")}, this))
    , m_dataModel(new RowTable(QStringLiteral("practiceDataModel"),
                               {tr("Entity"), tr("Store"), tr("Shard key")}, this)) {
    editable(m_api);
    editable(m_dataModel);
    m_api->setToolTip(tr("For example: POST /shorten {long_url} -> {short_url}"));
    m_dataModel->setToolTip(tr("For example: url, in the URL database, sharded by short_id"));
    auto* hint = new QLabel(tr("Draw the components and their links on the canvas: clients, "
                               "the entry point, services, data stores, caches, queues."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(new QLabel(tr("API"), this));
    layout->addWidget(m_api, 1);
    layout->addWidget(new QLabel(tr("Data model"), this));
    layout->addWidget(m_dataModel, 1);
    connect(m_api, &RowTable::edited, this, &HighLevelPage::edited);
    connect(m_dataModel, &RowTable::edited, this, &HighLevelPage::edited);
}

void HighLevelPage::load(const PracticeSession& session) {
    std::vector<QStringList> api;
    for (const Endpoint& e : session.api)
        api.push_back({text(e.method), text(e.path), text(e.request), text(e.response)});
    setRows(m_api, api);
    std::vector<QStringList> entities;
    for (const Entity& e : session.dataModel)
        entities.push_back({text(e.name), text(e.store), text(e.shardKey)});
    setRows(m_dataModel, entities);
}

void HighLevelPage::store(PracticeSession& session) const {
    session.api.clear();
    for (const QStringList& r : rowsOf(m_api))
        session.api.push_back({text(r[0]), text(r[1]), text(r[2]), text(r[3])});
    session.dataModel.clear();
    for (const QStringList& r : rowsOf(m_dataModel))
        session.dataModel.push_back({text(r[0]), text(r[1]), text(r[2])});
}

} // namespace studio::widgets
