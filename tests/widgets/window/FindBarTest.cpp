// Find (Ctrl+F): by name or kind, ignoring case; shows and selects each match in turn,
// counts, wraps, leaves the selection alone when nothing matches, closes with Escape.
#include "canvas/CanvasFixture.h"

#include "widgets/window/FindBar.h"
#include "widgets/window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>

namespace studio::widgets::test {
namespace {

class FindBarTest : public CanvasFixture {
protected:
    void SetUp() override {
        CanvasFixture::SetUp();
        view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    }

    void find(const QString& text) {
        bar.open();
        bar.field()->clear();
        QTest::keyClicks(bar.field(), text);
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(bar.field(), key, modifiers);
    }
    std::vector<std::string> selected() const { return scene.selectedIds(); }
    double distanceToCenter(const std::string& id) const {
        return QLineF(view.visibleCenter(), centerOf(id)).length();
    }

    FindBar bar{&view};
};

TEST_F(FindBarTest, StartsHiddenAndOpensWithTheFocusInIt) {
    EXPECT_FALSE(bar.isVisible());
    bar.open();
    EXPECT_TRUE(bar.isVisible());
    EXPECT_TRUE(bar.field()->hasFocus());
    EXPECT_TRUE(view.viewport()->geometry().contains(bar.geometry()));
}

TEST_F(FindBarTest, FindsByNameIgnoringCaseAndShowsTheMatchAtAReadableZoom) {
    view.zoomTo(0.3);
    view.panTo({-300, -300});
    find("LINKS");
    ASSERT_EQ(bar.matches(), std::vector<std::string>{"db"});
    EXPECT_EQ(bar.countText(), "1 of 1");
    EXPECT_EQ(selected(), std::vector<std::string>{"db"});
    EXPECT_DOUBLE_EQ(view.zoom(), 1); // zoomed in to 100%, no further
    EXPECT_LT(distanceToCenter("db"), 2);
}

TEST_F(FindBarTest, FindsByKindLabelOnSubstrings) {
    find("sql");
    EXPECT_EQ(bar.matches(), std::vector<std::string>{"db"});
    find("Queue");
    EXPECT_EQ(bar.matches(), std::vector<std::string>{"queue"});
    find("balanc");
    EXPECT_EQ(bar.matches(), std::vector<std::string>{"lb"});
}

TEST_F(FindBarTest, EnterAndF3CycleForwardShiftGoesBackBothWrap) {
    // "cache": the Cache by its kind, the note "Why a cache" by its name.
    find("cache");
    ASSERT_EQ(bar.matches(), (std::vector<std::string>{"cache", "note"}));
    EXPECT_EQ(bar.countText(), "1 of 2");
    EXPECT_EQ(selected(), std::vector<std::string>{"cache"});
    EXPECT_LT(distanceToCenter("cache"), 2);

    key(Qt::Key_Return);
    EXPECT_EQ(bar.countText(), "2 of 2");
    EXPECT_EQ(selected(), std::vector<std::string>{"note"});
    // At the design's left edge: the view scrolls as far as it can towards it.
    EXPECT_TRUE(view.visibleSceneRect().contains(rectOf("note")));

    key(Qt::Key_Enter);
    EXPECT_EQ(bar.countText(), "1 of 2"); // wrapped
    EXPECT_EQ(selected(), std::vector<std::string>{"cache"});

    key(Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(bar.countText(), "2 of 2"); // wrapped backwards
    EXPECT_EQ(selected(), std::vector<std::string>{"note"});

    key(Qt::Key_F3);
    EXPECT_EQ(selected(), std::vector<std::string>{"cache"});
    key(Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(selected(), std::vector<std::string>{"note"});
    EXPECT_EQ(bar.countText(), "2 of 2");
}

TEST_F(FindBarTest, FollowsEditsBetweenSteps) {
    find("click");
    ASSERT_EQ(bar.matches(), (std::vector<std::string>{"queue", "counter"}));
    const std::string added = scene.addComponentAt("worker", QPointF(800, 600));
    ASSERT_FALSE(added.empty());
    key(Qt::Key_Return); // "Click counter", then the new worker is not a match by name...
    EXPECT_EQ(selected(), std::vector<std::string>{"counter"});
    EXPECT_EQ(bar.countText(), "2 of 2");
    find("worker"); // ...but by kind it is
    EXPECT_EQ(bar.matches(), (std::vector<std::string>{"counter", added}));
}

TEST_F(FindBarTest, ANewDesignIsSearchedAgain) {
    find("click");
    ASSERT_EQ(bar.countText(), "1 of 2");
    core::Design other = sampleDesign();
    other.components[5].name = "Events"; // the queue, "Clicks" before
    document.reset(other);
    EXPECT_EQ(bar.matches(), std::vector<std::string>{"counter"});
    EXPECT_EQ(bar.countText(), "1 match");
    key(Qt::Key_Return);
    EXPECT_EQ(bar.countText(), "1 of 1");
    EXPECT_EQ(selected(), std::vector<std::string>{"counter"});
}

TEST_F(FindBarTest, NoMatchSaysSoAndLeavesTheSelection) {
    scene.selectIds({"lb"});
    const QPointF center = view.visibleCenter();
    find("zzz");
    EXPECT_TRUE(bar.matches().empty());
    EXPECT_EQ(bar.countText(), "No match");
    key(Qt::Key_Return);
    EXPECT_EQ(selected(), std::vector<std::string>{"lb"});
    EXPECT_LT(QLineF(view.visibleCenter(), center).length(), 1);
}

TEST_F(FindBarTest, EscapeClosesAndGivesTheCanvasTheFocus) {
    find("redis");
    ASSERT_TRUE(bar.field()->hasFocus());
    key(Qt::Key_Escape);
    EXPECT_FALSE(bar.isVisible());
    EXPECT_TRUE(view.hasFocus());
    EXPECT_EQ(selected(), std::vector<std::string>{"cache"}); // what was found stays selected
}

TEST_F(FindBarTest, ZoomsOutWhenTheMatchDoesNotFitAndKeepsAZoomThatShowsIt) {
    view.zoomTo(3);
    find("redis");
    EXPECT_DOUBLE_EQ(view.zoom(), 3);
    EXPECT_LT(distanceToCenter("cache"), 2);
    view.zoomTo(8);
    view.panTo({0, 0});
    bar.findNext();
    EXPECT_LT(view.zoom(), 8);
    EXPECT_TRUE(view.visibleSceneRect().contains(rectOf("cache")));
}

TEST(FindBarWindowTest, CtrlFOpensTheBarOverTheCanvas) {
    MainWindow window;
    ASSERT_NE(window.findAction(), nullptr);
    EXPECT_TRUE(window.findAction()->shortcuts().contains(QKeySequence(QKeySequence::Find)));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.findAction()->trigger();
    EXPECT_TRUE(window.findBar()->isVisible());
    EXPECT_EQ(window.findBar()->parentWidget(), window.view());
}

} // namespace
} // namespace studio::widgets::test
