#include "SimulateCommand.h"

#include "Console.h"
#include "SimulateReport.h"
#include "format/DesignFile.h"
#include "sim/Simulation.h"
#include "solver/Solver.h"

#include <QCommandLineParser>
#include <QFile>

#include <cmath>
#include <optional>

namespace studio::app {

namespace {

const QString kJson = QStringLiteral("json");
const QString kAverage = QStringLiteral("average");
const QString kDuration = QStringLiteral("duration");
const QString kRequests = QStringLiteral("requests");
const QString kWarmup = QStringLiteral("warmup");
const QString kReplications = QStringLiteral("replications");
const QString kThreads = QStringLiteral("threads");
const QString kSeed = QStringLiteral("seed");
const QString kSeriesComponents = QStringLiteral("series-components");
const QString kRandomFailures = QStringLiteral("random-failures");

int usageError(const QString& message) {
    return printUsageError(QStringLiteral("simulate"), message);
}

// The option's value as a number in [low, high], or nullopt after saying what is wrong.
std::optional<double> numberOption(const QCommandLineParser& parser, const QString& name,
                                   double low, double high, bool whole) {
    bool ok = false;
    const QString text = parser.value(name);
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < low || v > high || (whole && v != std::floor(v))) {
        usageError(QStringLiteral("--%1 wants %2 from %3 to %4, not \"%5\"")
                       .arg(name,
                            whole ? QStringLiteral("a whole number") : QStringLiteral("a number"),
                            QString::number(low, 'g', 12), QString::number(high, 'g', 12), text));
        return std::nullopt;
    }
    return v;
}

int runSimulate(const QCommandLineParser& parser, const QStringList& arguments) {
    core::sim::SimulationOptions options;
    if (parser.isSet(kDuration) && parser.isSet(kRequests))
        return usageError(QStringLiteral("give --duration or --requests, not both"));
    if (parser.isSet(kDuration)) {
        const auto v = numberOption(parser, kDuration, 1e-6, 1e12, false);
        if (!v)
            return kExitUsage;
        options.duration = *v;
    }
    if (parser.isSet(kRequests)) {
        const auto v = numberOption(parser, kRequests, 1, 1e12, true);
        if (!v)
            return kExitUsage;
        options.requests = static_cast<std::int64_t>(*v);
    }
    if (parser.isSet(kWarmup)) {
        const auto v = numberOption(parser, kWarmup, 0, 1e12, false);
        if (!v)
            return kExitUsage;
        options.warmup = *v;
    }
    if (parser.isSet(kReplications)) {
        const auto v = numberOption(parser, kReplications, 1, 1000, true);
        if (!v)
            return kExitUsage;
        options.replications = static_cast<int>(*v);
    }
    if (parser.isSet(kThreads)) {
        const auto v = numberOption(parser, kThreads, 1, 256, true);
        if (!v)
            return kExitUsage;
        options.threads = static_cast<int>(*v);
    }
    if (parser.isSet(kSeed)) {
        bool ok = false;
        options.seed = parser.value(kSeed).toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed wants a whole number from 0 to "
                                             "18446744073709551615, not \"%1\"")
                                  .arg(parser.value(kSeed)));
    }
    if (parser.isSet(kSeriesComponents))
        for (const QString& id : parser.value(kSeriesComponents).split(u',', Qt::SkipEmptyParts))
            options.seriesComponents.push_back(id.trimmed().toStdString());
    const bool average = parser.isSet(kAverage);
    options.rates = average ? core::solver::RateBasis::Average : core::solver::RateBasis::Peak;
    options.randomFailures = parser.isSet(kRandomFailures);

    const QString& file = arguments.first();
    const auto loaded = core::loadDesignFile(QFile::encodeName(file).toStdString());
    if (!loaded.ok())
        return printProblems(file, loaded.problems());
    const auto simulated = core::sim::simulateDesign(loaded.value(), options);
    if (!simulated.ok())
        return printProblems(file, simulated.problems());
    const auto estimated = core::solver::solveDesign(loaded.value(), {options.rates});

    SimulateRun run;
    run.design = &loaded.value();
    run.result = &simulated.value();
    run.estimate = estimated.ok() ? &estimated.value() : nullptr;
    run.average = average;
    run.requests = options.duration > 0   ? 0
                   : options.requests > 0 ? options.requests
                                          : core::sim::kDefaultRequests;
    if (parser.isSet(kJson))
        printOut(QString::fromStdString(simulationJson(run).dump(2)));
    else
        printSimulation(run);
    return kExitOk;
}

} // namespace

Command simulateCommand() {
    Command command;
    command.name = QStringLiteral("simulate");
    command.summary = QStringLiteral(
        "Simulate a design (discrete events, replications) beside the analytic estimate.");
    command.arguments = {QStringLiteral("FILE")};
    command.required = 1;
    command.configure = [](QCommandLineParser& parser) {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("The design file (JSON) to simulate."));
        parser.addOption(QCommandLineOption(
            kDuration, QStringLiteral("Simulated seconds per replication."), QStringLiteral("S")));
        parser.addOption(QCommandLineOption(kRequests,
                                            QStringLiteral("Requests per replication (default %1).")
                                                .arg(core::sim::kDefaultRequests),
                                            QStringLiteral("N")));
        parser.addOption(QCommandLineOption(
            kWarmup,
            QStringLiteral("Seconds deleted from the statistics (default: a tenth of the run)."),
            QStringLiteral("S")));
        parser.addOption(QCommandLineOption(kReplications,
                                            QStringLiteral("Independent replications (default 5)."),
                                            QStringLiteral("R")));
        parser.addOption(QCommandLineOption(
            kThreads, QStringLiteral("Worker threads (default: the number of cores)."),
            QStringLiteral("T")));
        parser.addOption(QCommandLineOption(kSeed, QStringLiteral("The run's seed (default 1)."),
                                            QStringLiteral("N")));
        parser.addOption(QCommandLineOption(
            kAverage, QStringLiteral("Use the clients' average rates instead of their peaks.")));
        parser.addOption(QCommandLineOption(
            kSeriesComponents,
            QStringLiteral("Components whose utilisation and queue --json gives over time "
                           "(default: all, in designs of at most 512 queues)."),
            QStringLiteral("ID,ID")));
        parser.addOption(QCommandLineOption(
            kRandomFailures,
            QStringLiteral("Instances fail and come back at random, as their availability and "
                           "mttr say (down for mttr on average)."),
            QString()));
        parser.addOption(QCommandLineOption(kJson, QStringLiteral("Print JSON.")));
    };
    command.run = runSimulate;
    return command;
}

} // namespace studio::app
