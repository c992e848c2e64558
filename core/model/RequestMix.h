#pragma once

#include "model/Workload.h"

#include <cstddef>
#include <vector>

// Adding and removing a workload's request classes so that the mixes keep their sum: what
// they added up to before (1, in a valid design), they add up to after.
namespace studio::core {

// `classes` with a new class at the end: a write of 1,000 bytes answered with 200 bytes,
// named "write", or "class-2", "class-3"... when that name is taken. It takes half of the
// last class's mix; the first class of an empty list takes a mix of 1.
std::vector<RequestClass> withNewClass(std::vector<RequestClass> classes);

// `classes` without the class at `index`, whose mix goes to the first class that stays.
// Unchanged when `index` names no class or the class is the only one.
std::vector<RequestClass> withoutClass(std::vector<RequestClass> classes, std::size_t index);

} // namespace studio::core
