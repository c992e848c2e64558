#pragma once

#include "widgets/inspector/FieldBinder.h"

#include "catalog/PropertySpec.h"
#include "model/Component.h"

#include <QString>

class QFormLayout;

namespace studio::widgets {

class FieldRow;

// The editor of one catalog property, generated from its PropertySpec: a spin box for an
// integer, a number field for a number (a size in bytes with its prefix, "16 GB"), a check box, a
// combo box for a choice, a line (or, for a note's text, several lines) for text; with the spec's
// unit, label, help and range. A value the spec refuses (PropertySpec::check) is marked at the
// field and never committed.
class PropertyFields {
public:
    using Binder = FieldBinder<core::Component>;

    // Adds the row for `spec` to `layout` (the editor's objectName is the property's key).
    static FieldRow* add(Binder& binder, QFormLayout* layout, const core::PropertySpec& spec);

    // A choice as people read it: "round_robin" -> "round robin".
    static QString choiceText(const std::string& choice);
};

} // namespace studio::widgets
