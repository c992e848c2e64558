#include "widgets/commands/DesignCommands.h"

#include "model/DisplayName.h"

#include <QCoreApplication>

namespace studio::widgets {

namespace edits = core::edits;

namespace {

QString nameOf(const core::Design& design, const std::string& id) {
    return QString::fromStdString(core::displayName(design, id));
}

core::ChangeSet edited(const core::Design& design, auto after) {
    core::ChangeSet changes;
    changes.recordChange(design, std::move(after));
    return changes;
}

QString bendText(BendCommand::Action action) {
    switch (action) {
    case BendCommand::Action::Add:
        return QCoreApplication::translate("Commands", "Add bend point");
    case BendCommand::Action::Move:
        return QCoreApplication::translate("Commands", "Move bend point");
    case BendCommand::Action::Remove:
        break;
    }
    return QCoreApplication::translate("Commands", "Remove bend point");
}

} // namespace

AddComponentCommand::AddComponentCommand(core::DesignDocument& document, core::Component component)
    : DesignCommand(document, edits::addComponent(document.design(), component),
                    QCoreApplication::translate("Commands", "Add %1")
                        .arg(QString::fromStdString(component.name))) {}

DeleteCommand::DeleteCommand(core::DesignDocument& document, const Ids& ids)
    : DesignCommand(document, edits::deleteItems(document.design(), ids),
                    ids.size() == 1
                        ? QCoreApplication::translate("Commands", "Delete %1")
                              .arg(nameOf(document.design(), ids[0]))
                        : QCoreApplication::translate("Commands", "Delete %n item(s)", nullptr,
                                                      pluralCount(ids.size()))) {}

MoveCommand::MoveCommand(core::DesignDocument& document, const Ids& ids, double dx, double dy,
                         bool nudge)
    : DesignCommand(document, edits::moveItems(document.design(), ids, dx, dy),
                    ids.size() == 1 ? QCoreApplication::translate("Commands", "Move %1")
                                          .arg(nameOf(document.design(), ids[0]))
                                    : QCoreApplication::translate("Commands", "Move %n item(s)",
                                                                  nullptr, pluralCount(ids.size())))
    , m_ids(ids)
    , m_nudge(nudge) {}

int MoveCommand::id() const {
    return static_cast<int>(m_nudge ? MergeId::Nudge : MergeId::None);
}

bool MoveCommand::mergeWith(const QUndoCommand* other) {
    const auto* move = static_cast<const MoveCommand*>(other);
    return move->m_ids == m_ids && m_changes.absorb(move->m_changes);
}

ResizeCommand::ResizeCommand(core::DesignDocument& document, const std::string& id, core::Rect rect)
    : DesignCommand(
          document, edits::setRect(document.design(), id, rect),
          QCoreApplication::translate("Commands", "Resize %1").arg(nameOf(document.design(), id))) {
}

RenameCommand::RenameCommand(core::DesignDocument& document, const std::string& id,
                             const std::string& name)
    : DesignCommand(
          document, edits::rename(document.design(), id, name),
          QCoreApplication::translate("Commands", "Rename %1").arg(nameOf(document.design(), id))) {
}

ConnectCommand::ConnectCommand(core::DesignDocument& document, const std::string& from,
                               const std::string& to)
    : DesignCommand(document, edits::connect(document.design(), from, to),
                    QCoreApplication::translate("Commands", "Connect %1 to %2")
                        .arg(nameOf(document.design(), from), nameOf(document.design(), to))) {}

ReconnectCommand::ReconnectCommand(core::DesignDocument& document, const std::string& linkId,
                                   edits::LinkEnd end, const std::string& componentId)
    : DesignCommand(document, edits::reconnect(document.design(), linkId, end, componentId),
                    QCoreApplication::translate("Commands", "Reconnect link to %1")
                        .arg(nameOf(document.design(), componentId))) {}

BendCommand::BendCommand(core::DesignDocument& document, const std::string& linkId,
                         std::vector<core::Point> bends, Action action)
    : DesignCommand(document, edits::setBends(document.design(), linkId, std::move(bends)),
                    bendText(action)) {}

StraightenCommand::StraightenCommand(core::DesignDocument& document, const Ids& linkIds)
    : DesignCommand(document, edits::straighten(document.design(), linkIds),
                    QCoreApplication::translate("Commands", "Straighten %n link(s)", nullptr,
                                                pluralCount(linkIds.size()))) {}

PasteCommand::PasteCommand(core::DesignDocument& document, const core::Design& fragment, double dx,
                           double dy, bool duplicate)
    : DesignCommand(document, edits::paste(document.design(), fragment, dx, dy),
                    duplicate ? QCoreApplication::translate(
                                    "Commands", "Duplicate %n item(s)", nullptr,
                                    pluralCount(fragment.components.size() + fragment.zones.size()))
                              : QCoreApplication::translate("Commands", "Paste %n item(s)", nullptr,
                                                            pluralCount(fragment.components.size() +
                                                                        fragment.zones.size()))) {}

GroupCommand::GroupCommand(core::DesignDocument& document, const Ids& ids, core::ZoneKind kind,
                           const std::string& name)
    : DesignCommand(document, edits::group(document.design(), ids, kind, name),
                    QCoreApplication::translate("Commands", "Group %n item(s)", nullptr,
                                                pluralCount(ids.size()))) {}

UngroupCommand::UngroupCommand(core::DesignDocument& document, const std::string& zoneId)
    : DesignCommand(document, edits::ungroup(document.design(), zoneId),
                    QCoreApplication::translate("Commands", "Ungroup %1")
                        .arg(nameOf(document.design(), zoneId))) {}

AlignCommand::AlignCommand(core::DesignDocument& document, const Ids& ids,
                           edits::Alignment alignment)
    : DesignCommand(document, edits::align(document.design(), ids, alignment),
                    QCoreApplication::translate("Commands", "Align %n item(s)", nullptr,
                                                pluralCount(ids.size()))) {}

DistributeCommand::DistributeCommand(core::DesignDocument& document, const Ids& ids,
                                     edits::Axis axis)
    : DesignCommand(document, edits::distribute(document.design(), ids, axis),
                    QCoreApplication::translate("Commands", "Distribute %n item(s)", nullptr,
                                                pluralCount(ids.size()))) {}

EditComponentCommand::EditComponentCommand(core::DesignDocument& document, core::Component after,
                                           const QString& what)
    : DesignCommand(document, edited(document.design(), after),
                    QCoreApplication::translate("Commands", "Set %1 of %2")
                        .arg(what, nameOf(document.design(), after.id))) {}

EditLinkCommand::EditLinkCommand(core::DesignDocument& document, core::Link after,
                                 const QString& what)
    : DesignCommand(document, edited(document.design(), after),
                    QCoreApplication::translate("Commands", "Set %1 of link %2")
                        .arg(what, QString::fromStdString(after.id))) {}

EditZoneCommand::EditZoneCommand(core::DesignDocument& document, core::Zone after,
                                 const QString& what)
    : DesignCommand(document, edited(document.design(), after),
                    QCoreApplication::translate("Commands", "Set %1 of %2")
                        .arg(what, nameOf(document.design(), after.id))) {}

EditDesignCommand::EditDesignCommand(core::DesignDocument& document, const core::Design& after,
                                     const QString& what)
    : DesignCommand(
          document,
          [&] {
              core::ChangeSet changes;
              changes.recordDesignProperties(document.design(), after);
              return changes;
          }(),
          QCoreApplication::translate("Commands", "Set %1").arg(what)) {}

} // namespace studio::widgets
