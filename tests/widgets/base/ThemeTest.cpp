// The theme choice: Dark and Light replace the application's palette, System gives the
// platform's back, and the choice is kept in the settings.
#include "widgets/base/Theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

class ThemeTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QLatin1String(kThemeKey)); }
    void TearDown() override {
        applyTheme(Theme::System);
        QSettings().remove(QLatin1String(kThemeKey));
    }

    static double windowLightness() {
        return QApplication::palette().color(QPalette::Window).lightnessF();
    }
};

TEST_F(ThemeTest, DarkSetsADarkWindowAndIsRemembered) {
    EXPECT_EQ(storedTheme(), Theme::System) << "nothing stored: the platform's look";
    chooseTheme(Theme::Dark);
    EXPECT_LT(windowLightness(), 0.3);
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightnessF(), 0.7);
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_EQ(QSettings().value(QLatin1String(kThemeKey)).toString(), QStringLiteral("dark"));
    EXPECT_EQ(storedTheme(), Theme::Dark);

    chooseTheme(Theme::Light);
    EXPECT_GT(windowLightness(), 0.7);
    EXPECT_EQ(storedTheme(), Theme::Light);
}

TEST_F(ThemeTest, SystemGivesThePlatformPaletteBack) {
    const QColor platform = QApplication::palette().color(QPalette::Window);
    chooseTheme(Theme::Dark);
    ASSERT_NE(QApplication::palette().color(QPalette::Window), platform);
    chooseTheme(Theme::System);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), platform);
    EXPECT_EQ(storedTheme(), Theme::System);
}

TEST_F(ThemeTest, StartUpAppliesTheStoredChoice) {
    QSettings().setValue(QLatin1String(kThemeKey), QStringLiteral("dark"));
    applyStoredTheme();
    EXPECT_LT(windowLightness(), 0.3);

    QSettings().setValue(QLatin1String(kThemeKey), QStringLiteral("purple"));
    EXPECT_EQ(storedTheme(), Theme::System) << "an unknown value is the platform's look";
}

} // namespace
} // namespace studio::widgets
