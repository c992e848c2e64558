// View > Theme: three exclusive choices that show the stored one, and a switch repaints the open
// design in the new colours with its text readable on its boxes.
#include "SampleDesign.h"
#include "WindowTestSupport.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Theme.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/window/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QImage>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace studio::widgets {
namespace {

// WCAG 2 contrast ratio of two opaque colours: 1 (none) to 21 (black on white).
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto linear = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class ThemeMenuTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QLatin1String(kThemeKey)); }
    void TearDown() override {
        applyTheme(Theme::System);
        QSettings().remove(QLatin1String(kThemeKey));
    }

    static QList<QAction*> themeActions(const MainWindow& window) {
        QMenu* view = test::menuTitled(window, MainWindow::tr("&View"));
        if (!view)
            return {};
        for (QAction* action : view->actions())
            if (action->menu() && action->text() == MainWindow::tr("&Theme"))
                return action->menu()->actions();
        return {};
    }
    static QAction* actionFor(const QList<QAction*>& actions, Theme theme) {
        for (QAction* action : actions)
            if (action->data().toInt() == static_cast<int>(theme))
                return action;
        return nullptr;
    }
    static QList<Theme> checked(const QList<QAction*>& actions) {
        QList<Theme> themes;
        for (const QAction* action : actions)
            if (action->isChecked())
                themes << static_cast<Theme>(action->data().toInt());
        return themes;
    }

    // The colour of the bare canvas in the view's top left corner, as painted: the most common
    // one in a patch there (grid dots aside).
    static QColor bareCanvas(MainWindow& window) {
        QApplication::processEvents();
        DesignView* view = window.view();
        const QRect patch(2, 2, 24, 24);
        EXPECT_TRUE(window.scene()->items(view->mapToScene(patch)).isEmpty());
        const QImage image = view->viewport()->grab().toImage();
        std::map<QRgb, int> counts;
        for (int y = patch.top(); y <= patch.bottom(); ++y)
            for (int x = patch.left(); x <= patch.right(); ++x)
                ++counts[image.pixel(x, y)];
        const auto most = std::max_element(counts.begin(), counts.end(),
                                           [](auto& a, auto& b) { return a.second < b.second; });
        return QColor::fromRgb(most->first);
    }

    // The design's text on every box fill it can have (kinds and overlay loads) in the
    // current theme.
    static void expectReadableBoxes(const SceneStyle& style) {
        for (int g = 0; g < 5; ++g) {
            const QColor fill = style.componentFill(static_cast<core::KindGroup>(g));
            EXPECT_GE(contrast(style.text, fill), 4.5) << "group " << g;
        }
        for (int b = 0; b < kLoadBandCount; ++b) {
            const QColor fill = style.loadFill(static_cast<LoadBand>(b));
            EXPECT_GE(contrast(style.text, fill), 4.5) << "load band " << b;
            EXPECT_GE(contrast(style.loadBadgeTextPen(static_cast<LoadBand>(b)).color(),
                               style.loadBadgeBrush(static_cast<LoadBand>(b)).color()),
                      4.5)
                << "badge " << b;
        }
        EXPECT_GE(contrast(style.text, style.noteFill()), 4.5);
    }
};

TEST_F(ThemeMenuTest, ChoicesAreExclusiveAndShowTheStoredOne) {
    QSettings().setValue(QLatin1String(kThemeKey), QStringLiteral("light"));
    {
        MainWindow window;
        const QList<QAction*> actions = themeActions(window);
        ASSERT_EQ(actions.size(), 3);
        for (const QAction* action : actions) {
            EXPECT_TRUE(action->isCheckable());
            ASSERT_NE(action->actionGroup(), nullptr);
            EXPECT_EQ(action->actionGroup()->exclusionPolicy(),
                      QActionGroup::ExclusionPolicy::Exclusive);
        }
        EXPECT_EQ(checked(actions), QList<Theme>{Theme::Light});

        actionFor(actions, Theme::Dark)->trigger();
        EXPECT_EQ(checked(actions), QList<Theme>{Theme::Dark});
        EXPECT_EQ(QSettings().value(QLatin1String(kThemeKey)).toString(), QStringLiteral("dark"));
        EXPECT_LT(QApplication::palette().color(QPalette::Window).lightnessF(), 0.3);
    }
    MainWindow next;
    EXPECT_EQ(checked(themeActions(next)), QList<Theme>{Theme::Dark}) << "the next start";
}

TEST_F(ThemeMenuTest, DarkRepaintsTheOpenDesignReadably) {
    applyTheme(Theme::Light);
    MainWindow window;
    window.document()->reset(test::sampleDesign());
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    DesignScene* scene = window.scene();
    const QColor lightCanvas = bareCanvas(window);
    const QColor lightText = scene->style().text;
    EXPECT_GT(lightCanvas.lightnessF(), 0.8);
    EXPECT_LT(lightText.lightnessF(), 0.3);
    expectReadableBoxes(scene->style());

    actionFor(themeActions(window), Theme::Dark)->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(scene->style().dark);
    EXPECT_LT(scene->style().background.lightnessF(), 0.2);
    EXPECT_GT(scene->style().text.lightnessF(), 0.8) << "a box's name turns light";
    EXPECT_LT(bareCanvas(window).lightnessF(), 0.2) << "the view repaints its cached background";
    expectReadableBoxes(scene->style());

    actionFor(themeActions(window), Theme::Light)->trigger();
    EXPECT_EQ(bareCanvas(window), lightCanvas);
    EXPECT_EQ(scene->style().text, lightText);
}

} // namespace
} // namespace studio::widgets
