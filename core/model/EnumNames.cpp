#include "model/EnumNames.h"

namespace studio::core {

template <> std::span<const EnumName<LinkMode>> enumNames() {
    static constexpr EnumName<LinkMode> names[] = {
        {LinkMode::Choose, "choose"}, {LinkMode::Call, "call"}, {LinkMode::Handoff, "handoff"}};
    return names;
}

template <> std::span<const EnumName<CallCondition>> enumNames() {
    static constexpr EnumName<CallCondition> names[] = {{CallCondition::Always, "always"},
                                                        {CallCondition::Miss, "miss"},
                                                        {CallCondition::Hit, "hit"}};
    return names;
}

template <> std::span<const EnumName<ZoneKind>> enumNames() {
    static constexpr EnumName<ZoneKind> names[] = {
        {ZoneKind::Region, "region"},
        {ZoneKind::AvailabilityZone, "availability_zone"},
        {ZoneKind::Vpc, "vpc"},
        {ZoneKind::Group, "group"}};
    return names;
}

template <> std::span<const EnumName<WorkloadType>> enumNames() {
    static constexpr EnumName<WorkloadType> names[] = {{WorkloadType::Open, "open"},
                                                       {WorkloadType::Closed, "closed"}};
    return names;
}

template <> std::span<const EnumName<Operation>> enumNames() {
    static constexpr EnumName<Operation> names[] = {{Operation::Read, "read"},
                                                    {Operation::Write, "write"}};
    return names;
}

template <> std::span<const EnumName<Distribution>> enumNames() {
    static constexpr EnumName<Distribution> names[] = {
        {Distribution::Exponential, "exponential"},
        {Distribution::Deterministic, "deterministic"},
        {Distribution::Lognormal, "lognormal"},
        {Distribution::Hyperexponential, "hyperexponential"}};
    return names;
}

template <> std::span<const EnumName<Consistency>> enumNames() {
    static constexpr EnumName<Consistency> names[] = {
        {Consistency::Unspecified, "unspecified"},
        {Consistency::Strong, "strong"},
        {Consistency::Eventual, "eventual"},
        {Consistency::Causal, "causal"},
        {Consistency::ReadYourWrites, "read_your_writes"}};
    return names;
}

template <> std::span<const EnumName<FailureKind>> enumNames() {
    static constexpr EnumName<FailureKind> names[] = {{FailureKind::Down, "down"},
                                                      {FailureKind::Slow, "slow"},
                                                      {FailureKind::Partitioned, "partitioned"},
                                                      {FailureKind::Flushed, "flushed"},
                                                      {FailureKind::ZoneDown, "zone_down"}};
    return names;
}

template <> std::span<const EnumName<CrashMode>> enumNames() {
    static constexpr EnumName<CrashMode> names[] = {{CrashMode::Silent, "silent"},
                                                    {CrashMode::Refuse, "refuse"}};
    return names;
}

} // namespace studio::core
