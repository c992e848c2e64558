#pragma once

#include "model/Design.h"

#include <string>

// What people see for a component or a zone on the canvas, in command names and in messages:
// its name, or its id when the name is empty.
namespace studio::core {

std::string displayName(const Component& component);
std::string displayName(const Zone& zone);
// The display name of the component or zone `id` names in `design`; `id` itself when it
// names neither.
std::string displayName(const Design& design, const std::string& id);
// "name (id)" for the component or zone `id` names, where the name says something the id
// does not; otherwise the id alone. The inspector shows references this way.
std::string nameAndId(const Design& design, const std::string& id);

} // namespace studio::core
