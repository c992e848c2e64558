#include "widgets/commands/AutoLayoutCommand.h"

#include "document/LayoutEdits.h"

#include <QCoreApplication>

namespace studio::widgets {

AutoLayoutCommand::AutoLayoutCommand(core::DesignDocument& document,
                                     const std::vector<std::string>& ids)
    : DesignCommand(document, core::edits::autoLayout(document.design(), ids),
                    ids.empty() ? QCoreApplication::translate("Commands", "Auto-Layout")
                                : QCoreApplication::translate("Commands", "Auto-Layout %n item(s)",
                                                              nullptr, pluralCount(ids.size()))) {}

} // namespace studio::widgets
