#include "CalcCommand.h"

#include "Console.h"
#include "estimate/CalculationReport.h"
#include "estimate/CalculatorRegistry.h"

#include <QCommandLineParser>
#include <QFile>

#include <string>
#include <utility>
#include <vector>

namespace studio::app {

namespace {

namespace estimate = core::estimate;

const QString kJson = QStringLiteral("json");
const QString kList = QStringLiteral("list");

// A bad command line, said as CommandLine says it.
int usageError(const QString& message) {
    return printUsageError(QStringLiteral("calc"), message);
}

void printLines(const std::vector<std::string>& lines) {
    for (const std::string& line : lines)
        printOut(QString::fromStdString(line));
}

void printJson(const nlohmann::json& json) {
    // A key may hold bytes that are not UTF-8 (calc slot hashes them as given).
    printOut(
        QString::fromStdString(json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)));
}

// The bytes of `argument` as the shell passed them. Qt decodes the command line as text,
// turning bytes that are not UTF-8 into U+FFFD; calc slot must hash a key's own bytes
// (Redis does), so read them back from the process's command line where the system keeps
// it (Linux), matching the argument Qt decoded.
std::string argumentBytes(const QString& argument) {
    const std::string decoded = argument.toStdString();
    if (!argument.contains(QChar::ReplacementCharacter))
        return decoded;
#ifdef __linux__
    QFile commandLine(QStringLiteral("/proc/self/cmdline"));
    if (commandLine.open(QIODevice::ReadOnly))
        for (const QByteArray& raw : commandLine.readAll().split('\0'))
            if (QString::fromLocal8Bit(raw) == argument)
                return raw.toStdString();
#endif
    return decoded;
}

const estimate::CalculatorSpec* calculatorNamed(const QString& name) {
    return estimate::findCalculator(name.toStdString());
}

QString unknownCalculator(const QString& name) {
    return QStringLiteral("unknown calculator '%1' (expected: %2)")
        .arg(name, QString::fromStdString(estimate::calculatorNames()));
}

int runList(const QCommandLineParser& parser, const QStringList& arguments) {
    const estimate::CalculatorSpec* only = nullptr;
    if (arguments.size() > 1)
        return usageError(QStringLiteral("--list takes at most a NAME, no KEY=VALUE"));
    if (!arguments.isEmpty()) {
        only = calculatorNamed(arguments.first());
        if (!only)
            return usageError(unknownCalculator(arguments.first()));
    }
    if (parser.isSet(kJson))
        printJson(estimate::calculatorListJson(only));
    else
        printLines(estimate::calculatorListText(only));
    return kExitOk;
}

int runCalc(const QCommandLineParser& parser, const QStringList& arguments) {
    if (parser.isSet(kList))
        return runList(parser, arguments);
    if (arguments.isEmpty())
        return usageError(
            QStringLiteral("missing NAME (run 'sdstudio calc --list' for the calculators)"));
    const estimate::CalculatorSpec* calculator = calculatorNamed(arguments.first());
    if (!calculator)
        return usageError(unknownCalculator(arguments.first()));
    std::vector<std::pair<std::string, std::string>> given;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0)
            return usageError(QStringLiteral("expected KEY=VALUE, got '%1'").arg(argument));
        const std::string bytes = argumentBytes(argument);
        const std::size_t split = bytes.find('=');
        given.emplace_back(bytes.substr(0, split), bytes.substr(split + 1));
    }
    const auto result = estimate::runCalculator(*calculator, given);
    if (!result.ok()) {
        for (const core::Problem& problem : result.problems())
            printErr(printable(QString::fromStdString(problem.text())));
        return kExitFailed;
    }
    if (parser.isSet(kJson))
        printJson(estimate::calculationJson(result.value()));
    else
        printLines(estimate::calculationText(result.value()));
    return kExitOk;
}

} // namespace

Command calcCommand() {
    Command command;
    command.name = QStringLiteral("calc");
    command.summary = QStringLiteral("Back-of-envelope calculators (see calc --list).");
    command.arguments = {QStringLiteral("NAME"), QStringLiteral("KEY=VALUE...")};
    command.required = 0; // `calc --list` needs no NAME
    command.repeatsLast = true;
    command.configure = [](QCommandLineParser& parser) {
        parser.addOption(QCommandLineOption(kJson, QStringLiteral("Print the result as JSON.")));
        parser.addOption(QCommandLineOption(
            kList, QStringLiteral("List the calculators (or only NAME) and their keys.")));
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QStringLiteral("The calculator: traffic, storage, ... (see "
                                                    "--list). An unknown NAME exits 2."));
        parser.addPositionalArgument(
            QStringLiteral("KEY=VALUE"),
            QStringLiteral("Its inputs as people write them: dau=10M bytes_per_action=1KB "
                           "days=365 series=99.9%,99.9%. Units are SI (1 KB = 1000 B; KiB, MiB, "
                           "GiB are binary); a key that counts reads 2B as two billion, a size "
                           "as two bytes. A bad value exits 1 with one KEY: MESSAGE line a "
                           "problem."));
    };
    command.run = runCalc;
    return command;
}

} // namespace studio::app
