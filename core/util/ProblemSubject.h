#pragma once

#include <string>
#include <utility>

namespace studio::core {

// What a problem is about, in the design's terms rather than the text of its place: an item
// by id, and where inside it. Callers compare subjects instead of rebuilding place strings.
struct ProblemSubject {
    enum class Kind : unsigned char {
        Unknown, // the producer does not say (solver, simulator, library, templates)
        Design,  // the design or its file as a whole
        Component,
        Link,
        Zone,
    };

    Kind kind = Kind::Unknown;
    // The component's, link's or zone's id (empty when the item has none); empty for the design.
    std::string id;
    // The part of the problem's text place inside the item: `workload.classes[1]` of
    // `components[3] "api".workload.classes[1]`; empty at the item itself. For the design,
    // the whole text place (`requirements.non_functional`).
    std::string path;
    // The key at `path` that the message is about, when it names one: `mix`,
    // `properties.instances` (the validator reports properties at the component).
    std::string key;

    static ProblemSubject design() { return {Kind::Design, {}, {}, {}}; }
    static ProblemSubject component(std::string id) {
        return {Kind::Component, std::move(id), {}, {}};
    }
    static ProblemSubject link(std::string id) { return {Kind::Link, std::move(id), {}, {}}; }
    static ProblemSubject zone(std::string id) { return {Kind::Zone, std::move(id), {}, {}}; }

    // The field inside the item: `workload.rate`, `properties.instances`; empty for the
    // item as a whole.
    std::string field() const {
        if (path.empty() || key.empty())
            return path + key;
        return path + "." + key;
    }

    // About the same item (or both about the design), whatever the field.
    bool sameItem(const ProblemSubject& other) const {
        return kind != Kind::Unknown && kind == other.kind && id == other.id;
    }

    bool operator==(const ProblemSubject&) const = default;
};

} // namespace studio::core
