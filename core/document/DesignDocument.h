#pragma once

#include "document/DesignListener.h"
#include "model/Design.h"

#include <cstddef>
#include <string>
#include <vector>

namespace studio::core {

// The design being edited and the listeners that mirror it. Every change goes through one
// of these primitives, which keep the design consistent enough to undo (insert at an
// index, remove returning what was removed, replace by id) and notify each listener.
// Undo commands (widgets/) are built from them. Listeners are not owned.
class DesignDocument {
public:
    explicit DesignDocument(Design design = {});

    const Design& design() const { return m_design; }

    void addListener(DesignListener* listener);
    void removeListener(DesignListener* listener);

    // Replaces the whole design (open, new): listeners get designReset().
    void reset(Design design);

    // Primitives called between beginBatch and endBatch are one edit: listeners hear of each
    // item at once and get one designChanged at the outermost endBatch. Batches nest.
    void beginBatch();
    void endBatch();

    // `index` past the end appends. The id must be new (asserted).
    void insertComponent(Component component, std::size_t index = npos);
    // Removes the component (not its links: remove those first). Returns it and its index.
    std::pair<Component, std::size_t> removeComponent(const std::string& id);
    // Replaces the component with the same id.
    void replaceComponent(const Component& component);

    void insertLink(Link link, std::size_t index = npos);
    std::pair<Link, std::size_t> removeLink(const std::string& id);
    void replaceLink(const Link& link);

    void insertZone(Zone zone, std::size_t index = npos);
    std::pair<Zone, std::size_t> removeZone(const std::string& id);
    void replaceZone(const Zone& zone);

    // Sets name, description, estimation, requirements, notes, assumptions and the failure
    // timeline from `from`, leaving components, links and zones alone.
    void setDesignProperties(const Design& from);

    // Ids of the links that start or end at any of `componentIds`, in design order.
    std::vector<std::string> linksTouching(const std::vector<std::string>& componentIds) const;

    // An id no component, link or zone uses yet (see UniqueId.h).
    std::string uniqueId(const std::string& base) const;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    bool idInUse(const std::string& id) const;
    template <class Event> void notify(Event event);
    // Adds `id` to the pending edit's list and, outside a batch, delivers the edit.
    void record(std::vector<std::string> DesignChanges::*list, const std::string& id);
    void deliverIfDone();

    Design m_design;
    std::vector<DesignListener*> m_listeners;
    DesignChanges m_pending; // what the current edit changed so far
    int m_batchDepth = 0;
};

} // namespace studio::core
