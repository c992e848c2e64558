#pragma once

#include "model/FailureEvent.h"
#include "model/Link.h"
#include "model/Requirements.h"
#include "model/ServiceTime.h"
#include "model/Workload.h"
#include "model/Zone.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace studio::core {

// The snake_case names the file format uses for each enum value.
template <class E> struct EnumName {
    E value;
    const char* name;
};

template <class E> std::span<const EnumName<E>> enumNames();

template <> std::span<const EnumName<LinkMode>> enumNames();
template <> std::span<const EnumName<CallCondition>> enumNames();
template <> std::span<const EnumName<ZoneKind>> enumNames();
template <> std::span<const EnumName<WorkloadType>> enumNames();
template <> std::span<const EnumName<Operation>> enumNames();
template <> std::span<const EnumName<Distribution>> enumNames();
template <> std::span<const EnumName<Consistency>> enumNames();
template <> std::span<const EnumName<FailureKind>> enumNames();
template <> std::span<const EnumName<CrashMode>> enumNames();

template <class E> const char* toString(E value) {
    for (const auto& entry : enumNames<E>())
        if (entry.value == value)
            return entry.name;
    return "";
}

template <class E> std::optional<E> parseEnum(std::string_view name) {
    for (const auto& entry : enumNames<E>())
        if (name == entry.name)
            return entry.value;
    return std::nullopt;
}

// "choose, call, handoff": for messages that list what is allowed.
template <class E> std::string enumNameList() {
    std::string out;
    for (const auto& entry : enumNames<E>()) {
        if (!out.empty())
            out += ", ";
        out += entry.name;
    }
    return out;
}

} // namespace studio::core
