#include "widgets/inspector/ZoneForm.h"

#include "widgets/base/StudioDocument.h"

#include "model/DisplayName.h"

#include <QFormLayout>

namespace studio::widgets {

using core::Zone;

ZoneForm::ZoneForm(StudioDocument* document, std::string id, QWidget* parent)
    : InspectorForm(document, parent)
    , m_id(std::move(id)) {
    setObjectName(QStringLiteral("zoneForm"));
    m_binder = new Binder(
        this,
        [this]() -> std::vector<const Zone*> {
            const Zone* shown = zone();
            return shown ? std::vector<const Zone*>{shown} : std::vector<const Zone*>{};
        },
        [this](const Binder::Mutation& mutate, FieldRow* row, const QString& what) {
            return m_committer.editZone(m_id, mutate, row, what);
        });
    Binder& b = *m_binder;
    QFormLayout* section = addSection(tr("Zone"), QStringLiteral("zone"));
    b.readOnly(section, QStringLiteral("id"), tr("Id"), tr("Unique and stable."),
               [](const Zone& z) { return QString::fromStdString(z.id); });
    b.text(section, QStringLiteral("name"), tr("Name"), tr("Shown on the canvas."),
           [](Zone& z) -> std::string& { return z.name; });
    std::vector<std::pair<core::ZoneKind, QString>> kinds;
    for (const auto kind : {core::ZoneKind::Region, core::ZoneKind::AvailabilityZone,
                            core::ZoneKind::Vpc, core::ZoneKind::Group})
        kinds.emplace_back(kind, kindLabel(kind));
    b.choice<core::ZoneKind>(
        section, QStringLiteral("kind"), tr("Kind"),
        tr("What the zone stands for; a zone going down takes all its components."),
        [](Zone& z) -> core::ZoneKind& { return z.kind; }, kinds);
    b.readOnly(section, QStringLiteral("parent"), tr("Parent"),
               tr("The zone this one is nested in; move it on the canvas to change it."),
               [this](const Zone& z) {
                   if (z.parent.empty())
                       return tr("none");
                   return QString::fromStdString(core::nameAndId(m_document->design(), z.parent));
               });
    finish();
    refresh();
}

const Zone* ZoneForm::zone() const {
    return m_document->design().findZone(m_id);
}

QString ZoneForm::kindLabel(core::ZoneKind kind) const {
    switch (kind) {
    case core::ZoneKind::Region:
        return tr("region");
    case core::ZoneKind::AvailabilityZone:
        return tr("availability zone");
    case core::ZoneKind::Vpc:
        return tr("VPC");
    case core::ZoneKind::Group:
        return tr("group");
    }
    return {};
}

bool ZoneForm::refresh() {
    const Zone* shown = zone();
    if (!shown)
        return false;
    setHeading({}, QString::fromStdString(core::displayName(*shown)), kindLabel(shown->kind));
    m_binder->refresh();
    return true;
}

} // namespace studio::widgets
