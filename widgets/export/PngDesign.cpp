#include "PngDesign.h"

#include "format/DesignJson.h"
#include "format/Validator.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace studio::widgets {

namespace {

constexpr const char* kContext = "Validation";
const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

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
    return file.open(QIODevice::ReadOnly) && file.read(kPngSignature.size()) == kPngSignature;
}

core::Result<core::Design> loadDesignPng(const QString& path, const core::Catalog& catalog) {
    const QFileInfo info(path);
    if (!info.exists())
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot open: no such file"));
    if (info.isDir())
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "is a directory, not a design file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot open: %1"),
                           {file.errorString().toStdString()});
    if (file.read(kPngSignature.size()) != kPngSignature)
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "is not a PNG image"));
    file.seek(0);

    QImageReader reader(&file, "png");
    const QString key = QString::fromLatin1(kPngDesignKey);
    QString text = reader.text(key); // chunks before the image data
    // Decoding the whole image finds a file cut short even when its design chunk survived.
    const QImage image = reader.read();
    if (image.isNull())
        return fileProblem(
            SDS_TRANSLATE_NOOP("Validation", "is a damaged or truncated PNG image: %1"),
            {reader.errorString().toStdString()});
    if (text.isEmpty())
        text = image.text(key); // chunks after the image data
    if (text.isEmpty())
        return fileProblem(SDS_TRANSLATE_NOOP(
            "Validation", "holds no design: only PNG images exported by System Design Studio "
                          "carry one"));
    core::Result<core::Design> design = core::designFromJson(text.toStdString(), catalog);
    if (!design)
        return design;
    core::Problems problems = core::validateDesign(design.value(), catalog);
    if (!problems.empty())
        return problems;
    return design;
}

} // namespace studio::widgets
