#pragma once

// The High-level design phase: the diagram goes on the canvas; here the API sketch
// (endpoints: method, path, request, response) and the data model (entities, the store each
// lives in, its shard key).
#include "practice/PracticeSession.h"

#include <QWidget>

namespace studio::widgets {

class RowTable;

class HighLevelPage : public QWidget {
    Q_OBJECT

public:
    explicit HighLevelPage(QWidget* parent = nullptr);

    void load(const core::practice::PracticeSession& session);
    void store(core::practice::PracticeSession& session) const;

    RowTable* api() const { return m_api; }
    RowTable* dataModel() const { return m_dataModel; }

signals:
    void edited();

private:
    RowTable* m_api;
    RowTable* m_dataModel;
};

} // namespace studio::widgets
