#include "TemplatesCommand.h"

#include "CommandSuggestion.h"
#include "Console.h"
#include "format/DesignFile.h"
#include "templates/BuiltinTemplates.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace studio::app {

namespace {

const QString kJson = QStringLiteral("json");
const QString kTemplate = QStringLiteral("template");
const QString kOutput = QStringLiteral("output");
const QString kForce = QStringLiteral("force");

QString text(const std::string& utf8) {
    return QString::fromStdString(utf8);
}

// Embedded templates that failed to parse: the build's tests keep this empty, but a
// broken one is never skipped silently.
bool reportBrokenTemplates() {
    for (const core::Problem& problem : core::builtinTemplateProblems())
        printErr(QStringLiteral("templates/") + text(problem.text()));
    return core::builtinTemplateProblems().empty();
}

int runTemplates(const QCommandLineParser& parser, const QStringList&) {
    const auto& templates = core::builtinTemplates();
    if (parser.isSet(kJson)) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const core::Template& t : templates)
            list.push_back(
                {{"id", t.id}, {"title", t.title}, {"summary", t.summary}, {"order", t.order}});
        printOut(text(list.dump(2)));
    } else {
        qsizetype idWidth = 0;
        qsizetype titleWidth = 0;
        for (const core::Template& t : templates) {
            idWidth = std::max(idWidth, text(t.id).size());
            titleWidth = std::max(titleWidth, text(t.title).size());
        }
        for (const core::Template& t : templates)
            printOut(text(t.id).leftJustified(idWidth + 2) +
                     text(t.title).leftJustified(titleWidth + 2) + text(t.summary));
    }
    return reportBrokenTemplates() ? kExitOk : kExitFailed;
}

QStringList knownIds() {
    QStringList ids;
    for (const core::Template& t : core::builtinTemplates())
        ids.append(text(t.id));
    return ids;
}

} // namespace

QString unknownTemplateMessage(const QString& id) {
    const QStringList known = knownIds();
    const QString closest = closestName(id, known);
    const QString list = known.join(QStringLiteral(", "));
    if (closest.isEmpty())
        return QStringLiteral("unknown template '%1' (known: %2)").arg(id, list);
    return QStringLiteral("unknown template '%1'; did you mean '%2'? (known: %3)")
        .arg(id, closest, list);
}

namespace {

int usageError(const QString& message) {
    return printUsageError(QStringLiteral("new"), message);
}

int runNew(const QCommandLineParser& parser, const QStringList&) {
    if (!parser.isSet(kTemplate))
        return usageError(QStringLiteral("missing --template ID (see 'sdstudio templates')"));
    if (!parser.isSet(kOutput))
        return usageError(QStringLiteral("missing -o FILE"));
    const QString id = parser.value(kTemplate);
    const QString file = parser.value(kOutput);
    const core::Template* found = core::findTemplate(id.toStdString());
    if (!found) // a usage error, as an unknown calculator is
        return usageError(unknownTemplateMessage(id));
    if (QFileInfo::exists(file) && !parser.isSet(kForce)) {
        printErr(QStringLiteral("%1: already exists; give --force to overwrite it").arg(file));
        return kExitFailed;
    }
    const core::Problems problems =
        core::saveDesignFile(found->design, QFile::encodeName(file).toStdString());
    for (const core::Problem& problem : problems)
        printErr(file + QStringLiteral(": ") + text(problem.text()));
    if (!problems.empty())
        return kExitFailed;
    printOut(QStringLiteral("%1: new design \"%2\" from template %3 (%4 components, %5 links)")
                 .arg(file, text(found->design.name), id)
                 .arg(found->design.components.size())
                 .arg(found->design.links.size()));
    return kExitOk;
}

} // namespace

Command templatesCommand() {
    Command command;
    command.name = QStringLiteral("templates");
    command.summary = QStringLiteral("List the reference templates built into the studio.");
    command.configure = [](QCommandLineParser& parser) {
        parser.addOption(QCommandLineOption(
            kJson, QStringLiteral("Print a JSON list of {id, title, summary, order}.")));
    };
    command.run = runTemplates;
    return command;
}

Command newCommand() {
    Command command;
    command.name = QStringLiteral("new");
    command.summary = QStringLiteral("Write a template's design to a new design file.");
    command.configure = [](QCommandLineParser& parser) {
        parser.addOption(QCommandLineOption(
            kTemplate, QStringLiteral("The template (see 'sdstudio templates')."),
            QStringLiteral("ID")));
        parser.addOption(QCommandLineOption({QStringLiteral("o"), kOutput},
                                            QStringLiteral("The design file to write."),
                                            QStringLiteral("FILE")));
        parser.addOption(
            QCommandLineOption(kForce, QStringLiteral("Overwrite FILE if it exists.")));
    };
    command.run = runNew;
    return command;
}

} // namespace studio::app
