#include "widgets/inspector/EditCommitter.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/inspector/FieldRow.h"

#include "format/Validator.h"

#include <QStringList>

#include <set>

namespace studio::widgets {

namespace {

// The same item but for its name: a rename, which has its own command.
template <class Item> bool onlyRenamed(const Item& before, Item after) {
    if (after.name == before.name)
        return false;
    after.name = before.name;
    return after == before;
}

} // namespace

EditCommitter::EditCommitter(StudioDocument* document)
    : m_document(document) {}

core::Problems EditCommitter::newProblems(const core::Design& before, const core::Design& after,
                                          const std::vector<core::ProblemSubject>& items) const {
    const core::Catalog& catalog = m_document->catalog();
    return core::addedProblems(core::validateDesign(before, catalog),
                               core::validateDesign(after, catalog), items);
}

QString EditCommitter::describe(const core::Problems& problems) {
    // Parts of a place that only say which object a field is in, already clear at the field
    // (the design's own fields are in `estimation` and `requirements.non_functional`).
    static const std::set<std::string> plain = {
        "workload", "service", "retry", "breaker", "non_functional", "estimation", "requirements"};
    QStringList lines;
    for (const auto& problem : problems) {
        std::string inner = problem.about.path;
        while (!inner.empty()) {
            const auto dot = inner.find('.');
            if (!plain.count(inner.substr(0, dot)))
                break;
            inner = dot == std::string::npos ? std::string() : inner.substr(dot + 1);
        }
        const QString message = translatedMessage(problem.message);
        lines.append(inner.empty()
                         ? message
                         : QString::fromStdString(inner) + QStringLiteral(": ") + message);
    }
    return lines.join(QLatin1Char('\n'));
}

bool EditCommitter::accept(const core::Design& after,
                           const std::vector<core::ProblemSubject>& items, FieldRow* row) {
    const core::Problems problems = newProblems(m_document->design(), after, items);
    if (row) {
        if (problems.empty())
            row->clearError();
        else
            row->setError(describe(problems));
    }
    return problems.empty();
}

bool EditCommitter::editComponents(const std::vector<std::string>& ids,
                                   const std::function<void(core::Component&)>& mutate,
                                   FieldRow* row, const QString& what) {
    const core::Design& design = m_document->design();
    core::Design after = design;
    std::vector<core::ProblemSubject> items;
    std::vector<core::Component> changed;
    for (const auto& id : ids) {
        core::Component* component = after.findComponent(id);
        if (!component)
            return false;
        items.push_back(core::ProblemSubject::component(id));
        mutate(*component);
        if (!(*component == *design.findComponent(id)))
            changed.push_back(*component);
    }
    if (changed.empty()) {
        if (row)
            row->clearError();
        return true;
    }
    if (!accept(after, items, row))
        return false;

    core::DesignDocument& model = m_document->model();
    const auto commandFor = [&](const core::Component& component) -> QUndoCommand* {
        const core::Component& before = *design.findComponent(component.id);
        if (onlyRenamed(before, component))
            return new RenameCommand(model, component.id, component.name);
        return new EditComponentCommand(model, component, what);
    };
    if (changed.size() == 1) {
        m_document->push(commandFor(changed.front()));
        return true;
    }
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(tr("Set %1 of %2 components").arg(what).arg(changed.size()));
    for (const auto& component : changed)
        m_document->push(commandFor(component));
    stack->endMacro();
    return true;
}

bool EditCommitter::editLink(const std::string& id, const std::function<void(core::Link&)>& mutate,
                             FieldRow* row, const QString& what) {
    const core::Design& design = m_document->design();
    const core::Link* before = design.findLink(id);
    if (!before)
        return false;
    core::Design after = design;
    core::Link* link = nullptr;
    for (auto& candidate : after.links)
        if (candidate.id == id)
            link = &candidate;
    mutate(*link);
    if (*link == *before) {
        if (row)
            row->clearError();
        return true;
    }
    if (!accept(after, {core::ProblemSubject::link(id)}, row))
        return false;
    m_document->push(new EditLinkCommand(m_document->model(), *link, what));
    return true;
}

bool EditCommitter::editZone(const std::string& id, const std::function<void(core::Zone&)>& mutate,
                             FieldRow* row, const QString& what) {
    const core::Design& design = m_document->design();
    const core::Zone* before = design.findZone(id);
    if (!before)
        return false;
    core::Design after = design;
    core::Zone* zone = nullptr;
    for (auto& candidate : after.zones)
        if (candidate.id == id)
            zone = &candidate;
    mutate(*zone);
    if (*zone == *before) {
        if (row)
            row->clearError();
        return true;
    }
    if (!accept(after, {core::ProblemSubject::zone(id)}, row))
        return false;
    if (onlyRenamed(*before, *zone))
        m_document->push(new RenameCommand(m_document->model(), id, zone->name));
    else
        m_document->push(new EditZoneCommand(m_document->model(), *zone, what));
    return true;
}

bool EditCommitter::editDesign(const std::function<void(core::Design&)>& mutate, FieldRow* row,
                               const QString& what) {
    const core::Design& design = m_document->design();
    core::Design after = design;
    mutate(after);
    if (after == design) {
        if (row)
            row->clearError();
        return true;
    }
    if (!accept(after, {core::ProblemSubject::design()}, row))
        return false;
    m_document->push(new EditDesignCommand(m_document->model(), after, what));
    return true;
}

} // namespace studio::widgets
