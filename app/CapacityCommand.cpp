#include "CapacityCommand.h"

#include "Console.h"
#include "capacity/CapacityJson.h"
#include "capacity/FindCapacity.h"
#include "estimate/Quantity.h"
#include "format/DesignFile.h"
#include "util/ReadableNumber.h"

#include <QCommandLineParser>
#include <QFile>

#include <cmath>
#include <optional>

namespace studio::app {

namespace {

using namespace core::capacity;
using core::estimate::Dimension;

const QString kP99 = QStringLiteral("p99");
const QString kErrorRate = QStringLiteral("error-rate");
const QString kAverage = QStringLiteral("average");
const QString kNoSimulation = QStringLiteral("no-simulation");
const QString kJson = QStringLiteral("json");

constexpr double kMaxP99 = 86400; // s: a day; beyond it a "p99 target" is a typo
constexpr double kFull = 0.99;    // a simulated utilisation flagged as at or past saturation

int usageError(const QString& message) {
    return printUsageError(QStringLiteral("capacity"), message);
}

// The option's value read as people write it ("200ms", "0.1%"; a plain number in the
// dimension's base unit: seconds, a fraction), or nullopt after saying what is wrong.
std::optional<double> quantityOption(const QCommandLineParser& parser, const QString& name,
                                     Dimension dimension, double low, double high, bool lowIncluded,
                                     const QString& wanted) {
    const QString text = parser.value(name);
    const auto parsed = core::estimate::parseQuantity(text.toStdString(), dimension);
    const std::optional<double> v =
        parsed.quantity ? core::estimate::convertQuantity(*parsed.quantity, dimension)
                        : std::nullopt;
    if (!v || !std::isfinite(*v) || (lowIncluded ? *v < low : *v <= low) || *v > high) {
        usageError(QStringLiteral("--%1 wants %2, not \"%3\"").arg(name, wanted, text));
        return std::nullopt;
    }
    return v;
}

// ---- human-readable -------------------------------------------------------------------

QString readable(const core::ReadableNumber& shown) {
    return QString::fromStdString(shown.text());
}

QString seconds(double s) {
    return readable(core::readableSeconds(s));
}

QString rate(double r) {
    return readable(core::readableRate(r));
}

QString percent(double fraction) {
    return readable(core::readableUtilisation(fraction));
}

QString load(double fraction) {
    return QString::number(fraction * 100, 'f', 0) + u'%';
}

QString errorShare(double fraction) {
    return fraction == 0 ? QStringLiteral("0%") : QString::number(fraction * 100, 'g', 3) + u'%';
}

QString factor(double f) {
    return QString::number(f, 'g', 4);
}

// "31.2 ms ±0.61", the half-width in the mean's unit.
QString withInterval(const core::sim::Interval& i) {
    QString text = seconds(i.mean);
    if (i.replications > 1 && std::isfinite(i.mean) && std::isfinite(i.halfWidth)) {
        const double scale = i.mean < 1 ? 1000 : 1;
        text += QStringLiteral(" ±") + QString::number(i.halfWidth * scale, 'g', 2);
    }
    return text;
}

// The simulated p99 with its interval, "*" when the target lies inside it; "-" without a
// verdict.
QString p99Cell(const SimulatedPoint& p) {
    if (p.problem)
        return QStringLiteral("-");
    return withInterval(p.p99) + (p.p99Decided ? QString() : QStringLiteral("*"));
}

QString limitText(const ScaleSearch& s, const SloTarget& target) {
    switch (s.limit) {
    case Limit::Saturation:
        return QStringLiteral("%1 saturates just above it").arg(printable(s.saturated));
    case Limit::ErrorRate:
        return QStringLiteral("the requests dropped or rejected pass %1 just above it")
            .arg(errorShare(target.errorRate.value_or(0)));
    case Limit::P99:
        break;
    }
    return QStringLiteral("the p99 of %1 passes %2 just above it")
        .arg(printable(s.worstClass), seconds(target.p99));
}

void printFound(const CapacityReport& r) {
    const ScaleSearch& f = r.found;
    printOut(QStringLiteral("Highest rate meeting it: %1 req/s (%2 x the %3 req/s offered now)")
                 .arg(rate(f.offeredRate), factor(f.factor), rate(r.baseRate)));
    printOut(QStringLiteral("  Worst p99 there: %1 (%2)")
                 .arg(seconds(f.worstP99), printable(f.worstClass)));
    if (!f.bottleneck.empty())
        printOut(QStringLiteral("  Breaks first: %1 (utilisation %2)")
                     .arg(printable(f.bottleneck), percent(f.bottleneckUtilisation)));
    if (r.target.errorRate || f.droppedShare > 0)
        printOut(QStringLiteral("  Dropped or rejected there (analytic): %1 of the requests")
                     .arg(errorShare(f.droppedShare)));
    printOut(QStringLiteral("  Limited by: ") + limitText(f, r.target));
    if (!r.scaling)
        return;
    const ScalingAdvice& a = *r.scaling;
    const QString what =
        QStringLiteral("%1's %2").arg(printable(a.component), QString::fromStdString(a.property));
    if (!a.after) {
        printOut(QStringLiteral("Doubling %1: it has %2 already, the most it may have")
                     .arg(what)
                     .arg(a.from));
        return;
    }
    const QString next =
        a.after->bottleneck == a.component
            ? QStringLiteral("it still breaks first")
            : QStringLiteral("then %1 breaks first").arg(printable(a.after->bottleneck));
    printOut(QStringLiteral("Doubling %1 (%2 -> %3): %4 req/s, %5 x; %6")
                 .arg(what)
                 .arg(a.from)
                 .arg(a.to)
                 .arg(rate(a.after->offeredRate), factor(a.after->factor / f.factor), next));
}

void printSimulated(const CapacityReport& r, const CapacityOptions& options) {
    printOut(QStringLiteral("Simulated around it (%1 replications of %2 requests, seed %3):")
                 .arg(options.simulationReplications)
                 .arg(options.simulationRequests)
                 .arg(options.seed));
    const QList<int> widths = {6, 12, 18, 20, 10, 24, 8};
    printOut(tableRow({QStringLiteral("Load"), QStringLiteral("Rate/s"), QStringLiteral("p99"),
                       QStringLiteral("Worst class"), QStringLiteral("Errors"),
                       QStringLiteral("Busiest"), QStringLiteral("Verdict")},
                      widths));
    bool undecided = false, busy = false;
    for (const SimulatedPoint& p : r.simulated) {
        if (!p.ran) {
            printOut(tableRow({load(p.load)}, widths) + QStringLiteral("  did not run: ") +
                     printable(p.problem ? p.problem->text() : std::string()));
            continue;
        }
        undecided = undecided || (!p.problem && !p.p99Decided);
        const bool full = p.busiestUtilisation.mean >= kFull;
        busy = busy || full;
        const QString verdict = p.problem   ? QStringLiteral("-")
                                : p.meets() ? QStringLiteral("meets")
                                            : QStringLiteral("MISSES");
        printOut(tableRow({load(p.load), rate(p.arrivalRate), p99Cell(p), printable(p.worstClass),
                           errorShare(p.errorRate),
                           printable(p.busiest) + u' ' + percent(p.busiestUtilisation.mean) +
                               (full ? QStringLiteral("!") : QString()),
                           verdict},
                          widths));
        if (p.problem)
            printOut(QStringLiteral("      no verdict: ") + printable(p.problem->text()));
    }
    if (undecided)
        printOut(QStringLiteral("  *: the target lies inside the p99's interval: the "
                                "simulation cannot tell"));
    if (busy)
        printOut(QStringLiteral("  !: busy 99% of the time or more: at or past saturation, its "
                                "queue may grow over a longer run"));
}

void printCurve(const CapacityReport& r) {
    printOut(QStringLiteral("Latency versus load (analytic; the worst class's p50 and p99):"));
    const QList<int> widths = {6, 12, 14, 11, 11, 20};
    printOut(tableRow({QStringLiteral("Load"), QStringLiteral("Offered/s"),
                       QStringLiteral("Throughput/s"), QStringLiteral("p50"), QStringLiteral("p99"),
                       QStringLiteral("Worst class")},
                      widths));
    for (const LoadPoint& p : r.curve)
        printOut(tableRow({load(p.load), rate(p.offeredRate), rate(p.throughput), seconds(p.p50),
                           seconds(p.p99), printable(p.worstClass)},
                          widths));
}

void printHuman(const core::Design& design, const CapacityReport& r,
                const CapacityOptions& options) {
    printOut(QStringLiteral("Capacity of \"%1\" at the %2")
                 .arg(printable(design.name), r.rates == core::solver::RateBasis::Peak
                                                  ? QStringLiteral("peak (rate x peak factor)")
                                                  : QStringLiteral("average rate")));
    QString target =
        QStringLiteral("Target: every request class's p99 at most %1").arg(seconds(r.target.p99));
    if (r.target.errorRate)
        target +=
            QStringLiteral("; at most %1 of the requests failing (dropped, rejected, timed out)")
                .arg(errorShare(*r.target.errorRate));
    printOut(target);
    printOut(QString());
    printFound(r);
    if (!r.simulated.empty()) {
        printOut(QString());
        printSimulated(r, options);
    }
    printOut(QString());
    printCurve(r);
    printOut(QString());
    printOut(QStringLiteral("Every client's rate (closed: population) scaled by one factor; "
                            "\"±\": the 95% interval over the replications; \"∞\": saturated."));
}

// ---- the command -----------------------------------------------------------------------

int runCapacity(const QCommandLineParser& parser, const QStringList& arguments) {
    CapacityOptions options;
    if (!parser.isSet(kP99))
        return usageError(QStringLiteral("--p99 is required: the p99 every request class must "
                                         "meet, e.g. --p99 0.2 (seconds) or --p99 200ms"));
    const auto p99 = quantityOption(parser, kP99, Dimension::Seconds, 0, kMaxP99, false,
                                    QStringLiteral("a time above 0 s, at most 86400 s "
                                                   "(0.2 or 200ms)"));
    if (!p99)
        return kExitUsage;
    options.target.p99 = *p99;
    if (parser.isSet(kErrorRate)) {
        const auto e = quantityOption(parser, kErrorRate, Dimension::Fraction, 0, 1, true,
                                      QStringLiteral("a fraction from 0 to 1 (0.001 or 0.1%)"));
        if (!e)
            return kExitUsage;
        options.target.errorRate = *e;
    }
    options.rates =
        parser.isSet(kAverage) ? core::solver::RateBasis::Average : core::solver::RateBasis::Peak;
    options.simulate = !parser.isSet(kNoSimulation);

    const QString& file = arguments.first();
    const auto loaded = core::loadDesignFile(QFile::encodeName(file).toStdString());
    if (!loaded.ok())
        return printProblems(file, loaded.problems());
    const auto report = findCapacity(loaded.value(), options);
    if (!report.ok())
        return printProblems(file, report.problems());
    if (parser.isSet(kJson))
        printOut(
            QString::fromStdString(capacityJson(loaded.value(), report.value(), options).dump(2)));
    else
        printHuman(loaded.value(), report.value(), options);
    return kExitOk;
}

} // namespace

Command capacityCommand() {
    Command command;
    command.name = QStringLiteral("capacity");
    command.summary = QStringLiteral(
        "Find the highest load a design takes at a p99 target, what breaks first and what "
        "scaling it buys.");
    command.arguments = {QStringLiteral("FILE")};
    command.required = 1;
    command.configure = [](QCommandLineParser& parser) {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("The design file (JSON) to size."));
        parser.addOption(QCommandLineOption(
            kP99, QStringLiteral("Required: every request class's p99 at most this (0.2 = 200ms)."),
            QStringLiteral("S")));
        parser.addOption(QCommandLineOption(
            kErrorRate,
            QStringLiteral("At most this fraction of requests failing (0.001 = 0.1%): dropped "
                           "or rejected in the search, also timed out in the simulation."),
            QStringLiteral("X")));
        parser.addOption(QCommandLineOption(
            kAverage, QStringLiteral("Use the clients' average rates instead of their peaks.")));
        parser.addOption(QCommandLineOption(
            kNoSimulation, QStringLiteral("Skip the simulation around the answer.")));
        parser.addOption(QCommandLineOption(kJson, QStringLiteral("Print JSON.")));
    };
    command.run = runCapacity;
    return command;
}

} // namespace studio::app
