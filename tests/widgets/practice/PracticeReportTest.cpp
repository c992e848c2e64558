// The practice report (issue 19) on the URL shortener answered with its reference minus the
// cache: the missed cache items quote the seed, the totals are the score's, a self-assessment
// rating reaches the session, both designs are drawn at one scale, and the PDF holds the text
// pages and both diagrams as vectors. A custom prompt (no template) opens and exports too.
#include "widgets/practice/PracticeReport.h"
#include "widgets/export/DesignExport.h"
#include "widgets/practice/PracticeReportPdf.h"
#include "widgets/practice/ReportDiagrams.h"

#include "practice/PracticeScore.h"
#include "practice/PracticeSession.h"
#include "templates/BuiltinTemplates.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <vector>

namespace studio::widgets::test {
namespace {

using namespace core::practice;

const core::Template& shortener() {
    return *core::findTemplate("url-shortener");
}

// The reference without its cache, the database lookup made unconditional so the design
// stays valid and the solver runs (as tests/core/practice/PracticeScoreTest.cpp does).
core::Design withoutCache(const core::Design& reference) {
    core::Design design = reference;
    std::erase_if(design.components, [](const core::Component& c) { return c.id == "url-cache"; });
    std::erase_if(design.links,
                  [](const core::Link& l) { return l.from == "url-cache" || l.to == "url-cache"; });
    for (core::Link& link : design.links)
        if (link.id == "lookup-db") {
            link.when = core::CallCondition::Always;
            link.step = 1;
        }
    return design;
}

PracticeSession answeredSession() {
    const core::Template& t = shortener();
    PracticeSession session = newSession(t.id, t.title, t.design.description);
    session.design = withoutCache(t.design);
    session.estimation = t.design.estimation;
    session.spent = {240, 1020, 900, 200}; // the high-level design overran its 15:00
    session.hints.push_back({"cache-on-read-path", 1});
    session.api.push_back({"POST", "/shorten", "{ url }", "{ short_id }"});
    session.api.push_back({"GET", "/{short_id}", "", "301 to the long URL"});
    session.dataModel.push_back({"url", "url-db", "short_id"});
    session.tradeOffs = "A counter gives short ids without collisions.";
    return session;
}

PracticeScore scoreOf(const PracticeSession& session) {
    ScoreOptions options;
    options.hintsUsed = static_cast<int>(session.hints.size());
    return scorePractice(answerDesign(session), shortener(), options);
}

const core::RubricItem& rubricItem(const std::string& id) {
    for (const core::RubricItem& item : shortener().rubric)
        if (item.id == id)
            return item;
    throw std::runtime_error("no rubric item " + id);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A page of a PDF as QPdfWriter writes it: its media box in points and its content stream,
// inflated.
struct PdfPage {
    QSizeF size;
    QByteArray content;
};

std::vector<PdfPage> pdfPages(const QByteArray& pdf) {
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression object(QStringLiteral("(\\d+) 0 obj(.*?)endobj"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    static const QRegularExpression contents(QStringLiteral("/Contents (\\d+) 0 R"));
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"));
    std::map<int, QString> objects;
    std::vector<QString> pages;
    for (auto it = object.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        objects[m.captured(1).toInt()] = m.captured(2);
        if (page.match(m.captured(2)).hasMatch())
            pages.push_back(m.captured(2));
    }
    std::vector<PdfPage> out;
    for (const QString& p : pages) {
        PdfPage result;
        const QRegularExpressionMatch size = box.match(p);
        result.size = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
        const QString& stream = objects[contents.match(p).captured(1).toInt()];
        const qsizetype start = stream.indexOf(QStringLiteral("stream")) + 7;
        QByteArray zipped =
            stream.mid(start, stream.lastIndexOf(QStringLiteral("endstream")) - start).toLatin1();
        zipped.prepend(QByteArray::fromHex("00100000")); // qUncompress' expected size: 1 MB
        result.content = qUncompress(zipped);
        out.push_back(result);
    }
    return out;
}

// Images (the kind icons) drawn on a page.
int drawnImages(const PdfPage& page) {
    return static_cast<int>(page.content.count(" Do\n"));
}

TEST(PracticeReportTest, TheMissedCacheItemsQuoteTheSeedAndTheMetOnesDoNot) {
    const PracticeSession session = answeredSession();
    const PracticeScore score = scoreOf(session);
    PracticeReport report(session, &score, &shortener());
    const QString rubric = report.rubric()->toPlainText();
    int missed = 0;
    for (const core::RubricItemResult& item : score.rubric.items) {
        const QString seed = QString::fromStdString(rubricItem(item.id).seed);
        SCOPED_TRACE(item.id);
        EXPECT_TRUE(rubric.contains(QString::fromStdString(item.text)));
        if (item.passed || seed.isEmpty())
            continue;
        ++missed;
        EXPECT_TRUE(rubric.contains(seed)) << rubric.toStdString();
    }
    const auto passed = [&](const std::string& id) {
        return std::any_of(score.rubric.items.begin(), score.rubric.items.end(),
                           [&](const auto& i) { return i.id == id && i.passed; });
    };
    ASSERT_FALSE(passed("cache-on-read-path"));
    ASSERT_TRUE(passed("url-database"));
    EXPECT_GE(missed, 1);
    EXPECT_TRUE(rubric.contains(QString::fromStdString(rubricItem("cache-on-read-path").seed)));
    EXPECT_FALSE(rubric.contains(QString::fromStdString(rubricItem("url-database").seed)));
    // Missed items come before the met ones.
    EXPECT_LT(rubric.indexOf(QString::fromStdString(rubricItem("cache-on-read-path").text)),
              rubric.indexOf(QString::fromStdString(rubricItem("url-database").text)));
}

TEST(PracticeReportTest, TheTotalsShownAreTheScores) {
    const PracticeSession session = answeredSession();
    const PracticeScore score = scoreOf(session);
    ASSERT_LT(score.earned, score.possible);
    PracticeReport report(session, &score, &shortener());
    EXPECT_EQ(report.total()->text(), QStringLiteral("%1 of %2 points, %3%")
                                          .arg(score.earned)
                                          .arg(score.possible)
                                          .arg(score.percent()));
    const auto* hints = report.findChild<QLabel*>(QStringLiteral("reportHints"));
    ASSERT_TRUE(hints);
    EXPECT_EQ(hints->text(), QStringLiteral("Hints taken: 1 (they cost 1 point)"));
    const auto* verdict = report.findChild<QLabel*>(QStringLiteral("reportVerdict"));
    ASSERT_TRUE(verdict);
    EXPECT_TRUE(verdict->text().contains(QStringLiteral("Missing: ")));
    EXPECT_TRUE(
        verdict->text().contains(QString::fromStdString(rubricItem("cache-on-read-path").text)));
    EXPECT_TRUE(verdict->text().contains(QStringLiteral("%1 of %2 targets met")
                                             .arg(score.targetsMet)
                                             .arg(score.solver.targets.size())));
}

TEST(PracticeReportTest, EstimatesTargetsAndTimesAreListed) {
    const PracticeSession session = answeredSession();
    const PracticeScore score = scoreOf(session);
    PracticeReport report(session, &score, &shortener());
    const QString numbers = report.numbers()->toPlainText();
    for (const EstimateComparison& e : score.estimates)
        EXPECT_TRUE(numbers.contains(QString::fromStdString(e.referenceText))) << e.quantity;
    EXPECT_TRUE(numbers.contains(QStringLiteral("p99 latency at most 100 ms")));
    EXPECT_TRUE(numbers.contains(QStringLiteral("availability at least")));
    EXPECT_TRUE(numbers.contains(QStringLiteral("At the reference's peak load")));
    EXPECT_TRUE(numbers.contains(QStringLiteral("17:00"))); // spent in the high-level design
    EXPECT_TRUE(numbers.contains(QStringLiteral("15:00"))); // its plan
    EXPECT_TRUE(numbers.contains(QStringLiteral("over by 2:00")));
    EXPECT_EQ(numbers.count(QStringLiteral("over by")), 1); // the others kept to their plan
}

TEST(PracticeReportTest, ARatingReachesTheSessionAndIsSignalled) {
    const PracticeSession session = answeredSession();
    const PracticeScore score = scoreOf(session);
    PracticeReport report(session, &score, &shortener());
    QSignalSpy assessed(&report, &PracticeReport::selfAssessed);
    for (const std::string& topic : selfAssessedTopics())
        ASSERT_TRUE(report.ratingBox(topic)) << topic;
    QComboBox* api = report.ratingBox("api");
    EXPECT_EQ(api->currentData().toInt(), -1);
    api->setCurrentIndex(api->findData(2));
    EXPECT_EQ(assessed.count(), 1);
    report.ratingBox("monitoring")->setCurrentIndex(1);
    EXPECT_EQ(assessed.count(), 2);
    const auto rating = [&](const std::string& topic) {
        for (const SelfAssessment& a : report.session().selfAssessment)
            if (a.topic == topic)
                return a.rating;
        return -9;
    };
    EXPECT_EQ(rating("api"), 2);
    EXPECT_EQ(rating("monitoring"), 0);
    EXPECT_EQ(rating("data_model"), -1);
    // The rest of the session is the one given.
    PracticeSession unrated = report.session();
    unrated.selfAssessment = session.selfAssessment;
    EXPECT_EQ(unrated, session);
}

TEST(PracticeReportTest, TheSelfAssessmentShowsBothAnswers) {
    const PracticeSession session = answeredSession();
    const PracticeScore score = scoreOf(session);
    PracticeReport report(session, &score, &shortener());
    QStringList texts;
    for (const QLabel* label : report.findChildren<QLabel*>())
        texts << label->text();
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("/shorten")));
    EXPECT_TRUE(all.contains(QStringLiteral("A counter gives short ids")));
    // The reference's functional requirements beside the API, its notes beside the trade-offs.
    EXPECT_TRUE(all.contains(QString::fromStdString(
        QString::fromStdString(shortener().design.requirements.functional.front())
            .toHtmlEscaped()
            .toStdString())));
    for (const core::Note& note : shortener().design.notes)
        EXPECT_TRUE(all.contains(QString::fromStdString(note.title).toHtmlEscaped())) << note.title;
}

TEST(PracticeReportTest, BothDesignsAreDrawnAtOneScale) {
    const PracticeSession session = answeredSession();
    const PracticeScore score = scoreOf(session);
    PracticeReport report(session, &score, &shortener());
    report.resize(1280, 800);
    report.show();
    ReportDiagrams* diagrams = report.diagrams();
    report.tabs()->setCurrentWidget(diagrams);
    ASSERT_TRUE(diagrams->reference());
    const double scale = diagrams->scale();
    EXPECT_GT(scale, 0.1);
    EXPECT_LE(scale, 1.0);
    // The scale fits the larger of the two, and no more.
    const QSizeF a = diagrams->answer().sourceRect().size();
    const QSizeF b = diagrams->reference()->sourceRect().size();
    EXPECT_LE(std::max(a.width(), b.width()) * scale, diagrams->width());
    EXPECT_LE(std::max(a.height(), b.height()) * scale, diagrams->height());
    EXPECT_DOUBLE_EQ(commonDiagramScale(QSizeF(200, 100), QSizeF(400, 100), QSizeF(200, 200)), 0.5);
    EXPECT_DOUBLE_EQ(commonDiagramScale(QSizeF(100, 50), QSizeF(), QSizeF(400, 400)), 1.0);
}

TEST(PracticeReportTest, ThePdfHoldsTheTextPagesAndBothDiagramsAsVectors) {
    const PracticeSession session = answeredSession();
    const PracticeScore score = scoreOf(session);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    PracticeReport report(session, &score, &shortener());
    const QString full = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_EQ(report.exportPdf(full), QString());
    const QByteArray pdf = readAll(full);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 20'000);

    // The same report without its diagram pages has the same text pages and no drawing.
    const QString textOnly = dir.filePath(QStringLiteral("text-only.pdf"));
    PracticeReportPdfOptions noDiagrams;
    noDiagrams.diagrams = false;
    ASSERT_EQ(writePracticeReportPdf(textOnly, report.session(), &score, &shortener(), noDiagrams),
              QString());
    const QByteArray text = readAll(textOnly);
    const std::vector<PdfPage> pages = pdfPages(pdf), textPages = pdfPages(text);
    ASSERT_GE(textPages.size(), 2u);
    ASSERT_EQ(pages.size(), textPages.size() + 2);
    EXPECT_GT(pdf.size() - text.size(), 10'000);
    for (std::size_t i = 0; i < textPages.size(); ++i) {
        EXPECT_EQ(pages[i].size, QSizeF(595, 842)) << i; // A4 portrait
        EXPECT_EQ(drawnImages(pages[i]), 0) << i;
        EXPECT_GT(pages[i].content.count(" Tj"), 100) << i;
    }
    // Then the person's design and the reference, each on a landscape page, as vectors: the
    // boxes' outlines and texts are drawing operators, only the kind icons are images. The
    // reference has one icon more than the answer (its cache).
    const PdfPage& answerPage = pages[textPages.size()];
    const PdfPage& referencePage = pages[textPages.size() + 1];
    EXPECT_EQ(answerPage.size, QSizeF(842, 595));
    EXPECT_EQ(referencePage.size, QSizeF(842, 595));
    EXPECT_GE(drawnImages(answerPage), 5);
    EXPECT_EQ(drawnImages(referencePage), drawnImages(answerPage) + 1);
    EXPECT_GT(answerPage.content.count(" Tj"), 100);
    EXPECT_GT(referencePage.content.count(" Tj"), 100);
    EXPECT_GT(answerPage.content.count(" c\n"), 10); // curves: the links
}

TEST(PracticeReportTest, ACustomPromptOpensAndExports) {
    PracticeSession session = newSession("", "Design a pastebin", "Store and share text");
    session.design = withoutCache(shortener().design);
    session.design.name = "pastebin";
    session.tenTimes = "Shard the pastes by id.";
    PracticeReport report(session, nullptr, nullptr);
    EXPECT_TRUE(report.total()->text().startsWith(QStringLiteral("Not scored")));
    EXPECT_FALSE(report.diagrams()->reference());
    EXPECT_TRUE(report.ratingBox("ten_times"));
    report.ratingBox("ten_times")->setCurrentIndex(2);
    EXPECT_EQ(report.session().selfAssessment.size(), selfAssessedTopics().size());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("custom.pdf"));
    ASSERT_EQ(report.exportPdf(path), QString());
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    PracticeReportPdfOptions noDiagrams;
    noDiagrams.diagrams = false;
    const QString textOnly = dir.filePath(QStringLiteral("text.pdf"));
    ASSERT_EQ(writePracticeReportPdf(textOnly, report.session(), nullptr, nullptr, noDiagrams),
              QString());
    EXPECT_EQ(pdfPages(pdf).size(), pdfPages(readAll(textOnly)).size() + 1); // the person's only
}

TEST(PracticeReportTest, AnUnwritablePathSaysWhichAndLeavesNothing) {
    const PracticeSession session = answeredSession();
    const PracticeScore score = scoreOf(session);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const QString error = writePracticeReportPdf(path, session, &score, &shortener());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    // A folder in the way is refused, never replaced.
    const QString folder = dir.filePath(QStringLiteral("folder.pdf"));
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_TRUE(writePracticeReportPdf(folder, session, &score, &shortener()).contains(folder));
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

} // namespace
} // namespace studio::widgets::test
