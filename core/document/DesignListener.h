#pragma once

#include "document/DesignChanges.h"

#include <string>

namespace studio::core {

// What a DesignDocument tells its views after each change. Ids name the thing changed;
// read its new state from the document. Default implementations ignore the event.
class DesignListener {
public:
    virtual ~DesignListener() = default;

    virtual void componentAdded(const std::string& /*id*/) {}
    virtual void componentRemoved(const std::string& /*id*/) {}
    virtual void componentChanged(const std::string& /*id*/) {}
    virtual void linkAdded(const std::string& /*id*/) {}
    virtual void linkRemoved(const std::string& /*id*/) {}
    virtual void linkChanged(const std::string& /*id*/) {}
    virtual void zoneAdded(const std::string& /*id*/) {}
    virtual void zoneRemoved(const std::string& /*id*/) {}
    virtual void zoneChanged(const std::string& /*id*/) {}
    // Name, description, estimation, requirements, notes, assumptions or failures changed.
    virtual void designPropertiesChanged() {}
    // Everything may have changed (a new design was loaded). No designChanged follows.
    virtual void designReset() {}
    // Once per edit, after the item notifications above: everything the edit changed. An
    // edit is a ChangeSet applied or reverted, or one primitive called on its own.
    virtual void designChanged(const DesignChanges& /*changes*/) {}
};

} // namespace studio::core
