// The progress view as a person reads it after a few practice sessions: the score line per
// problem in the order the sessions were submitted, the category bars as averages worked out
// by hand, the items missed most often first, sessions not submitted left out, the problem
// filter narrowing everything, and a clear message while there is nothing to show.
#include "widgets/practice/ProgressView.h"
#include "library/LibraryFixture.h"

#include "practice/PracticeSessionJson.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace studio::widgets::test {
namespace {

using Categories = std::vector<std::array<int, 2>>;

constexpr core::UnixMs kDay = 24LL * 3600 * 1000;
// 2024-03-01 09:00 UTC.
constexpr core::UnixMs kStart = 1'709'283'600'000;

core::PracticeRecord record(const std::string& templateId, int day, const Categories& categories,
                            const std::vector<std::string>& missed, bool submitted = true) {
    core::practice::ScoreSummary summary;
    for (const auto& [earned, possible] : categories) {
        summary.earned += earned;
        summary.possible += possible;
    }
    summary.categories = categories;
    summary.missed = missed;
    core::PracticeRecord r;
    r.templateId = templateId;
    r.title = templateId.empty() ? "Design a parking lot" : templateId;
    r.started = kStart + day * kDay;
    if (submitted)
        r.submitted = r.started + 45 * 60'000;
    r.earned = summary.earned;
    r.possible = summary.possible;
    r.summary = core::practice::summaryToJson(summary);
    return r;
}

// Components, data flow, sizing, estimates, targets.
const Categories kUrl40 = {{1, 1}, {1, 3}, {1, 2}, {0, 2}, {1, 2}};
const Categories kUrl60 = {{1, 1}, {2, 3}, {1, 2}, {1, 2}, {1, 2}};
const Categories kUrl90 = {{1, 1}, {3, 3}, {2, 2}, {1, 2}, {2, 2}};
const Categories kFeed = {{0, 0}, {3, 5}, {1, 1}, {1, 1}, {0, 1}};

std::vector<double> yValues(const QLineSeries* line) {
    std::vector<double> values;
    for (const QPointF& point : line->points())
        values.push_back(point.y());
    return values;
}

std::vector<double> xValues(const QLineSeries* line) {
    std::vector<double> values;
    for (const QPointF& point : line->points())
        values.push_back(point.x());
    return values;
}

QLineSeries* seriesNamed(const ProgressView& view, const QString& name) {
    for (QLineSeries* line : view.scoreSeries())
        if (line->name() == name)
            return line;
    return nullptr;
}

QStringList row(const QTableWidget* table, int r) {
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts << (table->item(r, column) ? table->item(r, column)->text() : QString());
    return texts;
}

QList<qreal> barValues(const ProgressView& view, int set) {
    QList<qreal> values;
    if (!view.categorySeries())
        return values;
    const QBarSet* bars = view.categorySeries()->barSets().at(set);
    for (int n = 0; n < bars->count(); ++n)
        values << bars->at(n);
    return values;
}

void expectNear(const QList<qreal>& actual, const std::vector<double>& expected) {
    ASSERT_EQ(actual.size(), static_cast<qsizetype>(expected.size()));
    for (std::size_t n = 0; n < expected.size(); ++n)
        EXPECT_NEAR(actual[static_cast<qsizetype>(n)], expected[n], 1e-6) << "bar " << n;
}

class ProgressViewTest : public LibraryFixture {
protected:
    void keep(const core::PracticeRecord& r) {
        ASSERT_TRUE(library->savePractice(std::nullopt, r).ok());
    }

    // Three URL shortener sessions at 40%, 60% and 90% (kept out of order), one news feed
    // session at 62.5%, and a URL shortener session not submitted yet.
    void keepSample() {
        keep(record("url-shortener", 2, kUrl60,
                    {"click-consumer", "estimate-storage", "high-hit-ratio"}));
        keep(record(
            "url-shortener", 1, kUrl40,
            {"async-click-counting", "click-consumer", "estimate-reads", "estimate-storage"}));
        keep(record("news-feed", 3, kFeed, {"fan-out-on-read", "posts-stored"}));
        keep(record("url-shortener", 5, kUrl90, {"estimate-storage"}));
        keep(record("url-shortener", 6, {{0, 1}, {0, 3}, {0, 2}, {0, 2}, {0, 2}},
                    {"url-database", "cache-on-read-path"}, false));
    }

    static void choose(ProgressView& view, const QString& problem) {
        const int index = view.problemFilter()->findText(problem);
        ASSERT_GE(index, 0) << problem.toStdString();
        view.problemFilter()->setCurrentIndex(index);
    }
};

TEST_F(ProgressViewTest, ScoresRunInSubmittedOrderPerProblem) {
    keepSample();
    ProgressView view(library.get());
    EXPECT_FALSE(view.showsEmptyMessage());
    ASSERT_EQ(view.scoreSeries().size(), 2);
    const QLineSeries* url = seriesNamed(view, QStringLiteral("URL shortener"));
    ASSERT_NE(url, nullptr);
    EXPECT_EQ(yValues(url), (std::vector<double>{40, 60, 90}));
    const std::vector<double> x = xValues(url);
    ASSERT_EQ(x.size(), 3u);
    EXPECT_TRUE(std::is_sorted(x.begin(), x.end()));
    EXPECT_EQ(x.front(), static_cast<double>(kStart + kDay + 45 * 60'000));
    EXPECT_TRUE(url->pointsVisible());
    const QLineSeries* feed = seriesNamed(view, QStringLiteral("News feed"));
    ASSERT_NE(feed, nullptr);
    EXPECT_EQ(yValues(feed), (std::vector<double>{62.5}));
}

TEST_F(ProgressViewTest, CategoryBarsAreTheAveragesAndTheLatestSession) {
    keepSample();
    ProgressView view(library.get());
    choose(view, QStringLiteral("URL shortener"));
    EXPECT_EQ(view.categoryLabels(),
              (QStringList{"Components", "Data flow", "Sizing", "Estimates", "Targets"}));
    ASSERT_NE(view.categorySeries(), nullptr);
    EXPECT_EQ(view.categorySeries()->barSets().at(0)->label(), QStringLiteral("Average"));
    EXPECT_EQ(view.categorySeries()->barSets().at(1)->label(), QStringLiteral("Latest"));
    // By hand: data flow (1/3 + 2/3 + 3/3) / 3, sizing (1/2 + 1/2 + 2/2) / 3...
    expectNear(barValues(view, 0), {100, 200.0 / 3, 200.0 / 3, 100.0 / 3, 200.0 / 3});
    expectNear(barValues(view, 1), {100, 100, 100, 50, 100});

    // Every problem: the news feed had no component points, so components stay URL-only.
    choose(view, QStringLiteral("All problems"));
    expectNear(barValues(view, 0),
               {100, (100.0 / 3 + 200.0 / 3 + 100 + 60) / 4, (50 + 50 + 100 + 100) / 4.0,
                (0 + 50 + 50 + 100) / 4.0, (50 + 50 + 100 + 0) / 4.0});
    expectNear(barValues(view, 1), {100, 100, 100, 50, 100}); // the last submitted: URL 90%
}

TEST_F(ProgressViewTest, MissedMostOftenComesFirst) {
    keepSample();
    ProgressView view(library.get());
    choose(view, QStringLiteral("URL shortener"));
    const QTableWidget* table = view.missedTable();
    ASSERT_EQ(table->rowCount(), 5);
    EXPECT_EQ(row(table, 0),
              (QStringList{"About 50 GB of URLs: 100M x 500 B", "URL shortener", "3 of 3"}));
    EXPECT_EQ(row(table, 1).at(2), QStringLiteral("2 of 3"));
    EXPECT_TRUE(row(table, 1).at(0).startsWith(QStringLiteral("A consumer")));
    for (int r = 2; r < 5; ++r)
        EXPECT_EQ(row(table, r).at(2), QStringLiteral("1 of 3"));
}

TEST_F(ProgressViewTest, UnsubmittedSessionsAreLeftOut) {
    keepSample();
    ProgressView view(library.get());
    choose(view, QStringLiteral("URL shortener"));
    EXPECT_EQ(yValues(view.scoreSeries().at(0)).size(), 3u);
    // The unsubmitted session missed the database: no row names it.
    for (int r = 0; r < view.missedTable()->rowCount(); ++r)
        EXPECT_FALSE(row(view.missedTable(), r).at(0).startsWith(QStringLiteral("A database")));
    EXPECT_TRUE(view.summary()->text().contains(QStringLiteral("1 not submitted yet")))
        << view.summary()->text().toStdString();
}

TEST_F(ProgressViewTest, TheFilterNarrowsEverything) {
    keepSample();
    ProgressView view(library.get());
    EXPECT_EQ(view.problemFilter()->count(), 3); // all, news feed, URL shortener
    EXPECT_EQ(view.missedTable()->rowCount(), 7);
    choose(view, QStringLiteral("News feed"));
    ASSERT_EQ(view.scoreSeries().size(), 1);
    EXPECT_EQ(view.scoreSeries().at(0)->name(), QStringLiteral("News feed"));
    ASSERT_EQ(view.missedTable()->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        EXPECT_EQ(row(view.missedTable(), r).mid(1), (QStringList{"News feed", "1 of 1"}));
    // No component points in the news feed session: no components bar.
    EXPECT_EQ(view.categoryLabels(), (QStringList{"Data flow", "Sizing", "Estimates", "Targets"}));
    expectNear(barValues(view, 0), {60, 100, 100, 0});
}

TEST_F(ProgressViewTest, TheSummarySaysSessionsAverageBestAndTrend) {
    keepSample();
    ProgressView view(library.get());
    choose(view, QStringLiteral("URL shortener"));
    const QString text = view.summary()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("3 sessions"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("average 63%"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("best 90%"))) << text.toStdString();
    // Three sessions: the last one against the one before (90 - 60).
    EXPECT_TRUE(text.contains(QStringLiteral("trend +30 points (last 1 vs the 1 before)")))
        << text.toStdString();

    // Every problem, 40 60 62.5 90: the last two against the two before.
    choose(view, QStringLiteral("All problems"));
    EXPECT_TRUE(view.summary()->text().contains(QStringLiteral("4 sessions")));
    EXPECT_TRUE(view.summary()->text().contains(QStringLiteral("trend +26 points (last 2")))
        << view.summary()->text().toStdString();
}

TEST_F(ProgressViewTest, OwnPromptsShareOneLine) {
    keep(record("", 1, {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 2}}, {}));
    keep(record("", 2, {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 2}}, {}));
    ProgressView view(library.get());
    ASSERT_EQ(view.scoreSeries().size(), 1);
    EXPECT_EQ(view.scoreSeries().at(0)->name(), QStringLiteral("Your own prompts"));
    EXPECT_EQ(yValues(view.scoreSeries().at(0)), (std::vector<double>{50, 100}));
    EXPECT_EQ(view.categoryLabels(), QStringList{"Targets"});
}

TEST_F(ProgressViewTest, AnEmptyLibraryShowsTheMessage) {
    ProgressView view(library.get());
    EXPECT_TRUE(view.showsEmptyMessage());
    EXPECT_TRUE(view.emptyMessage()->text().startsWith(QStringLiteral("No practice sessions yet")))
        << view.emptyMessage()->text().toStdString();
    EXPECT_TRUE(view.scoreSeries().isEmpty());

    // Only a session not submitted yet: still nothing to chart.
    keep(record("url-shortener", 1, kUrl40, {}, false));
    view.refresh();
    EXPECT_TRUE(view.showsEmptyMessage());
    EXPECT_TRUE(view.emptyMessage()->text().contains(QStringLiteral("submit")));
}

TEST_F(ProgressViewTest, RefreshShowsANewSessionAndKeepsTheProblem) {
    keepSample();
    ProgressView view(library.get());
    choose(view, QStringLiteral("News feed"));
    keep(record("news-feed", 7, kFeed, {"posts-stored"}));
    view.refresh();
    EXPECT_EQ(view.problemFilter()->currentText(), QStringLiteral("News feed"));
    ASSERT_EQ(view.scoreSeries().size(), 1);
    EXPECT_EQ(yValues(view.scoreSeries().at(0)), (std::vector<double>{62.5, 62.5}));
    ASSERT_GE(view.missedTable()->rowCount(), 1);
    EXPECT_EQ(row(view.missedTable(), 0).mid(1), (QStringList{"News feed", "2 of 2"}));
}

} // namespace
} // namespace studio::widgets::test
