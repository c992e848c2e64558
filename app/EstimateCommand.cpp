#include "EstimateCommand.h"

#include "Console.h"
#include "RequirementText.h"
#include "format/DesignFile.h"
#include "solver/SolutionJson.h"
#include "solver/Solver.h"
#include "util/ReadableNumber.h"

#include <QCommandLineParser>
#include <QFile>

#include <cmath>

namespace studio::app {

namespace {

using namespace core::solver;

const QString kJson = QStringLiteral("json");
const QString kAverage = QStringLiteral("average");

// ---- human-readable -------------------------------------------------------------------

// Figures by core's rules (util/ReadableNumber.h), the studio's own.
QString readable(const core::ReadableNumber& shown) {
    return QString::fromStdString(shown.text());
}

QString seconds(const Figure& f) {
    return readable(core::readableSeconds(f.value, f.approximate));
}

QString rate(double r, bool approximate = false) {
    return readable(core::readableRate(r, approximate));
}

QString rate(const Figure& f) {
    return rate(f.value, f.approximate);
}

QString percent(const Figure& f) {
    return readable(core::readableUtilisation(f.value, f.approximate));
}

QString availability(const Figure& f) {
    return readable(core::readableAvailability(f.value, f.approximate));
}

QString saturationText(const ComponentResult& c) {
    switch (c.saturation) {
    case Saturation::Overloaded:
        return QStringLiteral("saturated");
    case Saturation::WaitsOnCallee:
        return QStringLiteral("saturated: waits for %1").arg(printable(c.saturatedBecauseOf));
    case Saturation::FedBySaturated:
        return QStringLiteral("behind saturated %1").arg(printable(c.saturatedBecauseOf));
    case Saturation::None:
        break;
    }
    return {};
}

QString row(const QStringList& cells, const QList<int>& widths) {
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const int w = widths.value(i, 0);
        line += i == 0 ? cells[i].leftJustified(w) : u' ' + cells[i].rightJustified(w);
    }
    return line.trimmed().isEmpty() ? QString() : line;
}

void printComponents(const Solution& s) {
    const QList<int> widths = {20, 12, 10, 12, 12, 10};
    printOut(
        row({QStringLiteral("Component"), QStringLiteral("Arrivals/s"), QStringLiteral("Util."),
             QStringLiteral("Mean resp."), QStringLiteral("p99 resp."), QStringLiteral("Drops/s")},
            widths));
    for (const ComponentResult& c : s.components) {
        if (!c.station)
            continue;
        if (!c.carriesTraffic) {
            printOut(row({printable(c.id), QStringLiteral("0")}, widths) +
                     QStringLiteral("   (no traffic)"));
            continue;
        }
        QString line =
            row({printable(c.id), rate(c.arrivalRate, c.arrivalApproximate), percent(c.utilisation),
                 seconds(c.meanResponse), seconds(c.p99Response), rate(c.dropRate)},
                widths);
        const QString saturated = saturationText(c);
        if (!saturated.isEmpty())
            line += QStringLiteral("   ") + saturated;
        printOut(line);
        if (c.classes.size() > 1) {
            QStringList parts;
            for (const ClassLoad& load : c.classes)
                parts.append(QStringLiteral("%1 %2/s").arg(printable(load.requestClass),
                                                           rate(load.arrivalRate)));
            printOut(QStringLiteral("    by class: ") + parts.join(QStringLiteral(", ")));
        }
    }
}

void printRequests(const Solution& s) {
    const QList<int> widths = {20, 12, 11, 11, 11, 11, 11};
    printOut(row({QStringLiteral("Client/class"), QStringLiteral("Rate/s"), QStringLiteral("Mean"),
                  QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"),
                  QStringLiteral("Available")},
                 widths));
    for (const RequestResult& r : s.requests)
        printOut(row({QString::fromStdString(r.client + "/" + r.requestClass) +
                          (r.closed ? QStringLiteral(" (closed)") : QString()),
                      rate(r.arrivalRate, r.arrivalApproximate), seconds(r.mean), seconds(r.p50),
                      seconds(r.p95), seconds(r.p99), availability(r.availability)},
                     widths));
}

void printHuman(const core::Design& design, const Solution& s) {
    printOut(QStringLiteral("Estimate for \"%1\" at the %2")
                 .arg(printable(design.name), s.rates == RateBasis::Peak
                                                  ? QStringLiteral("peak (rate x peak factor)")
                                                  : QStringLiteral("average rate")));
    printOut(QString());
    printComponents(s);
    printOut(QString());
    printOut(QStringLiteral("End to end, network included:"));
    printRequests(s);
    if (!s.handoffs.empty()) {
        printOut(QString());
        printOut(QStringLiteral("Behind handoffs (enqueue to the receiver finishing):"));
        for (const HandoffResult& h : s.handoffs)
            printOut(QStringLiteral("  %1 -> %2: %3 msg/s, mean %4, p99 %5")
                         .arg(printable(h.from), printable(h.to), rate(h.messageRate),
                              seconds(h.mean), seconds(h.p99)));
    }
    printOut(QString());
    const CapacityResult& c = s.capacity;
    if (!c.bottleneck.empty())
        printOut(QStringLiteral("Bottleneck: %1 (utilisation %2)")
                     .arg(printable(c.bottleneck), percent(c.bottleneckUtilisation)));
    if (std::isfinite(c.scaleFactor.value))
        printOut(QStringLiteral("Highest sustainable rate: %1 req/s (%2 x the %3 req/s offered)")
                     .arg(rate(c.sustainableRate), QString::number(c.scaleFactor.value, 'g', 4),
                          rate(c.offeredRate)));
    printOut(QStringLiteral("Availability: %1 (the weakest request class's)")
                 .arg(availability(s.availability)));
    QStringList spofs;
    for (const SinglePointOfFailure& p : s.singlePointsOfFailure)
        spofs.append(printable(p.component));
    printOut(QStringLiteral("Single points of failure: %1")
                 .arg(spofs.isEmpty() ? QStringLiteral("none") : spofs.join(QStringLiteral(", "))));
    if (!s.requirements.empty()) {
        printOut(QString());
        printOut(QStringLiteral("Requirements:"));
        for (const RequirementResult& r : s.requirements)
            printOut(QStringLiteral("  %1  %2: %3")
                         .arg(r.met ? QStringLiteral("met   ") : QStringLiteral("MISSED"),
                              requirementName(r), requirementActual(r)));
    }
    printOut(QString());
    printOut(QStringLiteral("Notes:"));
    for (const core::Message& note : s.notes)
        printOut(QStringLiteral("  - ") + QString::fromStdString(note.format()));
    printOut(QStringLiteral(
        "\"≈\" marks an approximation; \"∞\" a saturated figure (no finite value)."));
}

// ---- the command -----------------------------------------------------------------------

int runEstimate(const QCommandLineParser& parser, const QStringList& arguments) {
    const QString& file = arguments.first();
    const auto loaded = core::loadDesignFile(QFile::encodeName(file).toStdString());
    if (!loaded.ok())
        return printProblems(file, loaded.problems());
    SolveOptions options;
    options.rates = parser.isSet(kAverage) ? RateBasis::Average : RateBasis::Peak;
    const auto solved = solveDesign(loaded.value(), options);
    if (!solved.ok())
        return printProblems(file, solved.problems());
    if (parser.isSet(kJson))
        printOut(QString::fromStdString(solutionJson(loaded.value(), solved.value()).dump(2)));
    else
        printHuman(loaded.value(), solved.value());
    return kExitOk;
}

} // namespace

Command estimateCommand() {
    Command command;
    command.name = QStringLiteral("estimate");
    command.summary =
        QStringLiteral("Estimate a design's loads, latencies, capacity and availability.");
    command.arguments = {QStringLiteral("FILE")};
    command.required = 1;
    command.configure = [](QCommandLineParser& parser) {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("The design file (JSON) to estimate."));
        parser.addOption(QCommandLineOption(kJson, QStringLiteral("Print JSON.")));
        parser.addOption(QCommandLineOption(
            kAverage, QStringLiteral("Use the clients' average rates instead of their peaks.")));
    };
    command.run = runEstimate;
    return command;
}

} // namespace studio::app
