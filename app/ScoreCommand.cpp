#include "ScoreCommand.h"

#include "Console.h"
#include "RequirementText.h"
#include "TemplatesCommand.h"
#include "format/DesignFile.h"
#include "practice/PracticeScoreJson.h"
#include "templates/BuiltinTemplates.h"
#include "util/ReadableNumber.h"

#include <QCommandLineParser>
#include <QFile>

#include <cmath>

namespace studio::app {

namespace {

using namespace core::practice;

const QString kTemplate = QStringLiteral("template");
const QString kSimulate = QStringLiteral("simulate");
const QString kJson = QStringLiteral("json");

QString text(const std::string& utf8) {
    return printable(utf8);
}

QString mark(bool met) {
    return met ? QStringLiteral("✓") : QStringLiteral("✗");
}

// "x3", "x0.33", "x∞".
QString times(double ratio) {
    return std::isfinite(ratio) ? u'x' + QString::number(ratio, 'g', 3) : QStringLiteral("x∞");
}

void printRubric(const core::RubricScore& rubric) {
    printOut(QStringLiteral("Rubric (%1 of %2 points):").arg(rubric.earned).arg(rubric.possible));
    for (const core::RubricItemResult& item : rubric.items) {
        printOut(QStringLiteral("  %1 %2 (%3 %4)")
                     .arg(mark(item.passed), text(item.text))
                     .arg(item.points)
                     .arg(item.points == 1 ? QStringLiteral("point") : QStringLiteral("points")));
        printOut(QStringLiteral("      ") + text(item.detail.format()));
    }
}

void printEstimates(const std::vector<EstimateComparison>& estimates) {
    if (estimates.empty()) {
        printOut(QStringLiteral("Estimates: none to compare (the design's estimation inputs give "
                                "none of the reference's figures)"));
        return;
    }
    printOut(QStringLiteral("Estimates (the design's against the reference's):"));
    const QList<int> widths = {28, 16, 16, 8, 8};
    printOut(
        tableRow({QStringLiteral("Quantity"), QStringLiteral("Design"), QStringLiteral("Reference"),
                  QStringLiteral("Ratio"), QStringLiteral("Within")},
                 widths));
    for (const EstimateComparison& e : estimates)
        printOut(
            tableRow({QStringLiteral("  ") + mark(e.within) + u' ' + text(e.quantity),
                      text(e.answerText), text(e.referenceText), times(e.ratio), times(e.factor)},
                     widths));
}

void printTargets(const SolverChecks& checks) {
    if (checks.solved)
        printOut(QStringLiteral("Targets at the reference's peak load (%1 req/s; the design's "
                                "clients x%2 of their own %3 req/s):")
                     .arg(text(core::readableRate(checks.referenceRate).text()),
                          QString::number(checks.loadFactor, 'g', 4),
                          text(core::readableRate(checks.answerRate).text())));
    else
        printOut(QStringLiteral("Targets (the reference's, not judged: %1):")
                     .arg(checks.problem ? text(checks.problem->format()) : QString()));
    for (const TargetCheck& t : checks.targets) {
        QString line = QStringLiteral("  %1 %2").arg(mark(t.result.met), requirementName(t.result));
        if (t.solved)
            line += QStringLiteral(": ") + requirementActual(t.result);
        else if (t.reason && checks.solved)
            line += QStringLiteral(": ") + text(t.reason->format());
        printOut(line);
    }
}

void printSimulated(const SimulatedChecks& checks) {
    if (!checks.ran) {
        printOut(QStringLiteral("Simulated: did not run: %1")
                     .arg(checks.problem ? text(checks.problem->format()) : QString()));
        return;
    }
    printOut(QStringLiteral("Simulated at the same load (%1 replications of %2 requests, seed %3; "
                            "no points):")
                 .arg(checks.replications)
                 .arg(checks.requests)
                 .arg(checks.seed));
    for (const SimulatedTarget& t : checks.targets) {
        core::solver::RequirementResult named;
        named.kind = t.kind;
        named.requestClass = t.requestClass;
        named.target = t.target;
        QString line = QStringLiteral("  %1 %2: ").arg(mark(t.met), requirementName(named));
        if (t.reason) {
            printOut(line + text(t.reason->format()));
            continue;
        }
        line += text(core::readableSeconds(t.p99.mean).text());
        if (t.p99.replications > 1 && std::isfinite(t.p99.halfWidth))
            line += QStringLiteral(" ±") + text(core::readableSeconds(t.p99.halfWidth).text());
        line += QStringLiteral(" (") + text(t.worst) + u')';
        if (!t.decided)
            line += QStringLiteral(" (the target lies inside the interval: undecided)");
        printOut(line);
    }
}

void printHuman(const core::Design& design, const core::Template& reference,
                const PracticeScore& score) {
    printOut(QStringLiteral("Score of \"%1\" against the template %2 (%3)")
                 .arg(text(design.name), text(reference.id), text(reference.title)));
    printOut(QString());
    printRubric(score.rubric);
    printOut(QString());
    printEstimates(score.estimates);
    printOut(QString());
    printTargets(score.solver);
    if (score.simulation) {
        printOut(QString());
        printSimulated(*score.simulation);
    }
    printOut(QString());
    printOut(QStringLiteral("Rubric items give their points, each target 1 point; each hint "
                            "used costs 1."));
    if (score.hintsUsed > 0)
        printOut(QStringLiteral("Hints used: %1").arg(score.hintsUsed));
    printOut(QStringLiteral("Score: %1/%2 (%3%)")
                 .arg(score.earned)
                 .arg(score.possible)
                 .arg(score.percent()));
}

int runScore(const QCommandLineParser& parser, const QStringList& arguments) {
    if (!parser.isSet(kTemplate))
        return printUsageError(QStringLiteral("score"),
                               QStringLiteral("missing --template ID: the template to score "
                                              "against (see 'sdstudio templates')"));
    const QString id = parser.value(kTemplate);
    const core::Template* reference = core::findTemplate(id.toStdString());
    if (!reference) {
        printErr(unknownTemplateMessage(printable(id)));
        return kExitFailed;
    }
    const QString& file = arguments.first();
    const auto loaded = core::loadDesignFile(QFile::encodeName(file).toStdString());
    if (!loaded.ok())
        return printProblems(file, loaded.problems());
    ScoreOptions options;
    options.simulate = parser.isSet(kSimulate);
    const PracticeScore score = scorePractice(loaded.value(), *reference, options);
    if (parser.isSet(kJson))
        printOut(QString::fromStdString(practiceScoreJson(loaded.value(), score).dump(2)));
    else
        printHuman(loaded.value(), *reference, score);
    return kExitOk;
}

} // namespace

Command scoreCommand() {
    Command command;
    command.name = QStringLiteral("score");
    command.summary = QStringLiteral(
        "Score a design as a practice answer to a template: rubric, estimates and targets.");
    command.arguments = {QStringLiteral("FILE")};
    command.required = 1;
    command.configure = [](QCommandLineParser& parser) {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("The design file (JSON) to score."));
        parser.addOption(QCommandLineOption(
            kTemplate,
            QStringLiteral("Required: the template to score against (see 'sdstudio "
                           "templates')."),
            QStringLiteral("ID")));
        parser.addOption(QCommandLineOption(
            kSimulate,
            QStringLiteral("Also simulate the design briefly and check the p99 targets.")));
        parser.addOption(QCommandLineOption(kJson, QStringLiteral("Print JSON.")));
    };
    command.run = runScore;
    return command;
}

} // namespace studio::app
