#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/overlay/EstimateLegend.h"
#include "widgets/overlay/EstimateOverlay.h"
#include "widgets/window/MainWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

// The View menu's switches, their shortcut and the settings that remember them.
class EstimateOverlayWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings settings;
        settings.remove(QStringLiteral("view/estimateOverlay"));
        settings.remove(QStringLiteral("view/estimatePeakLoad"));
    }
    void TearDown() override { SetUp(); }
};

TEST_F(EstimateOverlayWindowTest, ViewMenuTurnsTheOverlayOnWithAFreeShortcut) {
    MainWindow window;
    QAction* overlay = window.estimateOverlayAction();
    ASSERT_NE(overlay, nullptr);
    EXPECT_TRUE(overlay->isCheckable());
    EXPECT_FALSE(overlay->isChecked()); // off until asked for
    EXPECT_TRUE(window.peakLoadAction()->isChecked());
    EXPECT_EQ(overlay->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action == overlay)
            continue;
        for (const QKeySequence& key : action->shortcuts())
            EXPECT_NE(key, overlay->shortcut()) << action->text().toStdString();
    }

    window.document()->reset(test::sampleDesign());
    overlay->trigger();
    EXPECT_TRUE(window.estimateOverlay()->isEnabled());
    ASSERT_NE(window.estimateOverlay()->solution(), nullptr);
    EXPECT_NE(window.scene()->componentItem("app")->loadBand(), LoadBand::Off);
    EXPECT_FALSE(window.estimateOverlay()->legend()->isHidden());

    window.peakLoadAction()->trigger();
    EXPECT_EQ(window.estimateOverlay()->rateBasis(), core::solver::RateBasis::Average);
    overlay->trigger();
    EXPECT_FALSE(window.estimateOverlay()->isEnabled());
    EXPECT_EQ(window.scene()->componentItem("app")->loadBand(), LoadBand::Off);
}

TEST_F(EstimateOverlayWindowTest, RemembersBothSwitches) {
    {
        MainWindow window;
        window.estimateOverlayAction()->setChecked(true);
        window.peakLoadAction()->setChecked(false);
        QCloseEvent close;
        QCoreApplication::sendEvent(&window, &close);
        ASSERT_TRUE(close.isAccepted());
    }
    MainWindow again;
    EXPECT_TRUE(again.estimateOverlayAction()->isChecked());
    EXPECT_TRUE(again.estimateOverlay()->isEnabled());
    EXPECT_FALSE(again.peakLoadAction()->isChecked());
    EXPECT_EQ(again.estimateOverlay()->rateBasis(), core::solver::RateBasis::Average);
}

} // namespace
} // namespace studio::widgets
