#pragma once

#include "widgets/inspector/FieldBinder.h"
#include "widgets/inspector/InspectorForm.h"

#include "model/Link.h"

#include <string>
#include <vector>

class QFormLayout;

namespace studio::widgets {

// One link: its ends, mode, label and classes; the fields of its mode (weight for choose,
// step and condition for call, multiplicity for handoff; the others are hidden, and kept in
// the model); network latency and timeout; the caller's retries and circuit breaker.
class LinkForm : public InspectorForm {
    Q_OBJECT

public:
    LinkForm(StudioDocument* document, std::string id, QWidget* parent = nullptr);

    bool refresh() override;

private:
    using Binder = FieldBinder<core::Link>;

    const core::Link* link() const;
    QString componentName(const std::string& id) const;

    std::string m_id;
    Binder* m_binder;
    QFormLayout* m_main;
    QFormLayout* m_breakerForm;
    FieldRow* m_weight;
    FieldRow* m_step;
    FieldRow* m_when;
    FieldRow* m_multiplicity;
    std::vector<FieldRow*> m_breakerRows;
};

} // namespace studio::widgets
