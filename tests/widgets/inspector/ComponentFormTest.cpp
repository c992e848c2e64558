#include "InspectorFixture.h"

#include "widgets/commands/DesignCommands.h"
#include "widgets/inspector/ComponentForm.h"
#include "widgets/inspector/IntegerSpinBox.h"
#include "widgets/inspector/RowTable.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace studio::widgets::test {
namespace {

std::int64_t shards(const core::Component& component) {
    return std::get<std::int64_t>(component.properties.at("shards"));
}

double hitRatio(const core::Component& component) {
    return std::get<double>(component.properties.at("hit_ratio"));
}

TEST_F(InspectorTest, ShowsTheComponentsCatalogProperties) {
    inspector.setSelection({"db"});
    ASSERT_NE(qobject_cast<ComponentForm*>(inspector.form()), nullptr);
    EXPECT_EQ(field<QLineEdit>("id")->text(), "db");
    EXPECT_TRUE(field<QLineEdit>("id")->isReadOnly());
    EXPECT_EQ(field<QLineEdit>("kind")->text(), "SQL database");
    EXPECT_EQ(field<QLineEdit>("name")->text(), "Links DB");
    EXPECT_EQ(shown(field<IntegerSpinBox>("shards")), "4");
    EXPECT_EQ(shown(field<IntegerSpinBox>("replicas")), "3");
    // Units beside the fields, as the catalog says; the help in the tooltip.
    EXPECT_EQ(field<QLabel>("availabilityUnit")->text(), "0..1");
    EXPECT_TRUE(field<QWidget>("shards")->toolTip().contains("Range: 1 .. 100,000"));
    EXPECT_EQ(field<QComboBox>("shard_key")->currentData().toString(), "hash");
    EXPECT_EQ(field<QComboBox>("shard_key")->currentText(), "hash");
    EXPECT_EQ(field<QLineEdit>("mean")->text(), "0.002") << "compact, in seconds";
}

TEST_F(InspectorTest, ValidPropertyPushesOneCommandThatUndoesAndRedoes) {
    inspector.setSelection({"db"});
    auto* editor = field<IntegerSpinBox>("shards");
    type(editor, "8");
    ASSERT_EQ(undo().count(), 1);
    EXPECT_EQ(undo().undoText(), "Set Shards of Links DB");
    EXPECT_EQ(shards(component("db")), 8);

    undo().undo();
    EXPECT_EQ(shards(component("db")), 4);
    EXPECT_EQ(shown(editor), "4") << "the inspector follows an undo made elsewhere";
    undo().redo();
    EXPECT_EQ(shards(component("db")), 8);
    EXPECT_EQ(shown(editor), "8");
    undo().undo();
    undo().redo();
    EXPECT_EQ(shards(component("db")), 8);
    EXPECT_EQ(undo().count(), 1);
}

TEST_F(InspectorTest, OutOfRangeIntegerIsMarkedAndNeverReachesTheModel) {
    inspector.setSelection({"db"});
    auto* editor = field<IntegerSpinBox>("shards");
    type(editor, "0");
    EXPECT_EQ(shards(component("db")), 4);
    EXPECT_EQ(undo().count(), 0);
    EXPECT_TRUE(marked(editor));
    EXPECT_EQ(reason(editor), "shards must be >= 1, got 0");
    EXPECT_TRUE(editor->toolTip().startsWith("shards must be >= 1, got 0"));
    EXPECT_EQ(field<QLabel>("shardsError")->text(), "shards must be >= 1, got 0");
    EXPECT_EQ(shown(editor), "0") << "the person's value stays for them to fix";

    type(editor, "6");
    EXPECT_FALSE(marked(editor));
    EXPECT_TRUE(reason(editor).isEmpty());
    EXPECT_FALSE(field<QLabel>("shardsError")->isVisibleTo(&inspector));
    EXPECT_EQ(shards(component("db")), 6);
    EXPECT_EQ(undo().count(), 1);
}

TEST_F(InspectorTest, NumberFieldRefusesTextAndOutOfRangeValues) {
    inspector.setSelection({"cache"});
    auto* editor = field<QLineEdit>("hit_ratio");
    EXPECT_EQ(editor->text(), "0.8");

    type(editor, "abc");
    EXPECT_TRUE(marked(editor));
    EXPECT_EQ(reason(editor), "hit_ratio must be a number, got \"abc\"");
    type(editor, "1.5");
    EXPECT_EQ(reason(editor), "hit_ratio must be <= 1, got 1.5");
    EXPECT_EQ(hitRatio(component("cache")), 0.8);
    EXPECT_EQ(undo().count(), 0);

    type(editor, "0.950");
    EXPECT_FALSE(marked(editor));
    EXPECT_EQ(hitRatio(component("cache")), 0.95);
    EXPECT_EQ(editor->text(), "0.95") << "shown compactly";
    EXPECT_EQ(undo().undoText(), "Set Hit ratio of Redis");
}

TEST_F(InspectorTest, NumbersAreReadPlainlyOrWithGrouping) {
    inspector.setSelection({"cache"});
    auto* memory = field<QLineEdit>("capacity");
    EXPECT_EQ(memory->text(), "16 GB") << "a size with its prefix";
    type(memory, "8,000,000,000");
    EXPECT_EQ(component("cache").number("capacity"), 8e9);
    type(memory, "4e9");
    EXPECT_EQ(component("cache").number("capacity"), 4e9);
    EXPECT_EQ(memory->text(), "4 GB");
    auto* ttl = field<QLineEdit>("ttl");
    type(ttl, " 0.005 ");
    EXPECT_EQ(component("cache").number("ttl"), 0.005);
    EXPECT_EQ(ttl->text(), "0.005");
}

TEST_F(InspectorTest, SameValueAgainPushesNothing) {
    inspector.setSelection({"db"});
    type(field<IntegerSpinBox>("shards"), "4");
    type(field<QLineEdit>("name"), "Links DB");
    EXPECT_EQ(undo().count(), 0);
}

TEST_F(InspectorTest, RenamingUsesTheRenameCommand) {
    inspector.setSelection({"db"});
    type(field<QLineEdit>("name"), "Orders DB");
    EXPECT_EQ(component("db").name, "Orders DB");
    EXPECT_EQ(undo().undoText(), "Rename Links DB");
    type(field<IntegerSpinBox>("shards"), "2");
    EXPECT_EQ(undo().undoText(), "Set Shards of Orders DB");
}

TEST_F(InspectorTest, ChoiceAndFlagCommitAtOnce) {
    inspector.setSelection({"db"});
    field<QComboBox>("holding")->setCurrentIndex(field<QComboBox>("holding")->findData("hold"));
    EXPECT_EQ(component("db").text("holding"), "hold");
    field<QCheckBox>("queue_limited")->setChecked(!component("db").flag("queue_limited"));
    EXPECT_TRUE(component("db").flag("queue_limited"));
    EXPECT_EQ(undo().count(), 2);
    undo().undo();
    EXPECT_FALSE(field<QCheckBox>("queue_limited")->isChecked());
}

TEST_F(InspectorTest, DistributionBringsACvItAccepts) {
    inspector.setSelection({"app"});
    auto* distribution = field<QComboBox>("distribution");
    distribution->setCurrentIndex(distribution->findData(int(core::Distribution::Deterministic)));
    EXPECT_EQ(component("app").service.base.distribution, core::Distribution::Deterministic);
    EXPECT_EQ(component("app").service.base.cv, 0);
    EXPECT_EQ(undo().count(), 1);
    EXPECT_FALSE(field<QLineEdit>("cv")->isEnabled());

    distribution->setCurrentIndex(distribution->findData(int(core::Distribution::Lognormal)));
    EXPECT_TRUE(field<QLineEdit>("cv")->isEnabled());
    type(field<QLineEdit>("cv"), "0");
    EXPECT_TRUE(marked(field<QLineEdit>("cv")));
    EXPECT_EQ(reason(field<QLineEdit>("cv")), "cv must be > 0 for a lognormal distribution, got 0");
    type(field<QLineEdit>("mean"), "0.004");
    EXPECT_EQ(component("app").service.base.mean, 0.004);
}

TEST_F(InspectorTest, PerClassServiceTimes) {
    inspector.setSelection({"db"});
    auto* table = field<RowTable>("by_class");
    table->findChild<QPushButton*>("by_classAdd")->click();
    ASSERT_EQ(component("db").service.byClass.size(), 1u);
    EXPECT_TRUE(component("db").service.byClass.count("read"));
    ASSERT_EQ(table->rowCount(), 1);
    table->table()->item(0, 2)->setText("0.008");
    EXPECT_EQ(component("db").service.byClass.at("read").mean, 0.008);
    table->table()->item(0, 0)->setText("upload");
    EXPECT_TRUE(marked(table));
    EXPECT_TRUE(reason(table).contains("no client's workload defines"))
        << reason(table).toStdString();
    EXPECT_TRUE(component("db").service.byClass.count("read"));
    EXPECT_EQ(undo().count(), 2);
}

TEST_F(InspectorTest, UndoOutsideTheInspectorRefreshesTheShownValue) {
    inspector.setSelection({"cache"});
    core::Component changed = component("cache");
    changed.properties["hit_ratio"] = 0.5;
    document.push(new EditComponentCommand(document.model(), changed, "Hit ratio"));
    EXPECT_EQ(field<QLineEdit>("hit_ratio")->text(), "0.5");
    undo().undo();
    EXPECT_EQ(field<QLineEdit>("hit_ratio")->text(), "0.8");
}

TEST_F(InspectorTest, TextBeingTypedSurvivesAChangeElsewhere) {
    inspector.setSelection({"db"});
    inspector.show();
    inspector.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    auto* name = field<QLineEdit>("name");
    name->setFocus();
    ASSERT_TRUE(name->hasFocus());
    name->selectAll();
    QTest::keyClicks(name, "Orders");

    core::Component changed = component("db");
    changed.properties["shards"] = std::int64_t{16};
    document.push(new EditComponentCommand(document.model(), changed, "Shards"));
    EXPECT_EQ(shown(field<IntegerSpinBox>("shards")), "16");
    EXPECT_EQ(name->text(), "Orders") << "the person's typing is kept";

    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(component("db").name, "Orders");
    EXPECT_EQ(shards(component("db")), 16);
}

TEST_F(InspectorTest, TwoCachesEditTogetherAsOneUndoStep) {
    inspector.setSelection({"cache", "cache2"});
    auto* editor = field<QLineEdit>("hit_ratio");
    EXPECT_TRUE(editor->text().isEmpty());
    EXPECT_EQ(editor->placeholderText(), "mixed");
    EXPECT_EQ(field<QLineEdit>("capacity")->text(), "16 GB") << "a shared value shows";

    type(editor, "0.7");
    EXPECT_EQ(hitRatio(component("cache")), 0.7);
    EXPECT_EQ(hitRatio(component("cache2")), 0.7);
    ASSERT_EQ(undo().count(), 1);
    EXPECT_EQ(undo().undoText(), "Set Hit ratio of 2 components");
    EXPECT_EQ(editor->text(), "0.7");

    undo().undo();
    EXPECT_EQ(hitRatio(component("cache")), 0.8);
    EXPECT_EQ(hitRatio(component("cache2")), 0.9);
    EXPECT_EQ(editor->placeholderText(), "mixed");
    undo().redo();
    EXPECT_EQ(hitRatio(component("cache2")), 0.7);

    type(editor, "2");
    EXPECT_TRUE(marked(editor));
    EXPECT_EQ(undo().count(), 1);
}

TEST_F(InspectorTest, RemovedComponentFallsBackToTheDesign) {
    inspector.setSelection({"cache"});
    document.push(new DeleteCommand(document.model(), {"cache"}));
    EXPECT_TRUE(inspector.selection().empty());
    EXPECT_EQ(inspector.form()->objectName(), "designForm");
    inspector.setSelection({"cache", "cache2"});
    undo().undo();
    inspector.setSelection({"cache", "cache2"});
    document.push(new DeleteCommand(document.model(), {"cache2"}));
    EXPECT_EQ(inspector.selection(), std::vector<std::string>{"cache"});
    EXPECT_EQ(field<QLineEdit>("id")->text(), "cache");
}

TEST_F(InspectorTest, TextNoteEditsItsText) {
    inspector.setSelection({"note"});
    auto* text = field<MultiLineEdit>("text");
    EXPECT_EQ(text->text(), "Reads outnumber writes 100 to 1.");
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(text, " Cache them.");
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(component("note").text("text"), "Reads outnumber writes 100 to 1. Cache them.");
    EXPECT_EQ(undo().count(), 1);
    EXPECT_EQ(inspector.form()->findChild<QWidget*>("service"), nullptr) << "not a station";
}

TEST_F(InspectorTest, KindsDifferingShowASummary) {
    inspector.setSelection({"db", "cache", "app-db"});
    EXPECT_EQ(inspector.form()->objectName(), "summaryForm");
    EXPECT_EQ(field<QLabel>("headingTitle")->text(), "3 items selected");
    EXPECT_TRUE(field<QLabel>("summary")->text().contains("1 × link"));
}

} // namespace
} // namespace studio::widgets::test
