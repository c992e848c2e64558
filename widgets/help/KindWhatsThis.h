#pragma once

#include "catalog/KindSpec.h"

#include <QString>

namespace studio::widgets {

// What "What is this?" shows for a component kind, as rich text in the current language: its
// name, its one line and the seed's longer explanation (core::kindExplanation).
QString kindWhatsThis(const core::KindSpec& kind);

} // namespace studio::widgets
