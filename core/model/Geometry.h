#pragma once

namespace studio::core {

// Canvas coordinates in scene units (1 unit = 1 pixel at 100% zoom); y grows downwards.
struct Point {
    double x = 0;
    double y = 0;

    bool operator==(const Point&) const = default;
};

struct Rect {
    double x = 0; // left
    double y = 0; // top
    double width = 0;
    double height = 0;

    bool operator==(const Rect&) const = default;
};

} // namespace studio::core
