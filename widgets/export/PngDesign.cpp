#include "PngDesign.h"

#include "format/DesignJson.h"
#include "format/PngChunks.h"
#include "format/Validator.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace studio::widgets {

namespace {

constexpr const char* kContext = "Validation";
const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);
// As much as a design file may hold (core/format/DesignFile.cpp): any design that saves reopens.
constexpr std::size_t kMaxPngDesignBytes = 64u << 20;

core::Problem fileProblem(const char* templ, std::vector<std::string> args = {}) {
    return core::makeProblem({}, kContext, templ, std::move(args));
}

} // namespace

void embedDesign(QImage& image, const core::Design& design) {
    image.setText(QString::fromLatin1(kPngDesignKey),
                  QString::fromStdString(core::designToJson(design)));
}

bool isPngFile(const QString& path) {
    QFile file(path);
    // Opening a pipe would wait for a writer.
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) &&
           file.read(kPngSignature.size()) == kPngSignature;
}

core::Result<core::Design> loadDesignPng(const QString& path, const core::Catalog& catalog) {
    const QFileInfo info(path);
    if (!info.exists())
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot open: no such file"));
    if (info.isDir())
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "is a directory, not a design file"));
    if (!info.isFile())
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "is not a regular file"));
    std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
    if (!in)
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot open: %1"),
                           {std::strerror(errno)});
    // The chunks are walked, the pixels never decoded: no image is too large to reopen.
    const auto text = core::readPngText(in, kPngDesignKey, kMaxPngDesignBytes);
    if (!text)
        return text.problems();
    if (!text.value())
        return fileProblem(SDS_TRANSLATE_NOOP(
            "Validation", "holds no design: only PNG images exported by System Design Studio "
                          "carry one"));
    core::Result<core::Design> design = core::designFromJson(*text.value(), catalog);
    if (!design)
        return design;
    core::Problems problems = core::validateDesign(design.value(), catalog);
    if (!problems.empty())
        return problems;
    return design;
}

} // namespace studio::widgets
