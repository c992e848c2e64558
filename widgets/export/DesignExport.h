#pragma once

#include "widgets/export/ExportOptions.h"

#include "model/Design.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace studio::widgets {

// The compression exported PNGs are written with, on QImageWriter::setCompression's PNG scale
// (0-100; Qt 6.4 turns it into zlib level value * 9 / 91, so 33 is zlib level 3 and -1 Qt's
// default, zlib 6). Chosen with bench/canvas/ExportBench.cpp (BM_PngEncodeLevel, an 8,192 x
// 3,721 drawing): zlib 3 took 0.72 s for 5.9 MB, zlib 1 0.89 s for 6.1 MB, the default 1.09 s
// for 5.6 MB and zlib 9 4.2 s for 5.5 MB.
inline constexpr int kPngCompression = 33;

// The design drawn at options.scale (lowered to fit kMaxImageSide) with the design itself
// in the image's text (PngDesign.h), ready to encode.
QImage exportImage(const core::Design& design, const PngOptions& options);
// `image` as PNG file bytes at kPngCompression, its text chunks included; empty when it
// cannot be encoded.
QByteArray encodePng(const QImage& image);

// Each writes the whole design (pass core::extractFragment for a selection) to `path` with
// writeExportFile (ExportFile.h): through a temporary file, never over a non-regular file.
// Returns an error text naming `path` and why; empty on success.
// `image` (exportImage's, the design in its text) encoded and written to `path`.
QString writePngImage(const QImage& image, const QString& path);
QString writePng(const core::Design& design, const QString& path, const PngOptions& options);
// SVG 1.2 Tiny (QSvgGenerator); one scene unit is one SVG user unit. Component names are
// text elements.
QString writeSvg(const core::Design& design, const QString& path);
// One vector page the size of the design (1 scene unit = 1 point, the page shrunk to fit
// 200 inches at most).
QString writePdf(const core::Design& design, const QString& path);

} // namespace studio::widgets
