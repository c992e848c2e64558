#include "widgets/canvas/LinkRouter.h"

#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/LinkGeometry.h"
#include "widgets/canvas/items/LinkItem.h"

#include <algorithm>
#include <set>
#include <utility>

namespace studio::widgets {

namespace {
constexpr double kParallelSpacing = 20; // scene units between links joining the same boxes

std::pair<std::string, std::string> ordered(const std::string& a, const std::string& b) {
    return a <= b ? std::pair(a, b) : std::pair(b, a);
}
} // namespace

LinkRouter::LinkRouter(const DesignScene& scene)
    : m_scene(scene) {}

void LinkRouter::clear() {
    m_ends.clear();
    m_byComponent.clear();
}

void LinkRouter::addLink(const std::string& id, const std::string& from, const std::string& to) {
    removeLink(id);
    m_ends[id] = {from, to};
    m_byComponent[from].push_back(id);
    if (to != from)
        m_byComponent[to].push_back(id);
}

void LinkRouter::removeLink(const std::string& id) {
    const auto it = m_ends.find(id);
    if (it == m_ends.end())
        return;
    for (const std::string* end : {&it->second.from, &it->second.to}) {
        auto links = m_byComponent.find(*end);
        if (links == m_byComponent.end())
            continue;
        std::erase(links->second, id);
        if (links->second.empty())
            m_byComponent.erase(links);
    }
    m_ends.erase(it);
}

std::pair<std::string, std::string> LinkRouter::ends(const std::string& id) const {
    const auto it = m_ends.find(id);
    if (it == m_ends.end())
        return {};
    return {it->second.from, it->second.to};
}

std::vector<std::string>
LinkRouter::linksTouching(const std::vector<std::string>& componentIds) const {
    std::vector<std::string> links;
    for (const auto& component : componentIds) {
        const auto it = m_byComponent.find(component);
        if (it != m_byComponent.end())
            links.insert(links.end(), it->second.begin(), it->second.end());
    }
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    return links;
}

void LinkRouter::route(const std::vector<std::string>& linkIds) const {
    std::set<std::pair<std::string, std::string>> bundles;
    for (const auto& id : linkIds) {
        const auto it = m_ends.find(id);
        if (it != m_ends.end())
            bundles.insert(ordered(it->second.from, it->second.to));
    }
    for (const auto& [a, b] : bundles)
        routeBundle(a, b);
}

void LinkRouter::routeAround(const std::vector<std::string>& componentIds) const {
    route(linksTouching(componentIds));
}

void LinkRouter::routeAll() const {
    std::set<std::pair<std::string, std::string>> bundles;
    for (const auto& [id, ends] : m_ends)
        bundles.insert(ordered(ends.from, ends.to));
    for (const auto& [a, b] : bundles)
        routeBundle(a, b);
}

void LinkRouter::routeBundle(const std::string& a, const std::string& b) const {
    // Every link joining a and b, whichever way it points, in a stable order (by id).
    std::vector<const std::string*> bundle;
    if (const auto it = m_byComponent.find(a); it != m_byComponent.end())
        for (const auto& id : it->second) {
            const Ends& ends = m_ends.at(id);
            if (ordered(ends.from, ends.to) == std::pair(a, b))
                bundle.push_back(&id);
        }
    std::sort(bundle.begin(), bundle.end(),
              [](const std::string* x, const std::string* y) { return *x < *y; });

    const ComponentItem* first = m_scene.componentItem(a);
    const ComponentItem* second = m_scene.componentItem(b);
    // Bent links go their own way; the straight ones are spread side by side.
    std::vector<LinkItem*> straight;
    for (const std::string* id : bundle) {
        LinkItem* item = m_scene.linkItem(*id);
        if (!item)
            continue;
        const Ends& ends = m_ends.at(*id);
        if (first && second && ends.from != ends.to && !item->bends().isEmpty())
            routeBent(*item, *m_scene.componentItem(ends.from), *m_scene.componentItem(ends.to));
        else
            straight.push_back(item);
    }
    const double count = static_cast<double>(straight.size());
    for (std::size_t i = 0; i < straight.size(); ++i) {
        LinkItem* item = straight[i];
        if (!first || !second) {
            item->setLine({}); // a dangling link (an invalid design): nothing to draw
            continue;
        }
        const Ends& ends = m_ends.at(item->id());
        if (ends.from == ends.to) {
            item->setLoop(first->sceneBox());
            continue;
        }
        const double offset = (static_cast<double>(i) - (count - 1) / 2) * kParallelSpacing;
        const bool forward = ends.from == a;
        const ComponentItem* from = forward ? first : second;
        const ComponentItem* to = forward ? second : first;
        item->setLine(linkLine(from->sceneBox(), to->sceneBox(), forward ? offset : -offset,
                               from->cornerRadius(), to->cornerRadius()));
    }
}

void LinkRouter::routeBent(LinkItem& item, const ComponentItem& from, const ComponentItem& to) {
    const QPolygonF bends = item.bends();
    const QRectF fromBox = from.sceneBox();
    const QRectF toBox = to.sceneBox();
    QPolygonF route;
    route << roundedRectExitPoint(fromBox, from.cornerRadius(), fromBox.center(), bends.first())
          << bends << roundedRectExitPoint(toBox, to.cornerRadius(), toBox.center(), bends.last());
    item.setRoute(route);
}

} // namespace studio::widgets
