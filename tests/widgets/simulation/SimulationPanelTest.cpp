// The Simulation dock as a person uses it: run, cancel, run again and wait, then read what
// the tables and charts show against the run's own result; an edit marks the results stale,
// another design clears them; F5 in the window opens the dock and runs.
#include "widgets/simulation/SimulationPanel.h"
#include "simulation/ExampleDesigns.h"
#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/simulation/ComparisonTable.h"
#include "widgets/simulation/FigureText.h"
#include "widgets/simulation/FlowAnimation.h"
#include "widgets/simulation/LatencyChart.h"
#include "widgets/simulation/ResultsSummary.h"
#include "widgets/simulation/RunSettingsStore.h"
#include "widgets/simulation/TimeSeriesChart.h"
#include "widgets/simulation/UtilisationChart.h"
#include "widgets/window/MainWindow.h"

#include "format/DesignFile.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace studio::widgets::test {
namespace {

constexpr int kWaitMs = 60'000;

bool waitIdle(const SimulationPanel& panel) {
    return QTest::qWaitFor([&] { return !panel.running(); }, kWaitMs);
}

// Runs `seconds` x `replications` (seed 1) and waits for the end.
bool runFor(SimulationPanel& panel, double seconds, int replications) {
    RunSettings settings;
    settings.duration = seconds;
    settings.replications = replications;
    panel.setSettings(settings);
    panel.run();
    return waitIdle(panel);
}

TEST(SimulationPanelTest, CancelThenRunAgainShowsTheRunsFigures) {
    StudioDocument document;
    document.reset(example("goodput-collapse"));
    SimulationPanel panel(&document);
    RunSettings settings;
    settings.duration = 1e6; // long enough to be cancelled before it ends
    settings.replications = 2;
    panel.setSettings(settings);
    panel.run();
    ASSERT_TRUE(panel.running());
    panel.cancel();
    ASSERT_TRUE(waitIdle(panel));
    EXPECT_FALSE(panel.shownRun()) << "a cancelled run shows nothing";
    EXPECT_TRUE(panel.statusLabel()->text().contains(QStringLiteral("Cancelled")));

    settings.duration = 60;
    settings.replications = 3;
    panel.setSettings(settings);
    QSignalSpy finished(&panel, &SimulationPanel::runFinished);
    panel.run();
    ASSERT_TRUE(waitIdle(panel));
    ASSERT_EQ(finished.count(), 1);
    const auto run = panel.shownRun();
    ASSERT_TRUE(run && run->result);
    const core::sim::SimulationResult& r = *run->result;
    EXPECT_EQ(r.replications, 3);

    // The summary: one row per request class, its goodput cell from the result itself.
    QTableWidget* requests = panel.summary()->requestTable();
    ASSERT_EQ(requests->rowCount(), static_cast<int>(r.requests.size()));
    EXPECT_TRUE(requests->item(0, 1)->text().startsWith(
        figureText(r.requests[0].goodput.mean, Measure::Rate)))
        << requests->item(0, 1)->text().toStdString();
    // The slowdown makes the simulated goodput fall far below the offered rate: named.
    EXPECT_FALSE(panel.summary()->disagreements().isEmpty());

    // Over time: a point per bucket that has the figure, the slowdown shaded once.
    int buckets = 0;
    for (const core::sim::Interval& v : r.series.requests[0].goodput)
        buckets += v.replications > 0 ? 1 : 0;
    ASSERT_EQ(panel.throughputChart()->pointCounts().size(), 4u);
    EXPECT_EQ(panel.throughputChart()->pointCounts()[2], buckets);
    EXPECT_EQ(panel.throughputChart()->failureWindows(), 1);
    EXPECT_EQ(panel.latencyChart()->failureWindows(), 1);
    EXPECT_EQ(panel.utilisationChart()->components(), QStringList{QStringLiteral("app")});
    // The distribution: its bands hold what lies between its first and last level.
    const std::vector<double> shares = panel.distributionChart()->bandShares();
    ASSERT_EQ(shares.size(), static_cast<std::size_t>(LatencyChart::kBands));
    double total = 0;
    for (const double share : shares) {
        EXPECT_GE(share, 0);
        total += share;
    }
    EXPECT_NEAR(total, 0.9999, 1e-9);
    EXPECT_FALSE(panel.queueChart()->pointCounts().empty());
}

TEST(SimulationPanelTest, AnEditMarksTheResultsStaleAnotherDesignClearsThem) {
    StudioDocument document;
    document.reset(example("one-server-down"));
    SimulationPanel panel(&document);
    ASSERT_TRUE(runFor(panel, 20, 2));
    ASSERT_TRUE(panel.shownRun());
    EXPECT_FALSE(panel.stale());

    const std::string id = document.design().components.back().id;
    document.push(new RenameCommand(document.model(), id, "Renamed"));
    EXPECT_TRUE(panel.stale());
    EXPECT_EQ(panel.shownRun()->design.components.back().name,
              example("one-server-down").components.back().name)
        << "the run keeps the design it ran on";
    document.undoStack()->undo();
    EXPECT_TRUE(panel.stale()) << "undone or not, the run is for an earlier version";

    document.reset(example("sinkhole"));
    EXPECT_FALSE(panel.shownRun());
    EXPECT_FALSE(panel.stale());
    EXPECT_EQ(panel.summary()->requestTable()->rowCount(), 0);
}

TEST(SimulationPanelTest, SettingsAreRememberedPerDesign) {
    StudioDocument document;
    document.reset(example("sinkhole"));
    SimulationPanel panel(&document);
    RunSettings settings;
    settings.duration = 7;
    settings.replications = 2;
    settings.seed = 42;
    panel.setSettings(settings);
    panel.run();
    ASSERT_TRUE(waitIdle(panel));

    document.reset(example("retry-storm"));
    EXPECT_NE(panel.settings().seed, 42u);
    document.reset(example("sinkhole"));
    EXPECT_EQ(panel.settings(), settings);
}

TEST(SimulationPanelTest, RunActionOpensTheDockAndRuns) {
    MainWindow window;
    window.document()->reset(example("one-server-down"));
    RunSettings settings;
    settings.duration = 10;
    settings.replications = 2;
    window.simulationPanel()->setSettings(settings);
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("simulationDock"));
    ASSERT_TRUE(dock);
    window.show();
    EXPECT_FALSE(dock->isVisible());
    window.runAction()->trigger();
    EXPECT_TRUE(dock->isVisible());
    EXPECT_FALSE(window.runAction()->isEnabled()) << "one run at a time";
    ASSERT_TRUE(waitIdle(*window.simulationPanel()));
    EXPECT_TRUE(window.runAction()->isEnabled());
    ASSERT_TRUE(window.simulationPanel()->shownRun());

    // The canvas shows the run: each station's simulated load, the busiest marked.
    EXPECT_TRUE(window.simulationOverlayAction()->isChecked());
    const core::sim::SimulationResult& r = *window.simulationPanel()->shownRun()->result;
    for (const core::sim::ComponentStats& c : r.components) {
        const ComponentItem* item = window.scene()->componentItem(c.id);
        ASSERT_TRUE(item);
        EXPECT_EQ(item->load().text.startsWith(figureText(c.servedRate.mean, Measure::Rate)),
                  c.station)
            << c.id;
        EXPECT_EQ(item->load().toolTip.startsWith(QStringLiteral("Simulated")), c.station);
    }
    // One overlay at a time.
    window.estimateOverlayAction()->setChecked(true);
    EXPECT_FALSE(window.simulationOverlayAction()->isChecked());
    window.simulationOverlayAction()->setChecked(true);
    EXPECT_FALSE(window.estimateOverlayAction()->isChecked());
    window.simulationOverlayAction()->setChecked(false);
    for (const core::sim::ComponentStats& c : r.components)
        EXPECT_TRUE(window.scene()->componentItem(c.id)->load().text.isEmpty()) << c.id;
}

TEST(SimulationPanelTest, CompareIdenticalRunsSaysNoSignificantDifferenceEverywhere) {
    StudioDocument document;
    document.reset(example("sinkhole"));
    SimulationPanel panel(&document);
    ASSERT_TRUE(runFor(panel, 20, 3));
    panel.keepAsBaseline();
    ASSERT_EQ(panel.baseline(), panel.shownRun());
    EXPECT_TRUE(panel.comparison()->verdicts().empty()) << "a run is not compared with itself";

    panel.run(); // the same design and seed
    ASSERT_TRUE(waitIdle(panel));
    ASSERT_NE(panel.baseline(), panel.shownRun());
    const auto verdicts = panel.comparison()->verdicts();
    ASSERT_FALSE(verdicts.empty());
    for (const core::sim::Verdict v : verdicts)
        EXPECT_EQ(v, core::sim::Verdict::NoSignificantDifference);
    // The baseline's goodput and p99 join the charts, dashed.
    EXPECT_EQ(panel.throughputChart()->pointCounts().size(), 5u);
    EXPECT_EQ(panel.latencyChart()->pointCounts().size(), 4u);
}

TEST(SimulationPanelTest, CompareNamesTheBetterVariant) {
    // One server at 90% against two: the second run's latency is better, beyond the noise.
    // (The goodput-collapse design without its slowdown: 90 req/s on one server of 100.)
    StudioDocument document;
    document.reset(example("goodput-collapse"));
    core::Design slow = document.design();
    slow.failures.clear();
    document.reset(slow);
    SimulationPanel panel(&document);
    ASSERT_TRUE(runFor(panel, 60, 5));
    panel.keepAsBaseline();

    core::Design faster = slow;
    for (core::Component& c : faster.components)
        if (c.id == "app")
            c.properties["instances"] = std::int64_t{2};
    // An edit keeps the baseline (another design would clear it).
    document.push(new EditComponentCommand(document.model(), faster.components.back(),
                                           QStringLiteral("instances")));
    panel.run();
    ASSERT_TRUE(waitIdle(panel));
    const auto verdicts = panel.comparison()->verdicts();
    ASSERT_GE(verdicts.size(), 3u);
    EXPECT_EQ(verdicts[1], core::sim::Verdict::Better) << "mean latency";
    EXPECT_EQ(verdicts[2], core::sim::Verdict::Better) << "p99";
}

// The request flow: dots in proportion to each link's simulated traffic, counted on a paused
// frame; a design opened (the scene rebuilt) does not take the flow down with it.
TEST(SimulationPanelTest, TheFlowDrawsDotsInProportionToTheLinksTraffic) {
    MainWindow window;
    window.document()->reset(example("sinkhole"));
    RunSettings settings;
    settings.duration = 30;
    settings.replications = 2;
    SimulationPanel& panel = *window.simulationPanel();
    panel.setSettings(settings);
    panel.run();
    ASSERT_TRUE(waitIdle(panel));
    ASSERT_TRUE(panel.flowButton()->isEnabled());
    panel.flowButton()->click(); // play
    FlowAnimation* flow = window.findChild<FlowAnimation*>();
    ASSERT_TRUE(flow);
    EXPECT_TRUE(flow->playing());
    QTest::qWait(100);
    EXPECT_GT(flow->clock(), 0);
    panel.flowButton()->click(); // pause
    EXPECT_FALSE(flow->playing());
    flow->setClock(10); // before the crash at 20 s, at the mean sending rate

    const core::sim::SimulationResult& r = *panel.shownRun()->result;
    double busiest = 0;
    for (const core::sim::LinkStats& l : r.links)
        busiest = std::max(busiest, l.rate.mean);
    const auto counts = flow->dotCounts();
    ASSERT_FALSE(counts.empty());
    for (const auto& c : counts) {
        const auto link = std::find_if(r.links.begin(), r.links.end(),
                                       [&](const auto& l) { return l.id == c.link; });
        ASSERT_NE(link, r.links.end());
        const double expected = link->rate.mean / busiest * c.length / FlowAnimation::kSpacing;
        EXPECT_GT(c.length, 0) << c.link;
        EXPECT_NEAR(c.dots, expected, 0.15 * expected + 1) << c.link;
        EXPECT_LE(c.failing, c.dots);
    }
    // The sinkhole: the crashed server refuses, so the link into it carries failing dots.
    int failing = 0;
    for (const auto& c : counts)
        failing += c.failing;
    EXPECT_GT(failing, 0);

    window.document()->reset(example("retry-storm"));
    EXPECT_TRUE(flow->dotCounts().empty());
    EXPECT_FALSE(panel.flowButton()->isEnabled());
}

TEST(SimulationPanelTest, TheDefaultDurationFitsTheDesign) {
    // 90 req/s: a minute; with its slowdown at 30 s for 8 s: at least 54 s.
    EXPECT_EQ(defaultDuration(example("goodput-collapse")), 60);
    // A busy design: the 200,000 requests come sooner than a minute.
    core::Design busy = example("goodput-collapse");
    busy.failures.clear();
    busy.components.front().workload->rate = 20'000;
    EXPECT_EQ(defaultDuration(busy), 10);
    busy.components.front().workload->rate = 1.4e6; // the chat template's scale
    EXPECT_DOUBLE_EQ(defaultDuration(busy), 0.1);
    busy.components.front().workload->rate = 20'000;
    busy.failures = example("goodput-collapse").failures;
    EXPECT_EQ(defaultDuration(busy), 54);
}

} // namespace
} // namespace studio::widgets::test
