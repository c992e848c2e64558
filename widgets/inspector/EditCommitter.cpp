#include "inspector/EditCommitter.h"

#include "StudioDocument.h"
#include "Translation.h"
#include "commands/DesignCommands.h"
#include "format/Validator.h"
#include "inspector/FieldRow.h"

#include <QStringList>

#include <set>

namespace studio::widgets {

namespace {

bool isInside(const std::string& place, const std::string& prefix) {
    return place.compare(0, prefix.size(), prefix) == 0 &&
           (place.size() == prefix.size() || place[prefix.size()] == '.');
}

const std::string* placeFor(const core::Problem& problem, const std::vector<std::string>& places) {
    for (const auto& place : places)
        if (isInside(problem.place, place))
            return &place;
    return nullptr;
}

template <class Item>
std::string indexedPlace(const char* list, const std::vector<Item>& items, const std::string& id,
                         bool quoteId) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) {
            std::string place = std::string(list) + "[" + std::to_string(i) + "]";
            return quoteId && !id.empty() ? place + " \"" + id + "\"" : place;
        }
    return {};
}

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

std::string EditCommitter::componentPlace(const core::Design& design, const std::string& id) {
    return indexedPlace("components", design.components, id, true);
}

std::string EditCommitter::linkPlace(const core::Design& design, const std::string& id) {
    return indexedPlace("links", design.links, id, false);
}

std::string EditCommitter::zonePlace(const core::Design& design, const std::string& id) {
    return indexedPlace("zones", design.zones, id, true);
}

core::Problems EditCommitter::newProblems(const core::Design& before, const core::Design& after,
                                          const std::vector<std::string>& places) const {
    std::multiset<std::string> old;
    for (const auto& problem : core::validateDesign(before, m_document->catalog()))
        if (placeFor(problem, places))
            old.insert(problem.text());
    core::Problems added;
    for (auto& problem : core::validateDesign(after, m_document->catalog())) {
        if (!placeFor(problem, places))
            continue;
        if (const auto it = old.find(problem.text()); it != old.end())
            old.erase(it);
        else
            added.push_back(std::move(problem));
    }
    return added;
}

QString EditCommitter::describe(const core::Problems& problems,
                                const std::vector<std::string>& places) {
    // Parts of a place that only say which object a field is in, already clear at the field.
    static const std::set<std::string> plain = {"workload", "service", "retry", "breaker",
                                                "non_functional"};
    QStringList lines;
    for (const auto& problem : problems) {
        std::string inner;
        if (const std::string* place = placeFor(problem, places);
            place && problem.place.size() > place->size())
            inner = problem.place.substr(place->size() + 1);
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

bool EditCommitter::accept(const core::Design& after, const std::vector<std::string>& places,
                           FieldRow* row) {
    const core::Problems problems = newProblems(m_document->design(), after, places);
    if (row) {
        if (problems.empty())
            row->clearError();
        else
            row->setError(describe(problems, places));
    }
    return problems.empty();
}

bool EditCommitter::editComponents(const std::vector<std::string>& ids,
                                   const std::function<void(core::Component&)>& mutate,
                                   FieldRow* row, const QString& what) {
    const core::Design& design = m_document->design();
    core::Design after = design;
    std::vector<std::string> places;
    std::vector<core::Component> changed;
    for (const auto& id : ids) {
        core::Component* component = after.findComponent(id);
        if (!component)
            return false;
        places.push_back(componentPlace(design, id));
        mutate(*component);
        if (!(*component == *design.findComponent(id)))
            changed.push_back(*component);
    }
    if (changed.empty()) {
        if (row)
            row->clearError();
        return true;
    }
    if (!accept(after, places, row))
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
    if (!accept(after, {linkPlace(design, id)}, row))
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
    if (!accept(after, {zonePlace(design, id)}, row))
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
    if (!accept(after, {"estimation", "requirements"}, row))
        return false;
    m_document->push(new EditDesignCommand(m_document->model(), after, what));
    return true;
}

} // namespace studio::widgets
