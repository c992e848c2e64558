#pragma once

// How busy a component is, in the bands the estimate overlay colours it by.
namespace studio::core {

enum class LoadBand {
    Off,       // no overlay: the kind's own colours
    Neutral,   // overlay on, nothing to show: not a station, no traffic, or no solution
    Low,       // utilisation < 50%
    Moderate,  // 50% <= utilisation < 80%
    High,      // 80% <= utilisation < 100%
    Saturated, // utilisation >= 100%: the queue grows without bound
};
inline constexpr int kLoadBandCount = 6;

// The band of a utilisation (a fraction of the workers busy; >= 1 when saturated). NaN and
// infinity are Saturated: nothing finite to promise.
LoadBand loadBandFor(double utilisation);

} // namespace studio::core
