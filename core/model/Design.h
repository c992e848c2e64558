#pragma once

#include "model/Component.h"
#include "model/Estimation.h"
#include "model/FailureEvent.h"
#include "model/Link.h"
#include "model/Requirements.h"
#include "model/Zone.h"

#include <string>
#include <vector>

namespace studio::core {

// A free-form note about the design: a trade-off, a decision, an open question.
struct Note {
    std::string title;
    std::string text;

    bool operator==(const Note&) const = default;
};

// A figure the design assumes rather than takes from a source, and why.
struct Assumption {
    std::string subject; // what it is about, e.g. "estimation.dau" or "components.cache"
    std::string text;

    bool operator==(const Assumption&) const = default;
};

// A whole design: the value the canvas edits, the file stores and the solvers read.
// Ids are unique across components, links and zones.
struct Design {
    std::string name;
    std::string description; // the prompt: what the system is for
    std::vector<Component> components;
    std::vector<Link> links;
    std::vector<Zone> zones;
    Estimation estimation;
    Requirements requirements;
    std::vector<Note> notes;
    std::vector<Assumption> assumptions;
    std::vector<FailureEvent> failures; // the failure timeline the simulator runs

    const Component* findComponent(const std::string& id) const;
    Component* findComponent(const std::string& id);
    const Link* findLink(const std::string& id) const;
    const Zone* findZone(const std::string& id) const;

    bool operator==(const Design&) const = default;
};

} // namespace studio::core
