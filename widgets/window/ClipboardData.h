#pragma once

#include "model/Design.h"

#include <optional>

class QMimeData;

namespace studio::widgets {

// The clipboard carries a piece of a design in the file format, under its own mime type
// and as plain text (so it pastes into an editor as JSON, and JSON text pastes back).
inline constexpr const char* kDesignMimeType = "application/x-sdstudio-design";

// New mime data holding `fragment` (the caller, usually QClipboard, takes ownership).
QMimeData* toMimeData(const core::Design& fragment);

// The design in `data`, from our mime type or from text that parses as a design; nothing
// when neither is there or it does not parse.
std::optional<core::Design> fromMimeData(const QMimeData* data);

} // namespace studio::widgets
