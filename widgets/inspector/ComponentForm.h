#pragma once

#include "widgets/inspector/FieldBinder.h"
#include "widgets/inspector/InspectorForm.h"

#include "catalog/KindSpec.h"
#include "model/Component.h"

#include <string>
#include <vector>

namespace studio::widgets {

class WorkloadEditor;

// One component, or several of the same kind: its name, every property its kind declares
// (generated from the catalog), its service time and, for a client, its workload. With
// several components a field shows their common value ("mixed" when they differ) and an
// edit applies to all of them as one undo step.
class ComponentForm : public InspectorForm {
    Q_OBJECT

public:
    ComponentForm(StudioDocument* document, std::vector<std::string> ids,
                  QWidget* parent = nullptr);

    bool refresh() override;

private:
    using Binder = FieldBinder<core::Component>;

    std::vector<const core::Component*> components() const;
    void addIdentity(const core::KindSpec* kind);
    void updateHeading();

    std::vector<std::string> m_ids;
    Binder* m_binder;
    WorkloadEditor* m_workload = nullptr;
};

} // namespace studio::widgets
