#include "widgets/commands/DesignCommand.h"

namespace studio::widgets {

DesignCommand::DesignCommand(core::DesignDocument& document, core::ChangeSet changes,
                             const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_changes(std::move(changes)) {
    setObsolete(m_changes.empty());
}

void DesignCommand::redo() {
    m_changes.apply(m_document);
}

void DesignCommand::undo() {
    m_changes.revert(m_document);
}

} // namespace studio::widgets
