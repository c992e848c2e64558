// A practice session as a person goes through it, offscreen, on a clock the test moves: the
// four phases advance, an overrun is flagged, a hint and a curveball are taken, the session
// is submitted, scored and kept; read back from the library, every answer, time and the
// score are as they were.
#include "library/LibraryFixture.h"
#include "widgets/inspector/RowTable.h"
#include "widgets/practice/ClarifyPage.h"
#include "widgets/practice/DeepDivePage.h"
#include "widgets/practice/HighLevelPage.h"
#include "widgets/practice/PracticeClockBar.h"
#include "widgets/practice/PracticePanel.h"
#include "widgets/practice/PracticeSetupDialog.h"
#include "widgets/practice/WrapUpPage.h"

#include "model/Estimation.h"
#include "practice/PracticeSessionJson.h"
#include "templates/BuiltinTemplates.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace studio::widgets::test {
namespace {

using namespace core::practice;

class PracticeSessionTest : public LibraryFixture {
protected:
    double now = 0; // s on the practice clock
};

TEST_F(PracticeSessionTest, AllFourPhasesSubmittedKeptAndReadBack) {
    const core::Template& reference = *core::findTemplate("url-shortener");
    PracticePanel panel(&document, library.get());
    int reports = 0;
    panel.showReport = [&](const PracticeSession&, const PracticeScore* score) {
        ++reports;
        EXPECT_NE(score, nullptr);
    };
    panel.clockBar()->now = [this] { return now; };
    panel.start(newSession(reference.id, reference.title, reference.design.description, 9));
    ASSERT_TRUE(panel.keptId()) << "kept from the start";
    EXPECT_EQ(panel.pages()->currentIndex(), 0);

    // Clarify: requirements, the checklist, the worksheet.
    panel.clarifyPage()->functional()->setPlainText("Shorten a URL\n\nRedirect with 301\n");
    panel.clarifyPage()->nonFunctional()->item(0, 1)->setText("10B redirects a month");
    panel.clarifyPage()->nonFunctional()->item(2, 2)->setCheckState(Qt::Checked);
    const auto& fields = core::estimationFields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        panel.clarifyPage()->worksheet()[i]->setValue(reference.design.estimation.*
                                                      fields[i].member);
    // The worksheet works the figures out as the person types: 100M x 3.3333 a day.
    EXPECT_TRUE(panel.clarifyPage()->figures()->text().contains(QStringLiteral("3.858K req/s")))
        << panel.clarifyPage()->figures()->text().toStdString();
    core::Estimation typed;
    for (std::size_t i = 0; i < fields.size(); ++i)
        typed.*fields[i].member = panel.clarifyPage()->worksheet()[i]->value();

    // Clarify is planned for 60 s of a 9-minute session: at 61 s it has run over.
    QSignalSpy overrun(panel.clockBar(), &PracticeClockBar::overrun);
    now = 61;
    panel.clockBar()->tick();
    EXPECT_EQ(overrun.count(), 1);
    EXPECT_TRUE(panel.noticeLabel()->text().contains(QStringLiteral("run over")));
    EXPECT_TRUE(panel.clockBar()->timeLabel()->text().contains(QStringLiteral("over by 0:01")));
    now = 70;
    panel.clockBar()->nextPhase();
    EXPECT_EQ(panel.pages()->currentIndex(), 1);
    EXPECT_TRUE(panel.noticeLabel()->text().isEmpty());

    // High-level design: the canvas, an endpoint, an entity.
    document.reset(reference.design);
    RowTable* api = panel.highLevelPage()->api();
    api->setRowCount(1);
    for (int c = 0; c < 4; ++c)
        api->setText(0, c, QStringList{"GET", "/{id}", "-", "301"}[c]);
    RowTable* entities = panel.highLevelPage()->dataModel();
    entities->setRowCount(2); // the second left empty: not an entity
    entities->setText(0, 0, "url");
    entities->setText(0, 2, "short_id");
    now = 300;
    panel.clockBar()->nextPhase();
    EXPECT_EQ(panel.pages()->currentIndex(), 2);

    // Deep dive: a prompt covered, a hint, a curveball played on the design.
    panel.deepDivePage()->checklist()->item(1, 0)->setCheckState(Qt::Checked);
    panel.takeHint();
    EXPECT_TRUE(panel.hintLabel()->text().contains(QStringLiteral("No more hints")))
        << "the reference meets every item: nothing to hint at";
    document.reset(core::Design{});
    panel.takeHint();
    EXPECT_TRUE(panel.hintLabel()->text().contains(QStringLiteral("A nudge")))
        << panel.hintLabel()->text().toStdString();
    // On an empty canvas a curveball waits for a design: not counted as asked.
    panel.deepDivePage()->askCurveball();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel.deepDivePage()->playing(); }, 60'000));
    EXPECT_EQ(panel.deepDivePage()->askedList()->count(), 0);
    EXPECT_TRUE(panel.deepDivePage()->outcomeLabel()->text().contains(QStringLiteral("first")));
    document.reset(reference.design);
    panel.deepDivePage()->askCurveball();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel.deepDivePage()->playing(); }, 60'000));
    ASSERT_EQ(panel.deepDivePage()->askedList()->count(), 1);
    EXPECT_FALSE(panel.deepDivePage()->outcomeLabel()->text().isEmpty());
    panel.deepDivePage()->answerEdit()->setPlainText("Add capacity before the peak");
    now = 500;
    panel.clockBar()->nextPhase();
    EXPECT_EQ(panel.pages()->currentIndex(), 3);

    panel.wrapUpPage()->tradeOffs()->setPlainText("301 saves load, 302 counts every click");
    now = 530;
    panel.submit();
    EXPECT_EQ(reports, 1);
    ASSERT_TRUE(panel.lastScore());
    // The reference design, estimates as the template's: every point but the hint's.
    EXPECT_EQ(panel.lastScore()->earned, panel.lastScore()->possible - 1);

    // Kept: read back whole.
    const auto entries = library->store().practices().value();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_TRUE(entries[0].record.submitted);
    EXPECT_EQ(entries[0].record.earned, panel.lastScore()->earned);
    auto back = sessionFromJson(library->store().practiceJson(entries[0].id).value());
    ASSERT_TRUE(back.ok()) << back.problems().front().text();
    const PracticeSession& s = back.value();
    EXPECT_EQ(s.functional, (std::vector<std::string>{"Shorten a URL", "Redirect with 301"}));
    EXPECT_EQ(s.nonFunctional[0].answer, "10B redirects a month");
    EXPECT_TRUE(s.nonFunctional[2].askedInterviewer);
    EXPECT_EQ(s.estimation, typed);
    ASSERT_EQ(s.api.size(), 1u);
    EXPECT_EQ(s.api[0].response, "301");
    ASSERT_EQ(s.dataModel.size(), 1u);
    EXPECT_EQ(s.dataModel[0].shardKey, "short_id");
    EXPECT_TRUE(s.deepDive[1].covered);
    ASSERT_EQ(s.curveballs.size(), 1u);
    EXPECT_EQ(s.curveballs[0].answer, "Add capacity before the peak");
    EXPECT_EQ(s.hints.size(), 1u);
    EXPECT_EQ(s.tradeOffs, "301 saves load, 302 counts every click");
    EXPECT_EQ(s.design, reference.design);
    EXPECT_DOUBLE_EQ(s.spent[0], 70);
    EXPECT_DOUBLE_EQ(s.spent[1], 230);
    EXPECT_DOUBLE_EQ(s.spent[2], 200);
    EXPECT_DOUBLE_EQ(s.spent[3], 30);
    EXPECT_EQ(s.phase, Phase::WrapUp);
    EXPECT_EQ(s.score.earned, panel.lastScore()->earned);
    EXPECT_GT(s.submittedMs, 0);
}

TEST_F(PracticeSessionTest, ThePanelLeavesTheCanvasRoomAt1280x800) {
    // The window at 1280 x 800 is 1,152 wide: the palette takes 220, and the canvas should
    // keep at least 430 of it. The clock's row of buttons used to need 570 by itself.
    const core::Template& reference = *core::findTemplate("chat");
    PracticePanel panel(&document, library.get());
    panel.start(newSession(reference.id, reference.title, reference.design.description, 45));
    EXPECT_LE(panel.minimumSizeHint().width(), 480);
    EXPECT_LE(panel.clockBar()->minimumSizeHint().width(), 480);
}

TEST_F(PracticeSessionTest, TheSessionsTimeRunningOutSubmitsIt) {
    PracticePanel panel(&document, library.get());
    int reports = 0;
    panel.showReport = [&](const PracticeSession&, const PracticeScore*) { ++reports; };
    panel.clockBar()->now = [this] { return now; };
    panel.start(newSession("", "Pastebin", "Design a pastebin", 5));
    now = 5 * 60 - 1;
    panel.clockBar()->tick();
    EXPECT_EQ(reports, 0);
    now = 5 * 60;
    panel.clockBar()->tick();
    EXPECT_EQ(reports, 1);
    EXPECT_FALSE(panel.lastScore()) << "a custom prompt has no reference to score against";
    EXPECT_TRUE(panel.noticeLabel()->text().contains(QStringLiteral("Time is up")));
    EXPECT_TRUE(library->store().practices().value().at(0).record.submitted);
}

TEST(PracticeSetupDialogTest, AProblemARandomOneOrTheirOwnPrompt) {
    PracticeSetupDialog dialog;
    dialog.problems()->setCurrentRow(2);
    EXPECT_EQ(dialog.session().templateId, core::builtinTemplates()[2].id);
    EXPECT_EQ(dialog.session().prompt, core::builtinTemplates()[2].design.description);

    dialog.pickRandom = [](int count) { return count - 1; };
    dialog.problems()->setCurrentRow(dialog.problems()->count() - 2);
    EXPECT_EQ(dialog.session().templateId, core::builtinTemplates().back().id);

    dialog.problems()->setCurrentRow(dialog.problems()->count() - 1);
    dialog.customTitle()->setText("Pastebin");
    dialog.customPrompt()->setPlainText("Design a pastebin for 10M pastes a day");
    dialog.minutes()->setValue(30);
    const PracticeSession custom = dialog.session();
    EXPECT_EQ(custom.templateId, "");
    EXPECT_EQ(custom.title, "Pastebin");
    EXPECT_DOUBLE_EQ(custom.planned[2], 20.0 / 45 * 30 * 60);
}

} // namespace
} // namespace studio::widgets::test
