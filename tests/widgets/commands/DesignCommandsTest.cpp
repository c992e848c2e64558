// Every undo command: redo -> undo -> redo leaves the model as it was at each step.
#include "CommandRoundTrip.h"

#include "widgets/commands/DesignCommands.h"

#include "catalog/Catalog.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace studio;
using namespace studio::widgets;

namespace {

// Every test pushes a command over the sample design and round-trips it (CommandRoundTrip.h).
class DesignCommandsTest : public test::CommandFixture {};

} // namespace

TEST_F(DesignCommandsTest, AddComponent) {
    const auto& catalog = core::Catalog::standard();
    roundTrip(new AddComponentCommand(
                  model(), catalog.makeComponent(*catalog.find("cache"), "cache-2", 10, 10)),
              [](const core::Design& d) { EXPECT_NE(d.findComponent("cache-2"), nullptr); });
    EXPECT_EQ(document.undoStack()->undoText(), "Add Cache");
}

TEST_F(DesignCommandsTest, DeleteTakesItsLinks) {
    roundTrip(new DeleteCommand(model(), {"db"}), [](const core::Design& d) {
        EXPECT_EQ(d.findComponent("db"), nullptr);
        EXPECT_EQ(d.findLink("app-db"), nullptr);
        EXPECT_EQ(d.findLink("app-db-write"), nullptr);
    });
    EXPECT_EQ(document.undoStack()->undoText(), "Delete Links DB");
}

TEST_F(DesignCommandsTest, MoveAndResize) {
    roundTrip(new MoveCommand(model(), {"app", "db"}, 40, 20), [](const core::Design& d) {
        EXPECT_EQ(d.findComponent("app")->rect.x, 460);
        EXPECT_EQ(d.findComponent("db")->rect.y, 280);
    });
    roundTrip(new ResizeCommand(model(), "region", core::Rect{160, -40, 1000, 500}),
              [](const core::Design& d) { EXPECT_EQ(d.findZone("region")->rect.width, 1000); });
}

TEST_F(DesignCommandsTest, KeyboardNudgesMergeIntoOneStep) {
    const core::Design before = document.design();
    for (int i = 0; i < 3; ++i)
        document.push(new MoveCommand(model(), {"app"}, 20, 0, /*nudge=*/true));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.design().findComponent("app")->rect.x, 480);
    document.undoStack()->undo();
    EXPECT_EQ(document.design(), before);
    // A drag is not a nudge: it never merges.
    document.push(new MoveCommand(model(), {"app"}, 20, 0));
    document.push(new MoveCommand(model(), {"app"}, 20, 0));
    EXPECT_EQ(document.undoStack()->count(), 2);
}

TEST_F(DesignCommandsTest, RenameConnectReconnect) {
    roundTrip(new RenameCommand(model(), "db", "Orders"),
              [](const core::Design& d) { EXPECT_EQ(d.findComponent("db")->name, "Orders"); });
    roundTrip(new ConnectCommand(model(), "counter", "db"), [](const core::Design& d) {
        EXPECT_EQ(d.links.back().from, "counter");
        EXPECT_EQ(d.links.back().to, "db");
    });
    roundTrip(new ReconnectCommand(model(), "app-cache", core::edits::LinkEnd::To, "queue"),
              [](const core::Design& d) { EXPECT_EQ(d.findLink("app-cache")->to, "queue"); });
}

TEST_F(DesignCommandsTest, PasteAndDuplicateGetNewIds) {
    core::Design fragment;
    fragment.components = {*document.design().findComponent("app"),
                           *document.design().findComponent("cache")};
    fragment.links = {*document.design().findLink("app-cache")};
    roundTrip(new PasteCommand(model(), fragment, 20, 20), [](const core::Design& d) {
        const core::Link& pasted = d.links.back();
        EXPECT_EQ(pasted.from, "app-2");
        EXPECT_EQ(pasted.to, "cache-2");
        EXPECT_EQ(d.findComponent("app-2")->rect.x, 440);
    });
    roundTrip(new PasteCommand(model(), fragment, 20, 20, /*duplicate=*/true));
    EXPECT_EQ(document.undoStack()->undoText(), "Duplicate 2 item(s)");
}

TEST_F(DesignCommandsTest, BendAndStraighten) {
    const std::vector<core::Point> bends{{500, 300}, {600, 300}};
    roundTrip(new BendCommand(model(), "app-db", bends, BendCommand::Action::Add),
              [&](const core::Design& d) { EXPECT_EQ(d.findLink("app-db")->bends, bends); });
    EXPECT_EQ(document.undoStack()->undoText(), "Add bend point");
    roundTrip(new BendCommand(model(), "app-db", {bends[0]}, BendCommand::Action::Remove),
              [](const core::Design& d) { EXPECT_EQ(d.findLink("app-db")->bends.size(), 1u); });
    roundTrip(new StraightenCommand(model(), {"app-db"}),
              [](const core::Design& d) { EXPECT_TRUE(d.findLink("app-db")->bends.empty()); });
    EXPECT_EQ(document.undoStack()->undoText(), "Straighten 1 link(s)");
}

TEST_F(DesignCommandsTest, GroupUngroupAlignDistribute) {
    roundTrip(new GroupCommand(model(), {"cache", "db"}, core::ZoneKind::Group, "Data"),
              [](const core::Design& d) { EXPECT_EQ(d.findComponent("db")->zone, "data"); });
    roundTrip(new UngroupCommand(model(), "az-a"),
              [](const core::Design& d) { EXPECT_EQ(d.findZone("az-a"), nullptr); });
    roundTrip(new AlignCommand(model(), {"lb", "cache"}, core::edits::Alignment::Top),
              [](const core::Design& d) {
                  EXPECT_EQ(d.findComponent("lb")->rect.y, d.findComponent("cache")->rect.y);
              });
    roundTrip(
        new DistributeCommand(model(), {"cache", "db", "counter"}, core::edits::Axis::Vertical));
}

TEST_F(DesignCommandsTest, InspectorEditsOfEveryKindOfThing) {
    core::Component db = *document.design().findComponent("db");
    db.properties["shards"] = std::int64_t{8};
    roundTrip(new EditComponentCommand(model(), db, "Shards"));
    EXPECT_EQ(document.undoStack()->undoText(), "Set Shards of Links DB");

    core::Link link = *document.design().findLink("app-db");
    link.timeout = 0.5;
    roundTrip(new EditLinkCommand(model(), link, "Timeout"));

    core::Zone zone = *document.design().findZone("region");
    zone.kind = core::ZoneKind::Vpc;
    roundTrip(new EditZoneCommand(model(), zone, "Kind"));

    core::Design properties = document.design();
    properties.estimation.dau = 1e7;
    properties.requirements.p99Latency = 0.2;
    roundTrip(new EditDesignCommand(model(), properties, "Daily active users"),
              [](const core::Design& d) { EXPECT_EQ(d.estimation.dau, 1e7); });
}

TEST_F(DesignCommandsTest, ACommandThatChangesNothingIsDropped) {
    document.push(new MoveCommand(model(), {"app"}, 0, 0));
    document.push(new RenameCommand(model(), "no-such-thing", "x"));
    document.push(new ConnectCommand(model(), "app", "note")); // notes take no traffic
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST_F(DesignCommandsTest, TheUnsavedMarkerFollowsTheUndoStack) {
    QSignalSpy modified(&document, &StudioDocument::modifiedChanged);
    document.push(new RenameCommand(model(), "db", "Orders"));
    EXPECT_TRUE(document.isModified());
    document.undoStack()->undo();
    EXPECT_FALSE(document.isModified());
    ASSERT_EQ(modified.count(), 2);
    EXPECT_TRUE(modified.at(0).at(0).toBool());
    EXPECT_FALSE(modified.at(1).at(0).toBool());
}
