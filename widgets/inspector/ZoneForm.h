#pragma once

#include "widgets/inspector/FieldBinder.h"
#include "widgets/inspector/InspectorForm.h"

#include "model/Zone.h"

#include <string>

namespace studio::widgets {

// One zone: its name and kind; its id and parent are shown (the canvas changes nesting).
class ZoneForm : public InspectorForm {
    Q_OBJECT

public:
    ZoneForm(StudioDocument* document, std::string id, QWidget* parent = nullptr);

    bool refresh() override;

private:
    using Binder = FieldBinder<core::Zone>;

    const core::Zone* zone() const;
    QString kindLabel(core::ZoneKind kind) const;

    std::string m_id;
    Binder* m_binder;
};

} // namespace studio::widgets
