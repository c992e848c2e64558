#include "ExportCommand.h"

#include "Console.h"

#include "widgets/export/DesignExport.h"
#include "widgets/export/ExportFile.h"

#include "format/AnyDesignFile.h"
#include "format/DesignFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace studio::app {

namespace {

const QString kPng = QStringLiteral("png");
const QString kSvg = QStringLiteral("svg");
const QString kPdf = QStringLiteral("pdf");
const QString kJson = QStringLiteral("json");
const QString kScale = QStringLiteral("scale");
const QString kTransparent = QStringLiteral("transparent");

int usageError(const QString& message) {
    return printUsageError(QStringLiteral("export"), message);
}

int runExport(const QCommandLineParser& parser, const QStringList& arguments) {
    QStringList formats;
    for (const QString& format : {kPng, kSvg, kPdf, kJson})
        if (parser.isSet(format))
            formats.append(format);
    if (formats.isEmpty())
        return usageError(QStringLiteral("missing one of --png, --svg, --pdf or --json OUT"));
    if (formats.size() > 1)
        return usageError(QStringLiteral("give one output format, not --%1")
                              .arg(formats.join(QStringLiteral(" and --"))));
    const QString format = formats.first();
    if (format != kPng && (parser.isSet(kScale) || parser.isSet(kTransparent)))
        return usageError(QStringLiteral("--scale and --transparent apply to --png only"));
    widgets::PngOptions options;
    if (parser.isSet(kScale)) {
        const QString scale = parser.value(kScale);
        if (scale != u"1" && scale != u"2" && scale != u"4")
            return usageError(QStringLiteral("--scale must be 1, 2 or 4, not \"%1\"").arg(scale));
        options.scale = scale.toInt();
    }
    options.transparent = parser.isSet(kTransparent);
    const QString out = parser.value(format);
    if (out.isEmpty())
        return usageError(QStringLiteral("--%1 needs a file name").arg(format));

    const QString& file = arguments.first();
    const auto loaded = core::loadDesignAnyFile(QFile::encodeName(file).toStdString());
    if (!loaded.ok())
        return printProblems(file, loaded.problems());
    const core::Design& design = loaded.value().design;
    QString error;
    if (format == kPng) {
        error = widgets::writePng(design, out, options);
    } else if (format == kSvg) {
        error = widgets::writeSvg(design, out);
    } else if (format == kPdf) {
        error = widgets::writePdf(design, out);
    } else if (const QFileInfo target(out); target.exists() && !target.isFile()) {
        error = widgets::cannotWriteExport(out, QStringLiteral("is not a regular file"));
    } else {
        for (const core::Problem& problem :
             core::saveDesignFile(design, QFile::encodeName(out).toStdString()))
            error += (error.isEmpty() ? QString() : QStringLiteral("\n")) + out +
                     QStringLiteral(": ") + QString::fromStdString(problem.text());
    }
    if (!error.isEmpty()) {
        printErr(error);
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace

Command exportCommand() {
    Command command;
    command.name = QStringLiteral("export");
    command.summary = QStringLiteral("Export a design as PNG (design inside), SVG, PDF or JSON.");
    command.arguments = {QStringLiteral("FILE")};
    command.required = 1;
    command.runtime = Runtime::Offscreen;
    command.configure = [](QCommandLineParser& parser) {
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QStringLiteral("The design file (JSON), or a PNG exported with its design inside."));
        const QString out = QStringLiteral("OUT");
        parser.addOption(QCommandLineOption(
            kPng, QStringLiteral("Write a PNG image that carries the design."), out));
        parser.addOption(QCommandLineOption(kSvg, QStringLiteral("Write an SVG drawing."), out));
        parser.addOption(QCommandLineOption(kPdf, QStringLiteral("Write a PDF page."), out));
        parser.addOption(
            QCommandLineOption(kJson, QStringLiteral("Write the design file (JSON)."), out));
        parser.addOption(QCommandLineOption(
            kScale,
            QStringLiteral("PNG pixels per canvas unit: 1, 2 (default) or 4; lowered to keep "
                           "the longer side within 8192 pixels."),
            QStringLiteral("N")));
        parser.addOption(QCommandLineOption(
            kTransparent, QStringLiteral("Leave the PNG's background transparent.")));
    };
    command.run = runExport;
    return command;
}

} // namespace studio::app
