// What a box and a zone say on the canvas: key figures wrap rather than being cut off, a store
// on many machines is drawn as a stack, and a zone's title does not repeat its kind.
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/SceneStyle.h"
#include "widgets/canvas/items/ZoneItem.h"

#include <QApplication>
#include <QFontMetricsF>

#include <memory>

#include <gtest/gtest.h>

namespace studio::widgets::test {
namespace {

class CanvasTextsTest : public ::testing::Test {
protected:
    std::unique_ptr<ComponentItem> box(const QString& details, QSizeF size = {140, 64},
                                       int stack = 0) {
        auto item = std::make_unique<ComponentItem>("x", &style);
        ComponentContent content;
        content.kindId = QStringLiteral("service");
        content.kindLabel = QStringLiteral("Service");
        content.name = QStringLiteral("Video service");
        content.details = details;
        content.group = core::KindGroup::Compute;
        content.stack = stack;
        item->setContent(content);
        item->setSize(size);
        return item;
    }

    SceneStyle style = SceneStyle::fromPalette(QApplication::palette());
};

TEST_F(CanvasTextsTest, LongFiguresWrapOntoASecondLineWhole) {
    const QString figures = QStringLiteral("2,500 instances × 256 workers");
    ASSERT_GT(QFontMetricsF(style.detailFont).horizontalAdvance(figures), 140 - 16)
        << "the case needs figures wider than the box";
    const auto item = box(figures);
    EXPECT_EQ(item->detailsText(), QStringLiteral("2,500 instances ×\n256 workers"));
    EXPECT_FALSE(item->detailsText().contains(QChar(0x2026))); // nothing elided
}

TEST_F(CanvasTextsTest, ShortFiguresStayOnOneLine) {
    EXPECT_EQ(box(QStringLiteral("3 × 2"))->detailsText(), QStringLiteral("3 × 2"));
}

TEST_F(CanvasTextsTest, ABoxTooShortForTwoLinesElidesTheOne) {
    const QString figures = QStringLiteral("2,500 instances × 256 workers");
    const QString text = box(figures, {140, 52})->detailsText();
    EXPECT_FALSE(text.contains(QLatin1Char('\n')));
    EXPECT_TRUE(text.endsWith(QChar(0x2026))) << text.toStdString();
}

TEST_F(CanvasTextsTest, AStoreOnManyMachinesIsDrawnAsAStack) {
    const QRectF plain = box(QString())->boundingRect();
    const QRectF stacked = box(QString(), {140, 64}, 2)->boundingRect();
    EXPECT_GT(stacked.right(), plain.right() + 6);
    EXPECT_LT(stacked.top(), plain.top() - 6);
}

TEST_F(CanvasTextsTest, AZoneTitleDoesNotRepeatItsKind) {
    ZoneItem zone("z", &style);
    zone.setKind(core::ZoneKind::Region);
    zone.setName(QStringLiteral("us-east-1"));
    EXPECT_EQ(zone.kindCaption(), ZoneItem::kindName(core::ZoneKind::Region));
    zone.setName(QStringLiteral("Region"));
    EXPECT_EQ(zone.kindCaption(), QString());
    zone.setName(QStringLiteral("EU region"));
    EXPECT_EQ(zone.kindCaption(), QString());
}

// Whether `rect` and the segment `line` share a point (sampled finely enough for a label).
bool crosses(const QRectF& rect, const QLineF& line) {
    for (int step = 0; step <= 200; ++step)
        if (rect.contains(line.pointAt(step / 200.0)))
            return true;
    return false;
}

TEST_F(CanvasTextsTest, ALinkLabelSitsBesideItsLineNeverOnIt) {
    LinkItem link("l", &style);
    link.setLabel(QStringLiteral("on a miss"));
    const std::vector<QLineF> lines = {
        {0, 0, 400, 0},   // long and level: the label above it
        {0, 0, 0, 300},   // vertical: right of it
        {0, 0, 300, 200}, // slanted
        {0, 0, 60, 0},    // shorter than the label
    };
    for (const QLineF& line : lines) {
        link.setRoute(QPolygonF({line.p1(), line.p2()}));
        ASSERT_FALSE(link.labelRect().isEmpty());
        EXPECT_FALSE(crosses(link.labelRect(), line)) << line.dx() << "," << line.dy();
        EXPECT_LT(QLineF(link.labelRect().center(), line.center()).length(), 40)
            << "the label stays by the middle of its line";
    }
    // A route with bends: beside the segment halfway along it.
    const QPolygonF route({{0, 0}, {200, 0}, {200, 200}, {400, 200}});
    link.setRoute(route);
    for (qsizetype i = 0; i + 1 < route.size(); ++i)
        EXPECT_FALSE(crosses(link.labelRect(), QLineF(route[i], route[i + 1]))) << i;
}

} // namespace
} // namespace studio::widgets::test
