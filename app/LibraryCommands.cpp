#include "LibraryCommands.h"

#include "Console.h"
#include "LibraryLocation.h"

#include "widgets/export/ExportFile.h"

#include "format/DesignFile.h"
#include "library/Library.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <optional>

namespace studio::app {

namespace {

using Json = nlohmann::ordered_json;

const QString kDb = QStringLiteral("db");
const QString kJson = QStringLiteral("json");
const QString kName = QStringLiteral("name");
const QString kOutput = QStringLiteral("output");

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

std::string path(const QString& file) {
    return QFile::encodeName(file).toStdString();
}

void addDbOption(QCommandLineParser& parser) {
    parser.addOption(QCommandLineOption(
        kDb,
        QStringLiteral("The library file (default: library.sqlite in the studio's data "
                       "folder, created if missing)."),
        QStringLiteral("PATH")));
}

int usageError(const QString& command, const QString& message) {
    return printUsageError(command, message);
}

void printProblems(const core::Problems& problems, const QString& prefix = {}) {
    for (const core::Problem& problem : problems)
        printErr(prefix + text(problem.text()));
}

// Opens the library `--db` names or the default one. A missing file is created only where
// that is what the person asked for (`create`, or the default library); a read-only or newer
// library opens with its notice on standard error.
std::optional<core::Library> openLibrary(const QCommandLineParser& parser, bool create) {
    QString file = parser.value(kDb);
    if (!parser.isSet(kDb)) {
        file = defaultLibraryPath();
        create = true;
        if (file.isEmpty()) {
            printErr(QStringLiteral("no folder for the studio's library; give one with --db PATH"));
            return std::nullopt;
        }
    }
    core::LibraryOptions options;
    if (!create && !QFileInfo::exists(file))
        options.mode = core::LibraryMode::ReadOnly; // reports the missing file
    core::Result<core::Library> library = core::Library::open(path(file), options);
    if (!library.ok()) {
        printProblems(library.problems());
        return std::nullopt;
    }
    if (library.value().notice())
        printErr(QStringLiteral("warning: ") + text(library.value().notice()->format()));
    return std::move(library).value();
}

// A name as one line of the listing: control characters (a newline in a name kept by an
// older studio) shown escaped, so no name can fake a row.
QString oneLine(const QString& name) {
    QString line;
    for (const QChar c : name) {
        if (c == u'\n')
            line += QStringLiteral("\\n");
        else if (c == u'\r')
            line += QStringLiteral("\\r");
        else if (c == u'\t')
            line += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            line += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QChar(u'0'));
        else
            line += c;
    }
    return line;
}

QString isoTime(core::UnixMs ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

int runList(const QCommandLineParser& parser, const QStringList&) {
    std::optional<core::Library> library = openLibrary(parser, false);
    if (!library)
        return kExitFailed;
    const auto entries = library->list();
    if (!entries.ok()) {
        printProblems(entries.problems());
        return kExitFailed;
    }
    if (parser.isSet(kJson)) {
        Json designs = Json::array();
        for (const core::LibraryEntry& entry : entries.value())
            designs.push_back(
                {{"id", entry.id},
                 {"name", entry.name},
                 {"template", entry.templateId.empty() ? Json() : Json(entry.templateId)},
                 {"created", isoTime(entry.created).toStdString()},
                 {"updated", isoTime(entry.updated).toStdString()},
                 {"revision", entry.revision},
                 {"components", entry.componentCount},
                 {"thumbnail", entry.hasThumbnail}});
        const Json out = {{"library", library->path()}, {"designs", designs}};
        printOut(text(out.dump(2)));
        return kExitOk;
    }
    if (entries.value().empty()) {
        printOut(QStringLiteral("No designs in %1").arg(text(library->path())));
        return kExitOk;
    }
    printOut(QStringLiteral("%1  %2  %3  %4  %5")
                 .arg(QStringLiteral("ID").rightJustified(6),
                      QStringLiteral("Updated (UTC)").leftJustified(19),
                      QStringLiteral("Components"), QStringLiteral("Template").leftJustified(22),
                      QStringLiteral("Name")));
    for (const core::LibraryEntry& entry : entries.value())
        printOut(QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(QString::number(entry.id).rightJustified(6),
                          QDateTime::fromMSecsSinceEpoch(entry.updated, Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          QString::number(entry.componentCount).rightJustified(10),
                          text(entry.templateId.empty() ? "-" : entry.templateId).leftJustified(22),
                          oneLine(text(entry.name))));
    return kExitOk;
}

int runImport(const QCommandLineParser& parser, const QStringList& arguments) {
    const QString& file = arguments.first();
    // Checked as `sdstudio validate` checks it, before the library is touched.
    const auto design = core::loadDesignFile(path(file));
    if (!design.ok()) {
        printProblems(design.problems(), file + QStringLiteral(": "));
        return kExitFailed;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        printErr(QStringLiteral("%1: cannot open: %2").arg(file, in.errorString()));
        return kExitFailed;
    }
    const QByteArray json = in.readAll();
    std::optional<core::Library> library = openLibrary(parser, true);
    if (!library)
        return kExitFailed;
    const auto added = library->add(json.toStdString(), parser.value(kName).toStdString());
    if (!added.ok()) {
        printProblems(added.problems());
        return kExitFailed;
    }
    const auto entry = library->entry(added.value());
    printOut(QStringLiteral("imported %1 as design %2 \"%3\" into %4")
                 .arg(file, QString::number(added.value()),
                      entry.ok() ? text(entry.value().name) : QString(), text(library->path())));
    return kExitOk;
}

int runExport(const QCommandLineParser& parser, const QStringList& arguments) {
    const QString command = QStringLiteral("library export");
    bool isNumber = false;
    const qlonglong id = arguments.first().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return usageError(command, QStringLiteral("ID must be a design's id (a whole number "
                                                  "above 0, see 'sdstudio library list'), got "
                                                  "'%1'")
                                       .arg(arguments.first()));
    const QString output = parser.value(kOutput);
    if (output.isEmpty())
        return usageError(command, QStringLiteral("missing -o FILE"));
    std::optional<core::Library> library = openLibrary(parser, false);
    if (!library)
        return kExitFailed;
    const auto json = library->load(id);
    if (!json.ok()) {
        printProblems(json.problems());
        return kExitFailed;
    }
    // Written beside the target and renamed over it (a failure leaves an earlier file intact);
    // a target that is a device, a pipe or a folder is refused, as every export does.
    if (const QString error =
            widgets::writeExportFile(output, QByteArray::fromStdString(json.value()));
        !error.isEmpty()) {
        printErr(error);
        return kExitFailed;
    }
    printOut(QStringLiteral("exported design %1 to %2").arg(QString::number(id), output));
    return kExitOk;
}

} // namespace

Command libraryListCommand() {
    Command command;
    command.name = QStringLiteral("library list");
    command.summary = QStringLiteral("List the designs in the library, latest change first.");
    command.configure = [](QCommandLineParser& parser) {
        addDbOption(parser);
        parser.addOption(QCommandLineOption(kJson, QStringLiteral("Print JSON.")));
    };
    command.run = runList;
    return command;
}

Command libraryImportCommand() {
    Command command;
    command.name = QStringLiteral("library import");
    command.summary = QStringLiteral("Add a design file to the library (it must validate).");
    command.arguments = {QStringLiteral("FILE")};
    command.required = 1;
    command.configure = [](QCommandLineParser& parser) {
        addDbOption(parser);
        parser.addOption(QCommandLineOption(
            kName, QStringLiteral("The design's name in the library (default: its own)."),
            QStringLiteral("NAME")));
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("The design file (JSON) to add."));
    };
    command.run = runImport;
    return command;
}

Command libraryExportCommand() {
    Command command;
    command.name = QStringLiteral("library export");
    command.summary = QStringLiteral("Write a design of the library to a file.");
    command.arguments = {QStringLiteral("ID")};
    command.required = 1;
    command.configure = [](QCommandLineParser& parser) {
        addDbOption(parser);
        parser.addOption(QCommandLineOption({QStringLiteral("o"), kOutput},
                                            QStringLiteral("The design file to write."),
                                            QStringLiteral("FILE")));
        parser.addPositionalArgument(
            QStringLiteral("ID"), QStringLiteral("The design's id (see 'sdstudio library list')."));
    };
    command.run = runExport;
    return command;
}

} // namespace studio::app
