// Every reference template reads at 100% on a 1280 × 800 canvas: it fits in that area, no
// link is drawn through a box that is not one of its ends, no label sits on a box, and no two
// boxes overlap.
#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/LinkItem.h"

#include "templates/BuiltinTemplates.h"

#include <QLineF>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace studio::widgets::test {
namespace {

constexpr double kWidth = 1280; // scene units: the canvas area at 100%
constexpr double kHeight = 800;

std::vector<std::string> templateIds() {
    std::vector<std::string> ids;
    for (const auto& reference : core::builtinTemplates())
        ids.push_back(reference.id);
    return ids;
}

QRectF boxOf(const core::Component& component) {
    return {component.rect.x, component.rect.y, component.rect.width, component.rect.height};
}

// Whether the segment passes through the inside of `box` (sampled every scene unit).
bool passesThrough(const QLineF& segment, const QRectF& box) {
    const QRectF inside = box.adjusted(2, 2, -2, -2);
    const int steps = std::max(1, static_cast<int>(segment.length()));
    for (int step = 0; step <= steps; ++step)
        if (inside.contains(segment.pointAt(static_cast<double>(step) / steps)))
            return true;
    return false;
}

class TemplateReadingTest : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        const core::Template* reference = core::findTemplate(GetParam());
        ASSERT_NE(reference, nullptr);
        document.reset(reference->design);
    }
    const core::Design& design() const { return document.design(); }

    StudioDocument document;
    DesignScene scene{&document};
};

TEST_P(TemplateReadingTest, FitsTheCanvasAreaAtHundredPercent) {
    const QRectF drawn = scene.designRect();
    EXPECT_LE(drawn.width(), kWidth) << GetParam();
    EXPECT_LE(drawn.height(), kHeight) << GetParam();
}

TEST_P(TemplateReadingTest, NoLinkIsDrawnThroughABox) {
    for (const core::Link& link : design().links) {
        const LinkItem* item = scene.linkItem(link.id);
        ASSERT_NE(item, nullptr);
        const QPolygonF& route = item->route();
        for (const core::Component& component : design().components) {
            if (component.id == link.from || component.id == link.to)
                continue;
            for (qsizetype i = 0; i + 1 < route.size(); ++i)
                EXPECT_FALSE(passesThrough(QLineF(route[i], route[i + 1]), boxOf(component)))
                    << link.from << " -> " << link.to << " crosses " << component.id;
        }
    }
}

TEST_P(TemplateReadingTest, NoLabelSitsOnABox) {
    for (const core::Link& link : design().links) {
        const QRectF label = scene.linkItem(link.id)->labelRect();
        if (label.isEmpty())
            continue;
        for (const core::Component& component : design().components)
            EXPECT_FALSE(label.intersects(boxOf(component)))
                << "the label of " << link.from << " -> " << link.to << " is on " << component.id;
    }
}

TEST_P(TemplateReadingTest, NoTwoBoxesOverlap) {
    const auto& components = design().components;
    for (std::size_t a = 0; a < components.size(); ++a)
        for (std::size_t b = a + 1; b < components.size(); ++b)
            EXPECT_FALSE(boxOf(components[a]).intersects(boxOf(components[b])))
                << components[a].id << " and " << components[b].id;
}

INSTANTIATE_TEST_SUITE_P(Templates, TemplateReadingTest, ::testing::ValuesIn(templateIds()),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::erase(name, '-');
                             return name;
                         });

} // namespace
} // namespace studio::widgets::test
