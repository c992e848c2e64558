#pragma once

namespace studio::widgets {

// The longest side of an exported PNG, in pixels: a bigger request gets a lower scale.
inline constexpr int kMaxImageSide = 8192;

// The empty border around an exported design, in scene units (pixels at scale 1).
inline constexpr double kExportMargin = 24;

// How a PNG export is drawn.
struct PngOptions {
    double scale = 2;         // image pixels per scene unit (1, 2 or 4 from the dialog)
    bool transparent = false; // otherwise a white background
};

enum class ExportFormat { Png, Svg, Pdf };

// What the studio's export dialog asks for.
struct ExportChoice {
    PngOptions png;             // PNG exports only
    bool selectionOnly = false; // the selection (with the links between it) or the whole design
};

} // namespace studio::widgets
