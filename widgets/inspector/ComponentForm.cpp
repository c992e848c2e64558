#include "widgets/inspector/ComponentForm.h"

#include "widgets/base/ComponentSummary.h"
#include "widgets/base/KindIcons.h"
#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/help/KindWhatsThis.h"
#include "widgets/inspector/PropertyFields.h"
#include "widgets/inspector/ServiceEditor.h"
#include "widgets/inspector/WorkloadEditor.h"

#include "model/DisplayName.h"

#include <QFormLayout>
#include <QLabel>

namespace studio::widgets {

using core::Component;

ComponentForm::ComponentForm(StudioDocument* document, std::vector<std::string> ids,
                             QWidget* parent)
    : InspectorForm(document, parent)
    , m_ids(std::move(ids)) {
    setObjectName(QStringLiteral("componentForm"));
    const auto commit = [this](const Binder::Mutation& mutate, FieldRow* row, const QString& what) {
        return m_committer.editComponents(m_ids, mutate, row, what);
    };
    m_binder = new Binder(
        this, [this] { return components(); }, commit);

    const auto shown = components();
    if (shown.empty())
        return;
    const core::KindSpec* kind = document->catalog().find(shown.front()->kind);
    updateHeading();
    addIdentity(kind);
    if (kind && !kind->properties.empty()) {
        QFormLayout* properties = addSection(tr("Properties"), QStringLiteral("properties"));
        for (const auto& spec : kind->properties)
            PropertyFields::add(*m_binder, properties, spec);
    }
    if (kind && kind->station)
        ServiceEditor::add(*m_binder, addSection(tr("Service time"), QStringLiteral("service")),
                           document, m_ids.size() == 1);
    if (kind && kind->source && m_ids.size() == 1) {
        QFormLayout* section = addSection(tr("Workload"), QStringLiteral("workload"));
        m_workload = new WorkloadEditor(document, m_ids.front(), commit);
        section->addRow(m_workload);
    }
    finish();
    refresh();
}

std::vector<const Component*> ComponentForm::components() const {
    std::vector<const Component*> shown;
    for (const auto& id : m_ids) {
        const Component* component = m_document->design().findComponent(id);
        if (!component)
            return {};
        shown.push_back(component);
    }
    return shown;
}

void ComponentForm::addIdentity(const core::KindSpec* kind) {
    QFormLayout* section = addSection(tr("Component"), QStringLiteral("component"));
    Binder& b = *m_binder;
    if (m_ids.size() == 1)
        b.readOnly(section, QStringLiteral("id"), tr("Id"),
                   tr("Unique and stable; links refer to the component by it."),
                   [](const Component& c) { return QString::fromStdString(c.id); });
    FieldRow* kindRow =
        b.readOnly(section, QStringLiteral("kind"), tr("Kind"),
                   kind ? catalogText(kind->description) : QString(),
                   [kind](const Component& c) { return ComponentSummary::kindLabel(c, kind); });
    if (kind)
        kindRow->editor()->setWhatsThis(kindWhatsThis(*kind));
    b.text(section, QStringLiteral("name"), tr("Name"), tr("Shown on the canvas."),
           [](Component& c) -> std::string& { return c.name; });
    b.readOnly(section, QStringLiteral("zone"), tr("Zone"),
               tr("The zone the component sits in; move it on the canvas to change it."),
               [this](const Component& c) {
                   if (c.zone.empty())
                       return tr("none");
                   return QString::fromStdString(core::nameAndId(m_document->design(), c.zone));
               });
}

void ComponentForm::updateHeading() {
    const auto shown = components();
    if (shown.empty())
        return;
    const Component& first = *shown.front();
    const core::KindSpec* kind = m_document->catalog().find(first.kind);
    const QString kindLabel = ComponentSummary::kindLabel(first, kind);
    if (shown.size() == 1)
        setHeading(kindIcon(QString::fromStdString(first.kind)),
                   QString::fromStdString(core::displayName(first)), kindLabel);
    else
        setHeading(kindIcon(QString::fromStdString(first.kind)),
                   tr("%1 components").arg(shown.size()), kindLabel);
}

bool ComponentForm::refresh() {
    if (components().empty())
        return false;
    updateHeading();
    m_binder->refresh();
    if (m_workload)
        m_workload->refresh();
    return true;
}

} // namespace studio::widgets
