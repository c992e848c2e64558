#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace studio::widgets {

class ComponentItem;
class DesignScene;
class LinkItem;

// Puts link items on the line between their components' boxes (as the items stand now, so a
// drag preview routes too), parallel links between the same two boxes side by side; a link
// with bends goes from box edge to box edge through them. Keeps an
// index of which links touch which component, so moving one component re-routes only its
// links.
class LinkRouter {
public:
    explicit LinkRouter(const DesignScene& scene);

    void clear();
    void addLink(const std::string& id, const std::string& from, const std::string& to);
    void removeLink(const std::string& id);
    // Both ends of the link: empty strings for an unknown id.
    std::pair<std::string, std::string> ends(const std::string& id) const;

    // The links starting or ending at any of the components, each once.
    std::vector<std::string> linksTouching(const std::vector<std::string>& componentIds) const;

    // Routes these links together with every link parallel to one of them.
    void route(const std::vector<std::string>& linkIds) const;
    void routeAround(const std::vector<std::string>& componentIds) const;
    void routeAll() const;

private:
    struct Ends {
        std::string from;
        std::string to;
    };
    void routeBundle(const std::string& a, const std::string& b) const;
    // From the edge of `from` through the link's bends to the edge of `to`.
    static void routeBent(LinkItem& item, const ComponentItem& from, const ComponentItem& to);

    const DesignScene& m_scene;
    std::unordered_map<std::string, Ends> m_ends;
    std::unordered_map<std::string, std::vector<std::string>> m_byComponent;
};

} // namespace studio::widgets
