#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/ZoneItem.h"

#include "catalog/Catalog.h"
#include "format/DesignFile.h"

#include <QGraphicsItem>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace studio::widgets {
namespace {

int countItems(const QGraphicsScene& scene, int type) {
    int count = 0;
    for (const QGraphicsItem* item : scene.items())
        count += item->type() == type ? 1 : 0;
    return count;
}

// The distance from `point` to the outline of `rect` with corners rounded by `radius`.
double distanceToEdge(const QRectF& rect, double radius, const QPointF& point) {
    const double r = std::min({radius, rect.width() / 2, rect.height() / 2});
    const double cx = std::clamp(point.x(), rect.left() + r, rect.right() - r);
    const double cy = std::clamp(point.y(), rect.top() + r, rect.bottom() - r);
    const bool corner = cx != point.x() && cy != point.y();
    if (r > 0 && corner)
        return std::abs(std::hypot(point.x() - cx, point.y() - cy) - r);
    const double dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const double dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min({point.x() - rect.left(), rect.right() - point.x(), point.y() - rect.top(),
                     rect.bottom() - point.y()});
}

void expectMirrors(const DesignScene& scene, const core::Design& design) {
    EXPECT_EQ(countItems(scene, ComponentItem::Type), static_cast<int>(design.components.size()));
    EXPECT_EQ(countItems(scene, LinkItem::Type), static_cast<int>(design.links.size()));
    EXPECT_EQ(countItems(scene, ZoneItem::Type), static_cast<int>(design.zones.size()));
    for (const auto& component : design.components) {
        const ComponentItem* item = scene.componentItem(component.id);
        ASSERT_NE(item, nullptr) << component.id;
        EXPECT_EQ(item->sceneBox(), QRectF(component.rect.x, component.rect.y, component.rect.width,
                                           component.rect.height));
        EXPECT_EQ(item->content().name.toStdString(), component.name);
    }
    for (const auto& link : design.links)
        EXPECT_NE(scene.linkItem(link.id), nullptr) << link.id;
    for (const auto& zone : design.zones)
        EXPECT_NE(scene.zoneItem(zone.id), nullptr) << zone.id;
}

void expectEndpointsOnEdges(const DesignScene& scene, const core::Design& design) {
    for (const auto& link : design.links) {
        if (link.from == link.to)
            continue;
        const LinkItem* item = scene.linkItem(link.id);
        const ComponentItem* from = scene.componentItem(link.from);
        const ComponentItem* to = scene.componentItem(link.to);
        ASSERT_FALSE(item->line().isNull()) << link.id;
        EXPECT_NEAR(distanceToEdge(from->sceneBox(), from->cornerRadius(), item->start()), 0, 1e-6)
            << link.id;
        EXPECT_NEAR(distanceToEdge(to->sceneBox(), to->cornerRadius(), item->end()), 0, 1e-6)
            << link.id;
    }
}

class DesignSceneTest : public ::testing::Test {
protected:
    StudioDocument document;
    DesignScene scene{&document};
};

TEST_F(DesignSceneTest, MirrorsEveryComponentLinkAndZone) {
    const core::Design design = test::sampleDesign();
    document.reset(design);
    expectMirrors(scene, design);
}

TEST_F(DesignSceneTest, RebuildsWhenTheDesignIsReplaced) {
    document.reset(test::sampleDesign());
    core::Design smaller = test::sampleDesign();
    smaller.components.resize(2);
    smaller.links.resize(1);
    smaller.zones.clear();
    document.reset(smaller);
    expectMirrors(scene, smaller);
    EXPECT_EQ(scene.componentItem("db"), nullptr);
}

TEST_F(DesignSceneTest, HandoffLinksAreDashedAndTheOthersSolid) {
    document.reset(test::sampleDesign());
    EXPECT_EQ(scene.linkItem("app-queue")->pen().style(), Qt::DashLine);
    EXPECT_EQ(scene.linkItem("app-db-write")->pen().style(), Qt::DashLine);
    const QPen call = scene.linkItem("app-cache")->pen();
    const QPen choose = scene.linkItem("lb-app")->pen();
    EXPECT_EQ(call.style(), Qt::SolidLine);
    EXPECT_EQ(choose.style(), Qt::SolidLine);
    EXPECT_LT(choose.widthF(), call.widthF());
    EXPECT_NE(choose.color(), call.color());
    for (const auto& link : test::sampleDesign().links)
        EXPECT_TRUE(scene.linkItem(link.id)->pen().isCosmetic()) << link.id;
}

TEST_F(DesignSceneTest, LinksRunFromBoxEdgeToBoxEdge) {
    const core::Design design = test::sampleDesign();
    document.reset(design);
    expectEndpointsOnEdges(scene, design);
}

TEST_F(DesignSceneTest, ParallelLinksDoNotOverlap) {
    document.reset(test::sampleDesign());
    const QLineF read = scene.linkItem("app-db")->line();
    const QLineF write = scene.linkItem("app-db-write")->line();
    EXPECT_GT(QLineF(read.center(), write.center()).length(), 8);
}

TEST_F(DesignSceneTest, StacksZonesBelowLinksBelowComponents) {
    document.reset(test::sampleDesign());
    const double region = scene.zoneItem("region")->zValue();
    const double nested = scene.zoneItem("az-a")->zValue();
    const double link = scene.linkItem("lb-app")->zValue();
    const double component = scene.componentItem("app")->zValue();
    EXPECT_LT(region, nested);
    EXPECT_LT(nested, link);
    EXPECT_LT(link, component);
}

TEST_F(DesignSceneTest, ShowsKindLabelsAndKeyFigures) {
    document.reset(test::sampleDesign());
    EXPECT_EQ(scene.componentItem("lb")->content().kindLabel, "Load balancer (L7)");
    EXPECT_EQ(scene.componentItem("app")->content().details, "3 instances × 64 workers");
    EXPECT_EQ(scene.componentItem("db")->content().details, "4 shards × 3 replicas");
    EXPECT_EQ(scene.componentItem("cache")->content().details, "hit 80%");
    EXPECT_TRUE(scene.componentItem("note")->content().note);
    EXPECT_EQ(scene.componentItem("note")->content().noteText, "Reads outnumber writes 100 to 1.");
}

TEST_F(DesignSceneTest, FollowsComponentChanges) {
    document.reset(test::sampleDesign());
    core::Component db = *document.design().findComponent("db");
    db.rect = {1000, 600, 200, 80};
    db.name = "Links DB (primary)";
    document.model().replaceComponent(db);
    const ComponentItem* item = scene.componentItem("db");
    EXPECT_EQ(item->sceneBox(), QRectF(1000, 600, 200, 80));
    EXPECT_EQ(item->content().name, "Links DB (primary)");
    expectEndpointsOnEdges(scene, document.design());
}

TEST_F(DesignSceneTest, FollowsAddedAndRemovedItems) {
    document.reset(test::sampleDesign());
    const core::Catalog& catalog = core::Catalog::standard();
    document.model().insertComponent(
        catalog.makeComponent(*catalog.find("search_index"), "search", 1000, 160));
    core::Link link;
    link.id = "app-search";
    link.from = "app";
    link.to = "search";
    document.model().insertLink(link);
    core::Zone zone{
        "az-b", core::ZoneKind::AvailabilityZone, "us-east-1b", {980, 140, 220, 120}, "region"};
    document.model().insertZone(zone);
    expectMirrors(scene, document.design());
    expectEndpointsOnEdges(scene, document.design());
    EXPECT_GT(scene.zoneItem("az-b")->zValue(), scene.zoneItem("region")->zValue());

    document.model().removeLink("app-search");
    document.model().removeComponent("search");
    document.model().removeZone("az-b");
    expectMirrors(scene, document.design());
    EXPECT_EQ(scene.linkItem("app-search"), nullptr);
}

TEST_F(DesignSceneTest, DrawsTheExampleDesign) {
    const std::string path = test::exampleDesignPath();
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    auto loaded = core::loadDesignFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.problems().front().text();
    ASSERT_TRUE(document.load(QString::fromStdString(path)).empty());
    expectMirrors(scene, loaded.value());
    expectEndpointsOnEdges(scene, loaded.value());
    EXPECT_GT(loaded.value().components.size(), 3u);
}

} // namespace
} // namespace studio::widgets
