#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/overlay/EstimateLegend.h"
#include "widgets/overlay/EstimateOverlay.h"
#include "widgets/overlay/EstimateTexts.h"

#include "format/DesignFile.h"
#include "solver/Solver.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <gtest/gtest.h>

#include <string>

namespace studio::widgets {
namespace {

using core::solver::RateBasis;
using core::solver::Solution;

class EstimateOverlayTest : public ::testing::Test {
protected:
    void SetUp() override {
        view.resize(1000, 700);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }

    void openExample() {
        ASSERT_TRUE(document.load(QString::fromStdString(test::exampleDesignPath())).empty());
    }

    // Lets the event loop run the overlay's pending solve.
    void settle() {
        QCoreApplication::processEvents();
        ASSERT_TRUE(QTest::qWaitFor([this] { return !overlay.isPending(); }, 2000));
    }

    // The solver's own answer for the document's design, as the overlay should show it.
    Solution solve(RateBasis basis = RateBasis::Peak) {
        auto result = core::solver::solveDesign(document.design(), {basis});
        EXPECT_TRUE(result.ok());
        return result.ok() ? result.value() : Solution{};
    }

    const ComponentItem& item(const std::string& id) {
        const ComponentItem* found = scene.componentItem(id);
        EXPECT_NE(found, nullptr) << id;
        return *found;
    }

    void setNumber(const std::string& id, const std::string& key, std::int64_t value) {
        core::Component changed = *document.design().findComponent(id);
        changed.properties[key] = value;
        document.push(new EditComponentCommand(document.model(), changed, "Instances"));
    }

    // Every component shows what the solver says about it.
    void expectShows(const Solution& solution) {
        for (const auto& result : solution.components) {
            const ComponentItem& shown = item(result.id);
            if (!result.station || !result.carriesTraffic) {
                EXPECT_EQ(shown.loadBand(), LoadBand::Neutral) << result.id;
                continue;
            }
            EXPECT_EQ(shown.loadBand(), core::loadBandFor(result.utilisation.value)) << result.id;
            EXPECT_EQ(shown.load().saturated, result.utilisation.value >= 1) << result.id;
            EXPECT_EQ(shown.load().text,
                      EstimateTexts::componentLoad(result, document.design(), solution).text)
                << result.id;
        }
    }

    StudioDocument document;
    DesignScene scene{&document};
    DesignView view{&scene};
    EstimateOverlay overlay{&document, &scene, &view};
};

TEST_F(EstimateOverlayTest, OffLeavesItemsAsTheyAreAndSolvesNothing) {
    openExample();
    setNumber("shortener", "instances", 1);
    settle();
    EXPECT_FALSE(overlay.isEnabled());
    EXPECT_EQ(overlay.solveCount(), 0);
    EXPECT_EQ(overlay.solution(), nullptr);
    EXPECT_TRUE(overlay.legend()->isHidden());
    for (const auto& component : document.design().components) {
        EXPECT_EQ(item(component.id).loadBand(), LoadBand::Off) << component.id;
        EXPECT_TRUE(item(component.id).load().text.isEmpty()) << component.id;
    }
}

TEST_F(EstimateOverlayTest, ColoursEachComponentByTheSolversUtilisation) {
    openExample();
    overlay.setEnabled(true);
    const Solution solution = solve();
    expectShows(solution);
    // The example's shortener service is busy but not saturated: the text says how busy.
    const auto* shortener = solution.component("shortener");
    ASSERT_NE(shortener, nullptr);
    EXPECT_GT(shortener->utilisation.value, 0);
    EXPECT_TRUE(
        item("shortener").load().text.contains(EstimateTexts::percent(shortener->utilisation)));
    EXPECT_TRUE(
        item("shortener").load().text.contains(EstimateTexts::rate(shortener->arrivalRate)));
    EXPECT_FALSE(overlay.legend()->isHidden());
}

TEST_F(EstimateOverlayTest, AnEmptyCanvasShowsNoLegendAndNoError) {
    overlay.setEnabled(true);
    settle();
    EXPECT_TRUE(overlay.legend()->isHidden());
    openExample();
    overlay.refresh();
    EXPECT_FALSE(overlay.legend()->isHidden());
}

TEST_F(EstimateOverlayTest, NonStationsStayNeutral) {
    openExample();
    overlay.setEnabled(true);
    EXPECT_EQ(item("users").loadBand(), LoadBand::Neutral);  // a client
    EXPECT_EQ(item("note-1").loadBand(), LoadBand::Neutral); // a text note
    EXPECT_TRUE(item("note-1").load().text.isEmpty());
    EXPECT_TRUE(item("note-1").badgeRect().isEmpty());
}

TEST_F(EstimateOverlayTest, AnEditUpdatesTheOverlayOnceTheEventLoopRuns) {
    openExample();
    overlay.setEnabled(true);
    const Solution before = solve();
    const QString textBefore = item("shortener").load().text;
    const int solves = overlay.solveCount();

    // Two edits in one pass of the event loop: one solve after both.
    setNumber("shortener", "instances", 1);
    setNumber("click-counter", "instances", 2);
    EXPECT_TRUE(overlay.isPending());
    EXPECT_EQ(item("shortener").load().text, textBefore); // not yet
    settle();
    EXPECT_EQ(overlay.solveCount(), solves + 1);

    const Solution after = solve();
    EXPECT_GT(after.component("shortener")->utilisation.value,
              before.component("shortener")->utilisation.value);
    EXPECT_NE(item("shortener").load().text, textBefore);
    expectShows(after);

    // Undo is an edit too.
    document.undoStack()->undo();
    document.undoStack()->undo();
    settle();
    expectShows(before);
}

TEST_F(EstimateOverlayTest, MarksTheSolversBottleneckOnly) {
    openExample();
    overlay.setEnabled(true);
    const Solution solution = solve();
    ASSERT_FALSE(solution.capacity.bottleneck.empty());
    int marked = 0;
    for (const auto& component : document.design().components) {
        const bool bottleneck = item(component.id).load().bottleneck;
        marked += bottleneck ? 1 : 0;
        EXPECT_EQ(bottleneck, component.id == solution.capacity.bottleneck) << component.id;
    }
    EXPECT_EQ(marked, 1);
    const ComponentItem& marker = item(solution.capacity.bottleneck);
    EXPECT_FALSE(marker.badgeRect().isEmpty());
    EXPECT_TRUE(marker.toolTip().contains(QStringLiteral("bottleneck")));
    // The tag sits on the box's top edge, inside what the item repaints.
    EXPECT_TRUE(marker.boundingRect().contains(marker.badgeRect()));
}

TEST_F(EstimateOverlayTest, FlagsSaturatedComponents) {
    openExample();
    overlay.setEnabled(true);
    // One instance with one worker cannot serve thousands of requests a second.
    setNumber("shortener", "instances", 1);
    setNumber("shortener", "workers", 1);
    settle();
    const Solution solution = solve();
    ASSERT_GE(solution.component("shortener")->utilisation.value, 1);
    EXPECT_EQ(item("shortener").loadBand(), LoadBand::Saturated);
    EXPECT_TRUE(item("shortener").load().saturated);
    EXPECT_TRUE(item("shortener").load().badge.contains(QStringLiteral("saturated")));
    EXPECT_EQ(solution.capacity.bottleneck, "shortener");
    expectShows(solution);
}

TEST_F(EstimateOverlayTest, FollowsTheRateBasis) {
    openExample();
    overlay.setEnabled(true);
    const double peak = solve(RateBasis::Peak).component("shortener")->arrivalRate;
    overlay.setPeakLoad(false);
    settle();
    ASSERT_NE(overlay.solution(), nullptr);
    EXPECT_EQ(overlay.solution()->rates, RateBasis::Average);
    const Solution average = solve(RateBasis::Average);
    // The example's client has a peak factor of 2.
    EXPECT_NEAR(average.component("shortener")->arrivalRate, peak / 2, 1e-9 * peak);
    expectShows(average);
    EXPECT_EQ(overlay.legend()->titleText(), EstimateTexts::title(RateBasis::Average));
}

TEST_F(EstimateOverlayTest, TurningOffRestoresTheKindsLook) {
    openExample();
    overlay.setEnabled(true);
    ASSERT_NE(item("shortener").loadBand(), LoadBand::Off);
    overlay.setEnabled(false);
    for (const auto& component : document.design().components)
        EXPECT_EQ(item(component.id).loadBand(), LoadBand::Off) << component.id;
    EXPECT_TRUE(overlay.legend()->isHidden());
    EXPECT_EQ(overlay.solution(), nullptr);
}

TEST_F(EstimateOverlayTest, ANewDesignIsColouredToo) {
    overlay.setEnabled(true);
    document.reset(test::sampleDesign());
    settle();
    expectShows(solve());
    openExample();
    settle();
    expectShows(solve());
}

TEST_F(EstimateOverlayTest, LegendSumsUpTheDesign) {
    openExample();
    overlay.setEnabled(true);
    const Solution solution = solve();
    const QString summary = overlay.legend()->summaryText();
    const QString bottleneck =
        QString::fromStdString(document.design().findComponent(solution.capacity.bottleneck)->name);
    EXPECT_TRUE(summary.contains(bottleneck)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(EstimateTexts::percent(solution.capacity.bottleneckUtilisation)));
    EXPECT_TRUE(summary.contains(EstimateTexts::rate(solution.capacity.sustainableRate.value)));
    int met = 0;
    for (const auto& requirement : solution.requirements)
        met += requirement.met ? 1 : 0;
    ASSERT_FALSE(solution.requirements.empty());
    EXPECT_TRUE(summary.contains(QStringLiteral("%1 met, %2 missed")
                                     .arg(met)
                                     .arg(static_cast<int>(solution.requirements.size()) - met)))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(EstimateTexts::availability(solution.availability.value)));
    EXPECT_TRUE(overlay.legend()->problemText().isEmpty());
}

TEST_F(EstimateOverlayTest, ARoutingLoopIsShownInTheLegendWithItsPlace) {
    core::Design design = test::sampleDesign();
    core::Link back;
    back.id = "app-lb-loop";
    back.from = "app";
    back.to = "lb";
    back.mode = core::LinkMode::Call;
    design.links.push_back(back);
    document.reset(design);
    overlay.setEnabled(true);

    EXPECT_EQ(overlay.solution(), nullptr);
    ASSERT_FALSE(overlay.problems().empty());
    const QString text = overlay.legend()->problemText();
    EXPECT_FALSE(overlay.legend()->isHidden());
    EXPECT_TRUE(overlay.legend()->summaryText().isEmpty());
    EXPECT_TRUE(text.contains(QString::fromStdString(overlay.problems().front().place)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("loop"))) << text.toStdString();
    for (const auto& component : document.design().components)
        EXPECT_EQ(item(component.id).loadBand(), LoadBand::Neutral) << component.id;

    // Removing the loop brings the colours back.
    document.push(new DeleteCommand(document.model(), {"app-lb-loop"}));
    settle();
    EXPECT_TRUE(overlay.legend()->problemText().isEmpty());
    expectShows(solve());
}

TEST_F(EstimateOverlayTest, ZeroWeightsAreShownWithTheComponent) {
    core::Design design = test::sampleDesign();
    for (auto& link : design.links)
        if (link.id == "lb-app")
            link.weight = 0;
    document.reset(design);
    overlay.setEnabled(true);
    EXPECT_EQ(overlay.solution(), nullptr);
    const QString text = overlay.legend()->problemText();
    EXPECT_TRUE(text.contains(QStringLiteral("\"lb\""))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("weight 0"))) << text.toStdString();
}

TEST_F(EstimateOverlayTest, TheCanvasPaintsTheBandsColour) {
    openExample();
    overlay.setEnabled(true);
    const core::Component& service = *document.design().findComponent("shortener");
    const QRectF box(service.rect.x, service.rect.y, service.rect.width, service.rect.height);
    QImage image(box.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        scene.render(&painter, QRectF(QPointF(0, 0), box.size()), box);
    }
    // Inside the border, clear of the centred texts.
    const QColor painted = image.pixelColor(6, static_cast<int>(box.height() / 2));
    const QColor expected = scene.style().loadFill(item("shortener").loadBand());
    EXPECT_EQ(painted.rgb(), expected.rgb());
    EXPECT_NE(expected.rgb(), scene.style().componentFill(core::KindGroup::Compute).rgb());
}

} // namespace
} // namespace studio::widgets
