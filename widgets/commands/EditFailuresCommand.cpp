#include "widgets/commands/EditFailuresCommand.h"

#include <QCoreApplication>

namespace studio::widgets {

namespace {

QString commandText(EditFailuresCommand::Action action) {
    switch (action) {
    case EditFailuresCommand::Action::Schedule:
        return QCoreApplication::translate("Commands", "Schedule failure");
    case EditFailuresCommand::Action::Move:
        return QCoreApplication::translate("Commands", "Move failure");
    case EditFailuresCommand::Action::Resize:
        return QCoreApplication::translate("Commands", "Resize failure");
    case EditFailuresCommand::Action::Edit:
        return QCoreApplication::translate("Commands", "Edit failure");
    case EditFailuresCommand::Action::Remove:
        break;
    }
    return QCoreApplication::translate("Commands", "Remove failure");
}

// Through the design-properties change, as EditDesignCommand: only the timeline differs.
core::ChangeSet failuresChange(const core::Design& design,
                               std::vector<core::FailureEvent> failures) {
    core::Design after = design;
    after.failures = std::move(failures);
    core::ChangeSet changes;
    if (after.failures != design.failures)
        changes.recordDesignProperties(design, after);
    return changes;
}

} // namespace

EditFailuresCommand::EditFailuresCommand(core::DesignDocument& document,
                                         std::vector<core::FailureEvent> after, Action action)
    : DesignCommand(document, failuresChange(document.design(), std::move(after)),
                    commandText(action)) {
    setObsolete(isEmpty());
}

} // namespace studio::widgets
