#pragma once

#include "widgets/inspector/FieldBinder.h"

#include "model/Component.h"

#include <QWidget>

#include <string>

class QFormLayout;
class QPushButton;

namespace studio::widgets {

class FieldRow;
class StudioDocument;

// The workload of one client: open (rate, peak factor) or closed (population, think time),
// the timeout, the request classes and the retry policy. A client without a workload sends no
// traffic: the editor then offers to add one.
class WorkloadEditor : public QWidget {
    Q_OBJECT

public:
    using Binder = FieldBinder<core::Component>;

    WorkloadEditor(StudioDocument* document, std::string componentId, Binder::Commit commit,
                   QWidget* parent = nullptr);

    void refresh();

private:
    const core::Component* component() const;
    void setWorkload(bool present);

    StudioDocument* m_document;
    std::string m_id;
    Binder::Commit m_commit;
    Binder* m_binder;
    QWidget* m_none;
    QWidget* m_fields;
    QFormLayout* m_form;
    FieldRow* m_rate = nullptr;
    FieldRow* m_peakFactor = nullptr;
    FieldRow* m_population = nullptr;
    FieldRow* m_thinkTime = nullptr;
};

} // namespace studio::widgets
