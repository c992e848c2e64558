// Simulate > Find Capacity on an M/M/1 design (the goodput-collapse example without its
// slowdown: one server of 100/s, 0.25 ms of latency each way): the p99 of the response is
// ln(100)/(mu - lambda) plus the round trip, so the highest lambda meeting T is
// mu - ln(100)/(T - 0.0005); the dialog finds it on a worker thread, names the server as what
// breaks first, and draws the curve with the target across it.
#include "widgets/simulation/CapacityDialog.h"
#include "simulation/ExampleDesigns.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace studio::widgets::test {
namespace {

TEST(CapacityDialogTest, FindsTheMM1ClosedFormAndDrawsTheCurve) {
    core::Design design = example("goodput-collapse");
    design.failures.clear();
    CapacityDialog dialog(design, core::Catalog::standard());
    dialog.setTarget(0.2, std::nullopt, false);
    dialog.find();
    EXPECT_TRUE(dialog.searching());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.searching(); }, 60'000));
    QTest::qWait(200); // the poll that shows the answer
    ASSERT_TRUE(dialog.report());
    const double mu = 100, expected = mu - std::log(100.0) / (0.2 - 0.0005);
    EXPECT_NEAR(dialog.report()->found.offeredRate, expected, 0.02 * expected);
    EXPECT_EQ(dialog.report()->found.bottleneck, "app");
    EXPECT_TRUE(dialog.answer()->text().contains(QStringLiteral("app")));
    // p50, p99, the target and the answer; the curve's 11 loads.
    const auto series = dialog.curve()->chart()->series();
    ASSERT_EQ(series.size(), 4);
    EXPECT_EQ(static_cast<QLineSeries*>(series[1])->count(),
              static_cast<int>(dialog.report()->curve.size()));
}

TEST(CapacityDialogTest, ATargetNoLoadMeetsSaysSo) {
    core::Design design = example("goodput-collapse");
    design.failures.clear();
    CapacityDialog dialog(design, core::Catalog::standard());
    dialog.setTarget(0.001, std::nullopt, false); // below the bare service time's p99
    dialog.find();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.searching(); }, 60'000));
    QTest::qWait(200);
    EXPECT_FALSE(dialog.report());
    EXPECT_TRUE(dialog.answer()->text().startsWith(QStringLiteral("No answer")))
        << dialog.answer()->text().toStdString();
}

TEST(CapacityDialogTest, StopKeepsWhatWasFoundAndClosingDoesNotWait) {
    core::Design design = example("goodput-collapse");
    design.failures.clear();
    CapacityDialog dialog(design, core::Catalog::standard());
    dialog.setTarget(0.2, std::nullopt, true); // with the simulations: the long part
    dialog.find();
    dialog.stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.searching(); }, 60'000));
    QTest::qWait(200);
    ASSERT_TRUE(dialog.report());
    EXPECT_TRUE(dialog.report()->cancelled);
    EXPECT_TRUE(dialog.report()->simulated.empty());
    EXPECT_GT(dialog.report()->found.offeredRate, 0);
    EXPECT_TRUE(dialog.answer()->text().contains(QStringLiteral("Stopped")));

    // Closing while it searches stops the search rather than refusing to close.
    dialog.show();
    dialog.find();
    ASSERT_TRUE(dialog.searching());
    dialog.close(); // the window's close button: reject()
    EXPECT_FALSE(dialog.searching());
    EXPECT_FALSE(dialog.isVisible());
}

} // namespace
} // namespace studio::widgets::test
