#include "ValidateCommand.h"

#include "Console.h"
#include "format/DesignFile.h"

#include <QCommandLineParser>
#include <QFile>

namespace studio::app {

namespace {

QString counted(std::size_t count, const QString& one, const QString& many) {
    return QString::number(count) + u' ' + (count == 1 ? one : many);
}

int runValidate(const QCommandLineParser&, const QStringList& arguments) {
    const QString& file = arguments.first();
    const auto result = core::loadDesignFile(QFile::encodeName(file).toStdString());
    if (!result.ok())
        return printProblems(file, result.problems());
    const core::Design& design = result.value();
    printOut(
        QStringLiteral("%1: valid design \"%2\" (%3, %4)")
            .arg(printable(file), printable(QString::fromStdString(design.name)),
                 counted(design.components.size(), QStringLiteral("component"),
                         QStringLiteral("components")),
                 counted(design.links.size(), QStringLiteral("link"), QStringLiteral("links"))));
    return kExitOk;
}

} // namespace

Command validateCommand() {
    Command command;
    command.name = QStringLiteral("validate");
    command.summary = QStringLiteral("Check a design file and list every problem in it.");
    command.arguments = {QStringLiteral("FILE")};
    command.required = 1;
    command.configure = [](QCommandLineParser& parser) {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("The design file (JSON) to check."));
    };
    command.run = runValidate;
    return command;
}

} // namespace studio::app
