#include "widgets/practice/ReportSelfAssessment.h"

#include "widgets/practice/PracticeTopics.h"
#include "widgets/practice/ReportText.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace studio::widgets {

namespace {

using core::practice::PracticeSession;

// How many of the reference's notes are shown for a topic (all for the trade-offs).
constexpr std::size_t kMostRelevantNotes = 3;

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Words that make a reference note relevant to a topic; empty: every note is.
const std::vector<std::string>& keywords(const std::string& topic) {
    static const std::vector<std::string> none;
    static const std::vector<std::string> api = {"api",     "endpoint", "get ", "post ", "http",
                                                 "request", "response", "301",  "302"};
    static const std::vector<std::string> dataModel = {"database", "schema", "table", "shard",
                                                       "storage",  "store",  "key",   "partition",
                                                       "replica",  "index",  "row",   "column"};
    static const std::vector<std::string> tenTimes = {
        "10x",     "10\u00d7",  "grow",       "scale", "shard",   "partition",
        "replica", "instances", "horizontal", "hot",   "fan-out", "fits"};
    static const std::vector<std::string> monitoring = {
        "monitor",  "metric",       "alert", "p99",       "latency", "lag",   "hit ratio",
        "hit rate", "availability", "error", "dashboard", "slo",     "observ"};
    if (topic == "api")
        return api;
    if (topic == "data_model")
        return dataModel;
    if (topic == "ten_times")
        return tenTimes;
    if (topic == "monitoring")
        return monitoring;
    return none;
}

// The notes most relevant to `topic`, in the reference's order.
std::vector<const core::Note*> relevantNotes(const core::Design& design, const std::string& topic) {
    const std::vector<std::string>& words = keywords(topic);
    std::vector<std::pair<int, const core::Note*>> scored;
    for (const core::Note& note : design.notes) {
        const std::string text = lower(note.title + " " + note.text);
        int hits = words.empty() ? 1 : 0;
        for (const std::string& word : words)
            if (text.find(word) != std::string::npos)
                hits += lower(note.title).find(word) != std::string::npos ? 3 : 1;
        if (hits > 0)
            scored.emplace_back(hits, &note);
    }
    if (!words.empty() && scored.size() > kMostRelevantNotes) {
        std::stable_sort(scored.begin(), scored.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        scored.resize(kMostRelevantNotes);
    }
    std::vector<const core::Note*> notes;
    for (const core::Note& note : design.notes)
        if (std::any_of(scored.begin(), scored.end(),
                        [&](const auto& s) { return s.second == &note; }))
            notes.push_back(&note);
    return notes;
}

QString notesHtml(const std::vector<const core::Note*>& notes) {
    QString html;
    for (const core::Note* note : notes)
        html += QStringLiteral("<p style=\"margin-top:4px\"><b>%1</b><br>%2</p>")
                    .arg(reportEscaped(note->title), reportEscaped(note->text));
    return html;
}

QString none(const QString& text) {
    return QStringLiteral("<p><i style=\"color:#5f6368\">%1</i></p>").arg(text.toHtmlEscaped());
}

QString table(const QStringList& headers, const std::vector<QStringList>& rows) {
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString& h : headers)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& c : row)
            html += QStringLiteral("<td>%1</td>").arg(c);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString text(const std::string& answer) {
    return answer.empty() ? QString() : QStringLiteral("<p>%1</p>").arg(reportEscaped(answer));
}

} // namespace

QStringList ReportSelfAssessment::ratingNames() {
    return {tr("not rated"), tr("missed it"), tr("partly"), tr("as the reference")};
}

QString ReportSelfAssessment::ratingName(int rating) {
    const QStringList names = ratingNames();
    return names.value(std::clamp(rating, -1, 2) + 1);
}

int ReportSelfAssessment::rating(const PracticeSession& session, const std::string& topic) {
    for (const core::practice::SelfAssessment& a : session.selfAssessment)
        if (a.topic == topic)
            return a.rating;
    return -1;
}

void ReportSelfAssessment::setRating(PracticeSession& session, const std::string& topic,
                                     int rating) {
    for (core::practice::SelfAssessment& a : session.selfAssessment)
        if (a.topic == topic) {
            a.rating = rating;
            return;
        }
    session.selfAssessment.push_back({topic, rating});
}

QString ReportSelfAssessment::answerHtml(const PracticeSession& session, const std::string& topic) {
    QString html;
    if (topic == "api" && !session.api.empty()) {
        std::vector<QStringList> rows;
        for (const core::practice::Endpoint& e : session.api)
            rows.push_back({QStringLiteral("<b>%1</b>").arg(reportEscaped(e.method)),
                            reportEscaped(e.path), reportEscaped(e.request),
                            reportEscaped(e.response)});
        html = table({tr("Method"), tr("Path"), tr("Request"), tr("Response")}, rows);
    } else if (topic == "data_model" && !session.dataModel.empty()) {
        std::vector<QStringList> rows;
        for (const core::practice::Entity& e : session.dataModel)
            rows.push_back({QStringLiteral("<b>%1</b>").arg(reportEscaped(e.name)),
                            reportEscaped(e.store),
                            e.shardKey.empty() ? tr("not sharded") : reportEscaped(e.shardKey)});
        html = table({tr("Entity"), tr("Store"), tr("Shard key")}, rows);
    } else if (topic == "trade_offs") {
        html = text(session.tradeOffs);
    } else if (topic == "ten_times") {
        html = text(session.tenTimes);
    } else if (topic == "monitoring") {
        html = text(session.monitoring);
    }
    return html.isEmpty() ? none(tr("You wrote nothing here.")) : html;
}

QString ReportSelfAssessment::referenceHtml(const core::Template* reference,
                                            const std::string& topic) {
    if (!reference)
        return none(tr("A custom prompt has no reference answer: rate yourself against what a "
                       "good answer needs."));
    QString html;
    if (topic == "api") {
        const std::vector<std::string>& functional = reference->design.requirements.functional;
        if (!functional.empty()) {
            html = QStringLiteral("<p>%1</p><ul style=\"margin-top:0\">")
                       .arg(tr("The API serves the reference's functional requirements:"));
            for (const std::string& f : functional)
                html += QStringLiteral("<li>%1</li>").arg(reportEscaped(f));
            html += QStringLiteral("</ul>");
        }
    }
    html += notesHtml(relevantNotes(reference->design, topic));
    return html.isEmpty()
               ? none(tr("The reference has no note on this: its diagram is its answer."))
               : html;
}

QString ReportSelfAssessment::documentHtml(const PracticeSession& session,
                                           const core::Template* reference) {
    QString html =
        QStringLiteral("<h3 style=\"margin-top:18px\">%1</h3>").arg(tr("Self-assessment"));
    for (const std::string& topic : core::practice::selfAssessedTopics()) {
        html +=
            QStringLiteral("<h4 style=\"margin-top:14px; margin-bottom:2px\">%1 &mdash; "
                           "<span style=\"color:#5f6368\">%2</span></h4>")
                .arg(topicTitle(topic).toHtmlEscaped(),
                     tr("your rating: %1").arg(ratingName(rating(session, topic))).toHtmlEscaped());
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">"
                               "<tr><th align=\"left\" width=\"50%\">%1</th>"
                               "<th align=\"left\" width=\"50%\">%2</th></tr>"
                               "<tr><td valign=\"top\">%3</td><td valign=\"top\" "
                               "style=\"background-color:#f4f1e8\">%4</td></tr></table>")
                    .arg(tr("Your answer"), tr("The reference"), answerHtml(session, topic),
                         referenceHtml(reference, topic));
    }
    return html;
}

} // namespace studio::widgets
