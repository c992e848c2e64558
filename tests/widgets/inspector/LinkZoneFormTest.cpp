#include "InspectorFixture.h"

#include "widgets/inspector/IntegerSpinBox.h"
#include "widgets/inspector/LinkForm.h"

#include <QCheckBox>
#include <QComboBox>

namespace studio::widgets::test {
namespace {

TEST_F(InspectorTest, LinkShowsItsEndsAndTheFieldsOfItsMode) {
    inspector.setSelection({"app-db"});
    ASSERT_NE(qobject_cast<LinkForm*>(inspector.form()), nullptr);
    EXPECT_EQ(field<QLineEdit>("from")->text(), "URL service (app)");
    EXPECT_EQ(field<QLineEdit>("to")->text(), "Links DB (db)");
    EXPECT_EQ(field<QComboBox>("mode")->currentData().toInt(), int(core::LinkMode::Call));
    EXPECT_EQ(field<QLineEdit>("latency")->text(), "0.00025");
    EXPECT_TRUE(field<QWidget>("step")->isVisibleTo(&inspector));
    EXPECT_TRUE(field<QWidget>("when")->isVisibleTo(&inspector));
    EXPECT_FALSE(field<QWidget>("weight")->isVisibleTo(&inspector));
    EXPECT_FALSE(field<QWidget>("multiplicity")->isVisibleTo(&inspector));
    EXPECT_FALSE(field<QWidget>("failure_ratio")->isEnabled()) << "breaker off";
}

TEST_F(InspectorTest, NegativeLatencyIsRefusedAndAValidOneUndoes) {
    inspector.setSelection({"app-db"});
    auto* latency = field<QLineEdit>("latency");
    type(latency, "-1");
    EXPECT_TRUE(marked(latency));
    EXPECT_EQ(reason(latency), "latency must be >= 0, got -1");
    EXPECT_EQ(link("app-db").latency, 0.00025);
    EXPECT_EQ(undo().count(), 0);

    type(latency, "0.001");
    EXPECT_FALSE(marked(latency));
    EXPECT_EQ(link("app-db").latency, 0.001);
    EXPECT_EQ(undo().undoText(), "Set Latency of link app-db");
    undo().undo();
    EXPECT_EQ(link("app-db").latency, 0.00025);
    EXPECT_EQ(latency->text(), "0.00025");
    undo().redo();
    EXPECT_EQ(link("app-db").latency, 0.001);
    undo().undo();
    undo().redo();
    EXPECT_EQ(latency->text(), "0.001");
}

TEST_F(InspectorTest, ModeChangeShowsTheNewModesFields) {
    inspector.setSelection({"app-db"});
    auto* mode = field<QComboBox>("mode");
    mode->setCurrentIndex(mode->findData(int(core::LinkMode::Choose)));
    EXPECT_EQ(link("app-db").mode, core::LinkMode::Choose);
    EXPECT_EQ(link("app-db").when, core::CallCondition::Always) << "when belongs to calls";
    EXPECT_EQ(link("app-db").step, 2) << "other modes' keys are kept";
    EXPECT_EQ(undo().count(), 1);
    EXPECT_TRUE(field<QWidget>("weight")->isVisibleTo(&inspector));
    EXPECT_FALSE(field<QWidget>("step")->isVisibleTo(&inspector));

    type(field<QLineEdit>("weight"), "3");
    EXPECT_EQ(link("app-db").weight, 3);
    undo().undo();
    undo().undo();
    EXPECT_EQ(link("app-db").mode, core::LinkMode::Call);
    EXPECT_EQ(link("app-db").when, core::CallCondition::Miss);
    EXPECT_EQ(mode->currentData().toInt(), int(core::LinkMode::Call));
}

TEST_F(InspectorTest, ConditionNeedsAPreviousStepThatHitsOrMisses) {
    inspector.setSelection({"app-db"});
    type(field<IntegerSpinBox>("step"), "1");
    auto* step = field<IntegerSpinBox>("step");
    EXPECT_TRUE(marked(step));
    EXPECT_TRUE(reason(step).startsWith("when: miss needs a previous step"))
        << reason(step).toStdString();
    EXPECT_EQ(link("app-db").step, 2);
}

TEST_F(InspectorTest, ClassesRetryAndBreaker) {
    inspector.setSelection({"app-cache"});
    type(field<QLineEdit>("classes"), "read, ");
    EXPECT_EQ(link("app-cache").classes, std::vector<std::string>{"read"});
    EXPECT_EQ(field<QLineEdit>("classes")->text(), "read");
    type(field<QLineEdit>("classes"), "read, upload");
    EXPECT_TRUE(marked(field<QLineEdit>("classes")));
    EXPECT_EQ(link("app-cache").classes, std::vector<std::string>{"read"});

    type(field<IntegerSpinBox>("max_retries"), "3");
    EXPECT_EQ(link("app-cache").retry.maxRetries, 3);
    type(field<QLineEdit>("max_backoff"), "0.01");
    EXPECT_EQ(reason(field<QLineEdit>("max_backoff")),
              "max_backoff must be >= backoff (0.05), got 0.01");
    field<QCheckBox>("enabled")->setChecked(true);
    EXPECT_TRUE(link("app-cache").breaker.enabled);
    EXPECT_TRUE(field<QWidget>("failure_ratio")->isEnabled());
    type(field<IntegerSpinBox>("window"), "50");
    EXPECT_EQ(link("app-cache").breaker.window, 50);
    EXPECT_EQ(undo().count(), 4);
}

TEST_F(InspectorTest, ZoneNameAndKind) {
    inspector.setSelection({"az-a"});
    EXPECT_EQ(inspector.form()->objectName(), "zoneForm");
    EXPECT_EQ(field<QLineEdit>("parent")->text(), "us-east-1 (region)");
    type(field<QLineEdit>("name"), "Zone A");
    EXPECT_EQ(document.design().findZone("az-a")->name, "Zone A");
    EXPECT_EQ(undo().undoText(), "Rename us-east-1a");
    auto* kind = field<QComboBox>("kind");
    kind->setCurrentIndex(kind->findData(int(core::ZoneKind::Vpc)));
    EXPECT_EQ(document.design().findZone("az-a")->kind, core::ZoneKind::Vpc);
    EXPECT_EQ(undo().undoText(), "Set Kind of Zone A");
    undo().undo();
    EXPECT_EQ(kind->currentData().toInt(), int(core::ZoneKind::AvailabilityZone));
}

} // namespace
} // namespace studio::widgets::test
