#include "InspectorFixture.h"

#include "widgets/commands/DesignCommands.h"
#include "widgets/inspector/MultiLineEdit.h"
#include "widgets/inspector/RowTable.h"
#include "widgets/inspector/TextPairList.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace studio::widgets::test {
namespace {

TEST_F(InspectorTest, NothingSelectedShowsTheDesign) {
    inspector.setSelection({});
    EXPECT_EQ(inspector.form()->objectName(), "designForm");
    EXPECT_EQ(field<QLineEdit>("name")->text(), "Sample");
    // Every estimation field, with its unit.
    for (const auto& estimation : core::estimationFields())
        EXPECT_NE(field<QLineEdit>(estimation.key), nullptr);
    EXPECT_EQ(field<QLabel>("dauUnit")->text(), "users");
    EXPECT_EQ(inspector.form()->findChild<QLabel*>("read_bytesUnit"), nullptr)
        << "a size shows its unit in the field: 16 GB";
    EXPECT_EQ(field<QLineEdit>("replicas")->text(), "1");
}

TEST_F(InspectorTest, DesignFormEditsTheEstimation) {
    auto* dau = field<QLineEdit>("dau");
    type(dau, "10000000");
    EXPECT_EQ(document.design().estimation.dau, 1e7);
    EXPECT_EQ(dau->text(), "10,000,000");
    EXPECT_EQ(undo().undoText(), "Set Daily active users");

    type(dau, "-5");
    EXPECT_TRUE(marked(dau));
    EXPECT_EQ(reason(dau), "dau must be >= 0, got -5");
    type(dau, "many");
    EXPECT_EQ(reason(dau), "dau must be a number, got \"many\"");
    EXPECT_EQ(document.design().estimation.dau, 1e7);
    EXPECT_EQ(undo().count(), 1);

    undo().undo();
    EXPECT_EQ(document.design().estimation.dau, 0);
    undo().redo();
    EXPECT_EQ(document.design().estimation.dau, 1e7);
    type(dau, "2e7");
    EXPECT_FALSE(marked(dau));
    EXPECT_EQ(dau->text(), "20,000,000");
}

TEST_F(InspectorTest, RequirementsTargetsMayBeLeftBlank) {
    auto* p99 = field<QLineEdit>("p99_latency");
    EXPECT_TRUE(p99->text().isEmpty());
    type(p99, "0.2");
    EXPECT_EQ(document.design().requirements.p99Latency, 0.2);
    type(p99, "0");
    EXPECT_EQ(reason(p99), "p99_latency must be > 0, got 0");
    type(p99, "");
    EXPECT_FALSE(marked(p99));
    EXPECT_FALSE(document.design().requirements.p99Latency.has_value());

    auto* consistency = field<QComboBox>("consistency");
    consistency->setCurrentIndex(consistency->findData(int(core::Consistency::Eventual)));
    EXPECT_EQ(document.design().requirements.consistency, core::Consistency::Eventual);

    auto* functional = field<MultiLineEdit>("functional");
    functional->setFocus();
    QTest::keyClicks(functional, "Shorten a URL");
    QTest::keyClick(functional, Qt::Key_Return);
    QTest::keyClicks(functional, "Redirect");
    QTest::keyClick(functional, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(document.design().requirements.functional,
              (std::vector<std::string>{"Shorten a URL", "Redirect"}));
    EXPECT_EQ(undo().count(), 4);
}

TEST_F(InspectorTest, LatencyTargetsByClass) {
    auto* table = field<RowTable>("p99_latency_by_class");
    table->findChild<QPushButton*>("p99_latency_by_classAdd")->click();
    EXPECT_EQ(document.design().requirements.p99LatencyByClass.at("read"), 0.5);
    table->table()->item(0, 1)->setText("-1");
    EXPECT_TRUE(marked(table));
    EXPECT_EQ(document.design().requirements.p99LatencyByClass.at("read"), 0.5);
    table->table()->item(0, 1)->setText("0.3");
    EXPECT_FALSE(marked(table));
    EXPECT_EQ(document.design().requirements.p99LatencyByClass.at("read"), 0.3);
}

TEST_F(InspectorTest, NotesAreAddedEditedAndRemoved) {
    field<QPushButton>("notesAdd")->click();
    ASSERT_EQ(document.design().notes.size(), 1u);
    auto* title = field<QLineEdit>("notes[0].title");
    type(title, "Why a cache");
    EXPECT_EQ(document.design().notes[0].title, "Why a cache");
    undo().undo();
    EXPECT_EQ(title->text(), "");
    undo().redo();
    EXPECT_EQ(title->text(), "Why a cache");
    field<QPushButton>("assumptionsAdd")->click();
    type(field<QLineEdit>("assumptions[0].subject"), "estimation.dau");
    EXPECT_EQ(document.design().assumptions.at(0).subject, "estimation.dau");
    inspector.form()->findChild<QAbstractButton*>("notes[0].remove")->click();
    EXPECT_TRUE(document.design().notes.empty());
    EXPECT_EQ(undo().count(), 5);
}

TEST_F(InspectorTest, FieldsFollowALightDarkSwitch) {
    const QPalette previous = QApplication::palette();
    QPalette dark = previous;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    type(field<QLineEdit>("dau"), "-1"); // a marked field among them
    QApplication::setPalette(dark);
    QCoreApplication::processEvents(); // the change reaches widgets through posted events
    EXPECT_EQ(inspector.form()->palette().color(QPalette::Window), QColor(45, 45, 48));
    EXPECT_EQ(field<QLineEdit>("reads_per_user_per_day")->palette().color(QPalette::Base),
              QColor(30, 30, 32));
    QApplication::setPalette(previous);
    QCoreApplication::processEvents();
    type(field<QLineEdit>("dau"), "1");
    EXPECT_EQ(field<QLineEdit>("dau")->palette().color(QPalette::Base),
              previous.color(QPalette::Base))
        << "an unmarked field takes the palette again";
}

TEST_F(InspectorTest, DesignFormFollowsUndoMadeElsewhere) {
    core::Design renamed = document.design();
    renamed.name = "Renamed";
    document.push(new EditDesignCommand(document.model(), renamed, "Name"));
    EXPECT_EQ(field<QLineEdit>("name")->text(), "Renamed");
    undo().undo();
    EXPECT_EQ(field<QLineEdit>("name")->text(), "Sample");
}

} // namespace
} // namespace studio::widgets::test
