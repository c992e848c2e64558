// Dropping palette kinds on the window's empty canvas: each lands under the pointer, and the
// view (zoom and scroll) stays as it was; nothing refits because the design changed.
#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/palette/PaletteTree.h"
#include "widgets/window/MainWindow.h"

#include <QDropEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

#include <string>

namespace studio::widgets {
namespace {

class FirstDropTest : public ::testing::TestWithParam<QSize> {
protected:
    void SetUp() override {
        window.resize(GetParam());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
    }

    DesignView* view() const { return window.view(); }

    // Drags `kind` from the palette and drops it at `pos` (viewport pixels) as QDrag does;
    // returns the new component's id.
    std::string drop(const QByteArray& kind, const QPoint& pos) {
        QMimeData data;
        data.setData(QString::fromLatin1(PaletteTree::mimeType), kind);
        QWidget* viewport = view()->viewport();
        QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent drop(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QTest::qWait(50); // the inspector, the overview and the docks follow the selection
        const auto& components = window.document()->design().components;
        return drop.isAccepted() && !components.empty() ? components.back().id : std::string();
    }

    // Where the component's centre is on screen (viewport pixels).
    QPoint centreOnScreen(const std::string& id) const {
        return view()->mapFromScene(window.scene()->componentItem(id)->sceneBox().center());
    }

    struct ViewState {
        double zoom;
        int x;
        int y;
        bool operator==(const ViewState&) const = default;
    };
    ViewState state() const {
        return {view()->zoom(), view()->horizontalScrollBar()->value(),
                view()->verticalScrollBar()->value()};
    }

    MainWindow window;
};

TEST_P(FirstDropTest, EachDropLandsUnderThePointerAndTheViewStaysPut) {
    window.scene()->setSnapToGrid(false);
    const ViewState before = state();
    const QPoint topLeft(90, 70);
    const std::string first = drop("service", topLeft);
    ASSERT_FALSE(first.empty());
    EXPECT_LE((centreOnScreen(first) - topLeft).manhattanLength(), 2);
    EXPECT_EQ(state(), before) << "zoom " << view()->zoom();

    const QPoint later(view()->viewport()->width() / 2 + 130, 260);
    const std::string second = drop("sql_database", later);
    ASSERT_FALSE(second.empty());
    EXPECT_LE((centreOnScreen(second) - later).manhattanLength(), 2);
    EXPECT_LE((centreOnScreen(first) - topLeft).manhattanLength(), 2); // still where it was
    EXPECT_EQ(state(), before);
}

TEST_P(FirstDropTest, WithSnappingADropLandsWithinHalfAGridStep) {
    ASSERT_TRUE(window.scene()->snapToGrid());
    const ViewState before = state();
    const QPoint topLeft(100, 84);
    const std::string id = drop("cache", topLeft);
    ASSERT_FALSE(id.empty());
    const QPoint off = centreOnScreen(id) - topLeft;
    const int halfStep = static_cast<int>(DesignScene::kGridSize / 2 * view()->zoom()) + 1;
    EXPECT_LE(std::abs(off.x()), halfStep);
    EXPECT_LE(std::abs(off.y()), halfStep);
    EXPECT_EQ(state(), before);
}

INSTANTIATE_TEST_SUITE_P(WindowSizes, FirstDropTest,
                         ::testing::Values(QSize(1280, 800), QSize(1600, 1000), QSize(1920, 1080)),
                         [](const auto& info) {
                             return std::to_string(info.param.width()) + "x" +
                                    std::to_string(info.param.height());
                         });

} // namespace
} // namespace studio::widgets
