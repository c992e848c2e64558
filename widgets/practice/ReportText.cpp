#include "widgets/practice/ReportText.h"

#include "widgets/base/Translation.h"
#include "widgets/overlay/EstimateTexts.h"

#include "practice/PracticeCategories.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {

using namespace core::practice;
using core::solver::RequirementKind;
using core::solver::RequirementResult;

const QString kGood = QStringLiteral("#1b7a3a");
const QString kBad = QStringLiteral("#b3261e");
const QString kMuted = QStringLiteral("#5f6368");

QString mark(bool met) {
    return met ? QStringLiteral("<span style=\"color:%1\">&#10003;</span>").arg(kGood)
               : QStringLiteral("<span style=\"color:%1\">&#10007;</span>").arg(kBad);
}

QString muted(const QString& html) {
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(kMuted, html);
}

QString heading(const QString& text) {
    return QStringLiteral("<h3 style=\"margin-top:18px\">%1</h3>").arg(text.toHtmlEscaped());
}

QString cell(const QString& html, bool header = false) {
    return header ? QStringLiteral("<th align=\"left\">%1</th>").arg(html)
                  : QStringLiteral("<td>%1</td>").arg(html);
}

QString tableStart() {
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"5\" border=\"0\" "
                          "style=\"border-color:#d0d0d0\">");
}

const core::RubricItem* rubricItem(const core::Template* reference, const std::string& id) {
    if (!reference)
        return nullptr;
    for (const core::RubricItem& item : reference->rubric)
        if (item.id == id)
            return &item;
    return nullptr;
}

QString points(int n) {
    return n == 1 ? ReportText::tr("1 point") : ReportText::tr("%1 points").arg(n);
}

// The seed's passage, as a quotation.
QString quote(const std::string& seed) {
    return QStringLiteral("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" "
                          "style=\"margin-left:22px; margin-top:4px; margin-bottom:6px; "
                          "background-color:#f4f1e8\"><tr><td><i>&ldquo;%1&rdquo;</i><br>%2"
                          "</td></tr></table>")
        .arg(reportEscaped(seed), muted(ReportText::tr("&mdash; the reference design")));
}

QString itemHtml(const core::RubricItemResult& result, const core::RubricItem* item) {
    QString html = QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\">%1 <b>%2</b> "
                                  "%3<br>%4</p>")
                       .arg(mark(result.passed), reportEscaped(result.text),
                            muted(QStringLiteral("(%1)").arg(points(result.points))),
                            muted(translatedMessage(result.detail).toHtmlEscaped()));
    if (!result.passed && item && !item->seed.empty())
        html += quote(item->seed);
    return html;
}

QString quantityTitle(const std::string& quantity) {
    if (quantity == "read_rps")
        return ReportText::tr("Reads per second");
    if (quantity == "write_rps")
        return ReportText::tr("Writes per second");
    if (quantity == "peak_rps")
        return ReportText::tr("Peak requests per second");
    if (quantity == "storage_bytes")
        return ReportText::tr("Storage");
    if (quantity == "concurrent_connections")
        return ReportText::tr("Concurrent connections");
    if (quantity == "bandwidth_bytes_per_second")
        return ReportText::tr("Bandwidth");
    return QString::fromStdString(quantity);
}

// "×2.5", "×∞".
QString times(double ratio) {
    return std::isfinite(ratio) ? QStringLiteral("&times;") + QLocale().toString(ratio, 'g', 3)
                                : QStringLiteral("&times;&infin;");
}

QString estimatesHtml(const std::vector<EstimateComparison>& estimates) {
    QString html = heading(ReportText::tr("Estimates"));
    if (estimates.empty())
        return html + QStringLiteral("<p>%1</p>")
                          .arg(ReportText::tr(
                              "None to compare: your worksheet gives none of the reference's "
                              "figures."));
    html += tableStart() + QStringLiteral("<tr>") + cell(QString(), true) +
            cell(ReportText::tr("Quantity"), true) + cell(ReportText::tr("Yours"), true) +
            cell(ReportText::tr("Reference"), true) + cell(ReportText::tr("Ratio"), true) +
            cell(ReportText::tr("Allowed"), true) + QStringLiteral("</tr>");
    for (const EstimateComparison& e : estimates)
        html += QStringLiteral("<tr>") + cell(mark(e.within)) + cell(quantityTitle(e.quantity)) +
                cell(reportEscaped(e.answerText)) + cell(reportEscaped(e.referenceText)) +
                cell(times(e.ratio)) + cell(ReportText::tr("within %1").arg(times(e.factor))) +
                QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

QString requirementName(const RequirementResult& r) {
    switch (r.kind) {
    case RequirementKind::P99Latency:
        return ReportText::tr("p99 latency at most %1").arg(EstimateTexts::seconds({r.target}));
    case RequirementKind::P99LatencyForClass:
        return ReportText::tr("p99 latency of %1 at most %2")
            .arg(QString::fromStdString(r.requestClass), EstimateTexts::seconds({r.target}));
    case RequirementKind::Availability:
        return ReportText::tr("availability at least %1")
            .arg(EstimateTexts::availability(r.target));
    case RequirementKind::Throughput:
        break;
    }
    return ReportText::tr("throughput at least %1 req/s").arg(EstimateTexts::rate(r.target));
}

QString requirementActual(const RequirementResult& r) {
    switch (r.kind) {
    case RequirementKind::P99Latency:
    case RequirementKind::P99LatencyForClass:
        return r.worst.empty() ? EstimateTexts::seconds(r.actual)
                               : ReportText::tr("%1 (%2)").arg(EstimateTexts::seconds(r.actual),
                                                               QString::fromStdString(r.worst));
    case RequirementKind::Availability:
        return EstimateTexts::availability(r.actual.value);
    case RequirementKind::Throughput:
        break;
    }
    return ReportText::tr("%1 req/s sustainable").arg(EstimateTexts::rate(r.actual.value));
}

QString targetsHtml(const PracticeScore& score) {
    const SolverChecks& checks = score.solver;
    QString html = heading(ReportText::tr("Targets"));
    if (checks.solved)
        html += QStringLiteral("<p>%1</p>")
                    .arg(ReportText::tr("At the reference's peak load of %1 req/s (your clients "
                                        "&times;%2 of their own %3 req/s):")
                             .arg(EstimateTexts::rate(checks.referenceRate),
                                  QLocale().toString(checks.loadFactor, 'g', 3),
                                  EstimateTexts::rate(checks.answerRate)));
    else
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(ReportText::tr("Not judged: %1")
                         .arg(checks.problem ? translatedMessage(*checks.problem).toHtmlEscaped()
                                             : QString()));
    html += tableStart();
    for (const TargetCheck& t : checks.targets) {
        QString actual;
        if (t.solved)
            actual = requirementActual(t.result).toHtmlEscaped();
        else if (t.reason)
            actual = translatedMessage(*t.reason).toHtmlEscaped();
        html += QStringLiteral("<tr>") + cell(mark(t.result.met)) +
                cell(requirementName(t.result).toHtmlEscaped()) + cell(actual) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (score.simulation && score.simulation->ran) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(ReportText::tr("Simulated at the same load (no points):"));
        html += tableStart();
        for (const SimulatedTarget& t : score.simulation->targets) {
            RequirementResult named;
            named.kind = t.kind;
            named.requestClass = t.requestClass;
            named.target = t.target;
            const QString value =
                t.reason ? translatedMessage(*t.reason) : EstimateTexts::seconds({t.p99.mean});
            html += QStringLiteral("<tr>") + cell(mark(t.met)) +
                    cell(requirementName(named).toHtmlEscaped()) + cell(value.toHtmlEscaped()) +
                    QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace

QString reportEscaped(const std::string& text) {
    QString escaped = QString::fromStdString(text).toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return escaped;
}

QString ReportText::total(const PracticeScore* score) {
    if (!score)
        return tr("Not scored: a custom prompt has no rubric");
    return tr("%1 of %2 points, %3%").arg(score->earned).arg(score->possible).arg(score->percent());
}

QString ReportText::hints(const PracticeSession& session, const PracticeScore* score) {
    const int taken = static_cast<int>(session.hints.size());
    if (taken == 0)
        return tr("No hints taken");
    if (!score)
        return tr("Hints taken: %1").arg(taken);
    return tr("Hints taken: %1 (they cost %2)").arg(taken).arg(points(score->hintsUsed));
}

QString ReportText::verdict(const PracticeScore* score, const core::Template* reference) {
    if (!score)
        return tr("Rate yourself under Self-assessment: compare your answers with what a good "
                  "answer needs.");
    // A category is good when every one of its items is met.
    const auto& names = categoryNames();
    std::vector<int> met(names.size(), 0), all(names.size(), 0);
    QStringList missing;
    for (const core::RubricItemResult& result : score->rubric.items) {
        if (const core::RubricItem* item = rubricItem(reference, result.id)) {
            const auto c = static_cast<std::size_t>(categoryOf(item->check));
            ++all[c];
            met[c] += result.passed ? 1 : 0;
        }
        if (!result.passed)
            missing << QString::fromStdString(result.text);
    }
    QStringList good;
    for (std::size_t c = 0; c < names.size(); ++c)
        if (all[c] > 0 && met[c] == all[c])
            good << QCoreApplication::translate("Practice",
                                                categoryTitle(static_cast<Category>(c)));
    const int targets = static_cast<int>(score->solver.targets.size());
    QString text;
    if (!good.isEmpty())
        text = tr("Good: %1 all met.").arg(QLocale().createSeparatedList(good));
    else if (!score->rubric.items.empty())
        text = tr("No part of the rubric is fully met yet.");
    if (targets > 0)
        text += u' ' + tr("%1 of %2 targets met at the reference's peak load.")
                           .arg(score->targetsMet)
                           .arg(targets);
    if (missing.isEmpty())
        text += u' ' + tr("Nothing in the rubric is missing.");
    else
        text += u' ' + tr("Missing: %1.").arg(missing.join(QStringLiteral("; ")));
    return text.trimmed();
}

QString ReportText::rubricHtml(const PracticeScore* score, const core::Template* reference) {
    if (!score)
        return QStringLiteral("<p>%1</p>")
            .arg(tr("A custom prompt has no rubric and no reference design: nothing is scored. "
                    "Rate your answers under Self-assessment; your design is under Your design."));
    QString html;
    std::vector<const core::RubricItemResult*> missed, met;
    for (const core::RubricItemResult& result : score->rubric.items)
        (result.passed ? met : missed).push_back(&result);
    html +=
        heading(tr("Missed (%1 of %2 items)").arg(missed.size()).arg(score->rubric.items.size()));
    if (missed.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing: every rubric item is met."));
    for (const core::RubricItemResult* result : missed)
        html += itemHtml(*result, rubricItem(reference, result->id));
    html += heading(tr("Met (%1 of %2 items)").arg(met.size()).arg(score->rubric.items.size()));
    if (met.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("None yet."));
    for (const core::RubricItemResult* result : met)
        html += itemHtml(*result, rubricItem(reference, result->id));
    return html;
}

QString ReportText::clock(double seconds) {
    const long long whole = std::llround(std::max(0.0, seconds));
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString ReportText::timesHtml(const PracticeSession& session) {
    QString html = heading(tr("Time per phase"));
    html += tableStart() + QStringLiteral("<tr>") + cell(tr("Phase"), true) +
            cell(tr("Spent"), true) + cell(tr("Planned"), true) + cell(QString(), true) +
            QStringLiteral("</tr>");
    double spent = 0, planned = 0;
    for (std::size_t i = 0; i < kPhaseCount; ++i) {
        const double s = session.spent[i], p = session.planned[i];
        spent += s;
        planned += p;
        const bool over = s > p + 0.5;
        const QString note = over ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                        .arg(kBad, tr("over by %1").arg(clock(s - p)))
                                  : QString();
        html += QStringLiteral("<tr>") +
                cell(QCoreApplication::translate("Practice", phaseTitle(static_cast<Phase>(i)))) +
                cell(clock(s)) + cell(clock(p)) + cell(note) + QStringLiteral("</tr>");
    }
    html +=
        QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(tr("Total"))) +
        cell(QStringLiteral("<b>%1</b>").arg(clock(spent))) + cell(clock(planned)) +
        cell(spent > planned + 0.5 ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                         .arg(kBad, tr("over by %1").arg(clock(spent - planned)))
                                   : QString()) +
        QStringLiteral("</tr></table>");
    return html;
}

QString ReportText::numbersHtml(const PracticeSession& session, const PracticeScore* score) {
    QString html;
    if (score)
        html += estimatesHtml(score->estimates) + targetsHtml(*score);
    return html + timesHtml(session);
}

QString ReportText::headerHtml(const PracticeSession& session, const PracticeScore* score,
                               const core::Template* reference) {
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>")
                       .arg(tr("Practice report: %1").arg(reportEscaped(session.title)));
    if (!session.prompt.empty())
        html += QStringLiteral("<p style=\"margin-top:0\">%1</p>")
                    .arg(muted(reportEscaped(session.prompt)));
    html += QStringLiteral("<p style=\"font-size:large\"><b>%1</b> &nbsp; %2</p>")
                .arg(total(score).toHtmlEscaped(), muted(hints(session, score).toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>").arg(verdict(score, reference).toHtmlEscaped());
    return html;
}

} // namespace studio::widgets
