// Practice > Progress > Sessions: every kept session listed, the newest first; a session's
// report opens again with the score it had, a changed self-assessment is kept, and a
// session can be removed.
#include "widgets/practice/SessionList.h"
#include "library/LibraryFixture.h"
#include "widgets/practice/PracticeReport.h"

#include "practice/PracticeCategories.h"
#include "practice/PracticeSessionJson.h"
#include "templates/BuiltinTemplates.h"

#include <QComboBox>
#include <QPushButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace studio::widgets::test {
namespace {

using namespace core::practice;

class SessionListTest : public LibraryFixture {
protected:
    // The URL shortener's reference as the answer, submitted after 20 minutes.
    core::PracticeId keepSubmitted() {
        const core::Template& t = *core::findTemplate("url-shortener");
        PracticeSession s = newSession(t.id, t.title, t.design.description);
        s.startedMs = 1'765'000'000'000;
        s.submittedMs = s.startedMs + 20 * 60'000;
        s.design = t.design;
        s.estimation = t.design.estimation;
        s.score = summarize(scorePractice(answerDesign(s), t), t);
        return library->savePractice(std::nullopt, practiceRecord(s)).value();
    }
    core::PracticeId keepStarted() {
        PracticeSession s = newSession({}, "Pastebin", "Design a pastebin");
        s.startedMs = 1'765'100'000'000;
        return library->savePractice(std::nullopt, practiceRecord(s)).value();
    }
};

TEST_F(SessionListTest, ListsOpensRatesAndRemoves) {
    const core::PracticeId submitted = keepSubmitted();
    keepStarted();
    SessionList sessions(library.get());
    QTreeWidget* list = sessions.list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("Pastebin")); // the newest first
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("not submitted"));
    EXPECT_TRUE(list->topLevelItem(1)->text(2).contains(QStringLiteral("(100%)")))
        << list->topLevelItem(1)->text(2).toStdString();
    EXPECT_EQ(list->topLevelItem(1)->text(3), QStringLiteral("20:00"));

    PracticeReport* report = sessions.openReport(1);
    ASSERT_NE(report, nullptr);
    EXPECT_EQ(report->session().title, "URL shortener");
    const auto combos = report->findChildren<QComboBox*>();
    ASSERT_FALSE(combos.empty());
    combos.front()->setCurrentIndex(combos.front()->count() - 1); // "as the reference"
    auto back = sessionFromJson(library->store().practiceJson(submitted).value());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().selfAssessment.front().rating, 2) << "kept in the library";
    delete report;

    list->setCurrentItem(list->topLevelItem(0));
    sessions.findChildren<QPushButton*>().at(1)->click(); // Remove
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(library->store().practices().value().size(), 1u);
}

} // namespace
} // namespace studio::widgets::test
