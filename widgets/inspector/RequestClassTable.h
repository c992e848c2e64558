#pragma once

#include "widgets/inspector/FieldBinder.h"

#include "model/Component.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

class QFormLayout;

namespace studio::widgets {

class FieldRow;
class RowTable;

// The request classes of a client's workload as a table: name, mix, operation, request and
// response bytes. Edits commit the whole list, so a mix that breaks the sum of 1 is marked
// and kept in the table until the other mixes make it whole again. Adding and removing a
// class keeps the sum (core's model/RequestMix.h).
class RequestClassTable {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::RequestClassTable)

public:
    using Binder = FieldBinder<core::Component>;

    static FieldRow* add(Binder& binder, QFormLayout* layout);

private:
    static void show(RowTable* table, const std::vector<core::RequestClass>& classes);
    static std::optional<std::vector<core::RequestClass>> read(RowTable* table, FieldRow* row);
};

} // namespace studio::widgets
