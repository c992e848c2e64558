// The Queues tab: the five longest queues until the person picks, then their pick, kept from
// run to run.
#include "widgets/simulation/QueueChart.h"
#include "widgets/base/StudioDocument.h"
#include "widgets/simulation/SimulationPanel.h"
#include "widgets/simulation/TimeSeriesChart.h"

#include "templates/BuiltinTemplates.h"

#include <QListWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace studio::widgets::test {
namespace {

int checkedCount(const QListWidget* list) {
    int n = 0;
    for (int i = 0; i < list->count(); ++i)
        n += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    return n;
}

bool run(SimulationPanel& panel) {
    RunSettings settings;
    settings.duration = 2;
    settings.replications = 2;
    panel.setSettings(settings);
    panel.run();
    return QTest::qWaitFor([&] { return !panel.running(); }, 60'000);
}

TEST(QueueChartTest, TheLongestUntilPickedThenThePickKeptAcrossRuns) {
    StudioDocument document;
    document.reset(core::findTemplate("url-shortener")->design); // six queues
    SimulationPanel panel(&document);
    ASSERT_TRUE(run(panel));
    QListWidget* list = panel.queues()->components();
    const int followed = list->count();
    ASSERT_GT(followed, QueueChart::kAutomatic);
    const int automatic = std::min(followed, QueueChart::kAutomatic);
    EXPECT_EQ(checkedCount(list), automatic);
    EXPECT_EQ(static_cast<int>(panel.queueChart()->pointCounts().size()), automatic);

    const QString dropped = list->item(0)->data(Qt::UserRole).toString();
    list->item(0)->setCheckState(Qt::Unchecked);
    EXPECT_EQ(static_cast<int>(panel.queueChart()->pointCounts().size()), automatic - 1);

    ASSERT_TRUE(run(panel));
    EXPECT_EQ(checkedCount(list), automatic - 1) << "the pick stays for the next run";
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == dropped)
            EXPECT_EQ(list->item(i)->checkState(), Qt::Unchecked);
}

} // namespace
} // namespace studio::widgets::test
