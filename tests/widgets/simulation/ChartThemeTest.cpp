// The Simulation dock's charts follow the theme: dark axes and background on a dark palette,
// and a switch keeps the colours the chart gave its lines.
#include "widgets/simulation/ChartTheme.h"
#include "widgets/base/Theme.h"
#include "widgets/simulation/LatencyChart.h"
#include "widgets/simulation/TimeSeriesChart.h"
#include "widgets/simulation/UtilisationChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

class ChartThemeTest : public ::testing::Test {
protected:
    void SetUp() override { applyTheme(Theme::Light); }
    void TearDown() override { applyTheme(Theme::System); }
};

TEST_F(ChartThemeTest, FollowsASwitchAndKeepsLineColours) {
    QWidget dock; // the charts live in the Simulation dock
    QChartView view(&dock);
    ChartTheme::follow(&view);
    dock.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dock));
    auto* line = new QLineSeries;
    line->append(0, 1);
    line->append(1, 2);
    line->setPen(QPen(QColor(46, 160, 67), 2));
    view.chart()->addSeries(line);
    auto* axis = new QValueAxis;
    view.chart()->addAxis(axis, Qt::AlignLeft);
    EXPECT_FALSE(ChartTheme::isDark(&view));
    EXPECT_LT(axis->labelsBrush().color().lightnessF(), 0.5);

    applyTheme(Theme::Dark);
    QApplication::processEvents(); // the palette reaches the widgets in an event
    EXPECT_TRUE(ChartTheme::isDark(&view));
    EXPECT_LT(view.chart()->backgroundBrush().color().lightnessF(), 0.2);
    EXPECT_GT(axis->labelsBrush().color().lightnessF(), 0.5) << "labels read on the dark";
    EXPECT_EQ(line->pen().color(), QColor(46, 160, 67)) << "the line keeps its colour";

    applyTheme(Theme::Light);
    QApplication::processEvents();
    EXPECT_FALSE(ChartTheme::isDark(&view));
    EXPECT_GT(view.chart()->backgroundBrush().color().lightnessF(), 0.8);
    EXPECT_EQ(line->pen().color(), QColor(46, 160, 67));
}

TEST_F(ChartThemeTest, TheDocksChartsStartInTheTheme) {
    applyTheme(Theme::Dark);
    TimeSeriesChart series;
    LatencyChart latency;
    UtilisationChart utilisation;
    EXPECT_TRUE(ChartTheme::isDark(&series));
    EXPECT_TRUE(ChartTheme::isDark(&latency));
    EXPECT_TRUE(ChartTheme::isDark(&utilisation));
}

} // namespace
} // namespace studio::widgets
