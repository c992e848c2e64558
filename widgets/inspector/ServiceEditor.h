#pragma once

#include "widgets/inspector/FieldBinder.h"

#include "model/Component.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <string>

class QFormLayout;

namespace studio::widgets {

class FieldRow;
class RowTable;
class StudioDocument;

// The service-time fields of a station: distribution, mean (seconds), coefficient of
// variation and, for one component, a table of per-request-class service times. Choosing a
// distribution sets a cv it accepts (core::fittingCv).
class ServiceEditor {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::ServiceEditor)

public:
    using Binder = FieldBinder<core::Component>;

    static void add(Binder& binder, QFormLayout* layout, StudioDocument* document, bool perClass);

private:
    static void addClassTable(Binder& binder, QFormLayout* layout, StudioDocument* document);
    static void showClasses(RowTable* table, const core::ServiceSpec& service);
    // Reads the table back; marks unreadable cells on `row` and returns nothing for them.
    static std::optional<std::map<std::string, core::ServiceTime>>
    readClasses(RowTable* table, FieldRow* row, const core::ServiceSpec& current);
};

} // namespace studio::widgets
