#pragma once

// One command class per user action on the canvas. Each builds its change with the
// Qt-free edit of the same name (core/document/Edits.h) and a translatable text for the
// Edit menu; the work happens in redo().
#include "widgets/commands/DesignCommand.h"

#include "document/Edits.h"

#include <string>
#include <vector>

namespace studio::widgets {

using Ids = std::vector<std::string>;

class AddComponentCommand : public DesignCommand {
public:
    AddComponentCommand(core::DesignDocument& document, core::Component component);
};

class DeleteCommand : public DesignCommand {
public:
    DeleteCommand(core::DesignDocument& document, const Ids& ids);
};

class MoveCommand : public DesignCommand {
public:
    // `nudge`: a keyboard move; consecutive nudges of the same items merge into one step.
    MoveCommand(core::DesignDocument& document, const Ids& ids, double dx, double dy,
                bool nudge = false);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Ids m_ids;
    bool m_nudge;
};

class ResizeCommand : public DesignCommand {
public:
    ResizeCommand(core::DesignDocument& document, const std::string& id, core::Rect rect);
};

class RenameCommand : public DesignCommand {
public:
    RenameCommand(core::DesignDocument& document, const std::string& id, const std::string& name);
};

class ConnectCommand : public DesignCommand {
public:
    ConnectCommand(core::DesignDocument& document, const std::string& from, const std::string& to);
};

class ReconnectCommand : public DesignCommand {
public:
    ReconnectCommand(core::DesignDocument& document, const std::string& linkId,
                     core::edits::LinkEnd end, const std::string& componentId);
};

class BendCommand : public DesignCommand {
public:
    // What the person did, for the Edit menu's text.
    enum class Action { Add, Move, Remove };
    BendCommand(core::DesignDocument& document, const std::string& linkId,
                std::vector<core::Point> bends, Action action);
};

class StraightenCommand : public DesignCommand {
public:
    StraightenCommand(core::DesignDocument& document, const Ids& linkIds);
};

class PasteCommand : public DesignCommand {
public:
    // `duplicate` only changes the Edit menu's text.
    PasteCommand(core::DesignDocument& document, const core::Design& fragment, double dx, double dy,
                 bool duplicate = false);
};

class GroupCommand : public DesignCommand {
public:
    GroupCommand(core::DesignDocument& document, const Ids& ids, core::ZoneKind kind,
                 const std::string& name);
};

class UngroupCommand : public DesignCommand {
public:
    UngroupCommand(core::DesignDocument& document, const std::string& zoneId);
};

class AlignCommand : public DesignCommand {
public:
    AlignCommand(core::DesignDocument& document, const Ids& ids, core::edits::Alignment alignment);
};

class DistributeCommand : public DesignCommand {
public:
    DistributeCommand(core::DesignDocument& document, const Ids& ids, core::edits::Axis axis);
};

// Inspector edits: the whole new value of one component, link or zone, or of the design's
// own properties (estimation, requirements, notes); `what` names the field for the menu.
class EditComponentCommand : public DesignCommand {
public:
    EditComponentCommand(core::DesignDocument& document, core::Component after,
                         const QString& what);
};

class EditLinkCommand : public DesignCommand {
public:
    EditLinkCommand(core::DesignDocument& document, core::Link after, const QString& what);
};

class EditZoneCommand : public DesignCommand {
public:
    EditZoneCommand(core::DesignDocument& document, core::Zone after, const QString& what);
};

class EditDesignCommand : public DesignCommand {
public:
    EditDesignCommand(core::DesignDocument& document, const core::Design& after,
                      const QString& what);
};

} // namespace studio::widgets
