// The overlay and the calculators panel on each of the ten reference templates: the overlay
// solves each, marks its bottleneck and finds nothing saturated at the stated peak; the
// calculators panel shows each design's figures and fills every calculator in from them.
#include "widgets/base/StudioDocument.h"
#include "widgets/calculators/CalculationView.h"
#include "widgets/calculators/CalculatorForm.h"
#include "widgets/calculators/CalculatorsPanel.h"
#include "widgets/calculators/DesignEstimatePage.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/overlay/EstimateLegend.h"
#include "widgets/overlay/EstimateOverlay.h"

#include "estimate/DesignPrefill.h"
#include "templates/BuiltinTemplates.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace studio::widgets {
namespace {

class EveryTemplateTest : public ::testing::TestWithParam<std::string> {
protected:
    const core::Template& reference() const { return *core::findTemplate(GetParam()); }
};

TEST_P(EveryTemplateTest, TheOverlayMarksTheBottleneckAndNothingSaturated) {
    StudioDocument document;
    DesignScene scene(&document);
    DesignView view(&scene);
    EstimateOverlay overlay(&document, &scene, &view);
    document.reset(reference().design);
    overlay.setEnabled(true);

    ASSERT_NE(overlay.solution(), nullptr) << overlay.legend()->problemText().toStdString();
    EXPECT_FALSE(overlay.legend()->isHidden());
    EXPECT_FALSE(overlay.legend()->summaryText().isEmpty());
    const std::string& bottleneck = overlay.solution()->capacity.bottleneck;
    ASSERT_FALSE(bottleneck.empty());
    int marked = 0;
    for (const auto& result : overlay.solution()->components) {
        const ComponentItem* item = scene.componentItem(result.id);
        ASSERT_NE(item, nullptr) << result.id;
        EXPECT_NE(item->loadBand(), LoadBand::Off) << result.id;
        EXPECT_NE(item->loadBand(), LoadBand::Saturated) << result.id;
        EXPECT_FALSE(item->load().saturated) << result.id;
        marked += item->load().bottleneck ? 1 : 0;
    }
    EXPECT_EQ(marked, 1);
    EXPECT_TRUE(scene.componentItem(bottleneck)->load().bottleneck);
}

TEST_P(EveryTemplateTest, TheCalculatorsPanelUsesTheDesignsFigures) {
    StudioDocument document;
    CalculatorsPanel panel(&document);
    document.reset(reference().design);

    EXPECT_FALSE(panel.designPage()->view()->isEmpty());
    for (const std::string& name : core::estimate::prefillCalculators()) {
        ASSERT_TRUE(panel.prefillFromDesign(QString::fromStdString(name))) << name;
        EXPECT_EQ(panel.form()->values(),
                  core::estimate::designInputs(name, reference().design.estimation))
            << name;
    }
    ASSERT_TRUE(panel.prefillFromDesign(QStringLiteral("traffic")));
    ASSERT_TRUE(panel.form()->calculation().has_value())
        << panel.form()->statusText().toStdString();
    EXPECT_GT(panel.form()->calculation()->value("requests_per_second"), 0);
}

std::vector<std::string> templateIds() {
    std::vector<std::string> ids;
    for (const auto& reference : core::builtinTemplates())
        ids.push_back(reference.id);
    return ids;
}

INSTANTIATE_TEST_SUITE_P(Templates, EveryTemplateTest, ::testing::ValuesIn(templateIds()),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

} // namespace
} // namespace studio::widgets
