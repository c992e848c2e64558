#pragma once

#include <QString>

#include <optional>

namespace studio::widgets {

// Sizes in bytes with SI prefixes, as the studio counts them everywhere (1 KB = 1,000 B).

// A size as a field shows it while nobody edits it: 4 significant digits and the largest
// prefix under it ("16 GB", "1.5 KB", "512 B"), in the locale's notation.
QString compactBytes(double bytes);

// A size in full, as a person edits it: the largest prefix that still reads back to exactly
// `bytes` ("16 GB", "16.000000001 GB"), else plain bytes ("1,234,567 B").
QString exactBytes(double bytes);

// A size a person typed: a number as parseNumber() reads it, optionally followed by a unit
// ("16 GB", "16GB", "1.5 KiB", "512 B", "16e9"); plain numbers are bytes. Nothing for text
// that is not a size.
std::optional<double> parseBytes(const QString& text);

} // namespace studio::widgets
