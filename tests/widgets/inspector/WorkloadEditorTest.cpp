#include "InspectorFixture.h"

#include "widgets/inspector/IntegerSpinBox.h"
#include "widgets/inspector/RowTable.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace studio::widgets::test {
namespace {

const core::Workload& workload(const core::Component& component) {
    return *component.workload;
}

TEST_F(InspectorTest, ClientShowsItsWorkload) {
    inspector.setSelection({"users"});
    EXPECT_EQ(field<QLineEdit>("rate")->text(), "100");
    EXPECT_EQ(field<QLabel>("rateUnit")->text(), "req/s");
    EXPECT_TRUE(field<QWidget>("rate")->isVisibleTo(&inspector));
    EXPECT_FALSE(field<QWidget>("population")->isVisibleTo(&inspector));
    auto* table = field<RowTable>("classes");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->text(0, 0), "read");
    EXPECT_EQ(table->text(0, 1), "1");
    EXPECT_EQ(inspector.form()->findChild<QWidget*>("service"), nullptr) << "not a station";
}

TEST_F(InspectorTest, WorkloadFieldsEditAndUndo) {
    inspector.setSelection({"users"});
    type(field<QLineEdit>("rate"), "2500");
    EXPECT_EQ(workload(component("users")).rate, 2500);
    EXPECT_EQ(undo().undoText(), "Set Rate of Users");
    type(field<QLineEdit>("rate"), "0");
    EXPECT_EQ(reason(field<QLineEdit>("rate")), "rate must be > 0, got 0");

    auto* type = field<QComboBox>("type");
    type->setCurrentIndex(type->findData(int(core::WorkloadType::Closed)));
    EXPECT_EQ(workload(component("users")).type, core::WorkloadType::Closed);
    EXPECT_EQ(workload(component("users")).population, 2500) << "rate x think time";
    EXPECT_TRUE(field<QWidget>("population")->isVisibleTo(&inspector));
    EXPECT_FALSE(field<QWidget>("rate")->isVisibleTo(&inspector));
    undo().undo();
    EXPECT_EQ(workload(component("users")).type, core::WorkloadType::Open);
    EXPECT_TRUE(field<QWidget>("rate")->isVisibleTo(&inspector));
}

TEST_F(InspectorTest, MixThatBreaksTheSumIsMarkedUntilTheOthersMakeItWhole) {
    inspector.setSelection({"users"});
    auto* table = field<RowTable>("classes");
    table->findChild<QPushButton*>("classesAdd")->click();
    ASSERT_EQ(workload(component("users")).classes.size(), 2u);
    EXPECT_EQ(workload(component("users")).classes[1].mix, 0.5);
    EXPECT_EQ(undo().count(), 1);
    ASSERT_EQ(table->rowCount(), 2);

    table->table()->item(0, 1)->setText("0.9");
    EXPECT_TRUE(marked(table));
    EXPECT_EQ(reason(table), "the mixes of the classes must add up to 1, got 1.4");
    EXPECT_EQ(workload(component("users")).classes[0].mix, 0.5);
    EXPECT_EQ(undo().count(), 1);
    EXPECT_EQ(table->text(0, 1), "0.9") << "kept for the person to finish";

    table->table()->item(1, 1)->setText("0.1");
    EXPECT_FALSE(marked(table));
    EXPECT_EQ(workload(component("users")).classes[0].mix, 0.9);
    EXPECT_EQ(workload(component("users")).classes[1].mix, 0.1);
    EXPECT_EQ(undo().count(), 2);

    table->table()->item(1, 3)->setText("big");
    EXPECT_EQ(reason(table), "classes[1]: request_bytes must be a number, got \"big\"");
    table->table()->item(1, 3)->setText("2000");
    EXPECT_EQ(workload(component("users")).classes[1].requestBytes, 2000);

    table->table()->selectRow(1);
    table->findChild<QPushButton*>("classesRemove")->click();
    ASSERT_EQ(workload(component("users")).classes.size(), 1u);
    EXPECT_EQ(workload(component("users")).classes[0].mix, 1.0);
}

TEST_F(InspectorTest, WorkloadCanBeRemovedAndAdded) {
    inspector.setSelection({"users"});
    field<QPushButton>("removeWorkload")->click();
    EXPECT_FALSE(component("users").workload.has_value());
    EXPECT_TRUE(field<QWidget>("addWorkload")->isVisibleTo(&inspector));
    field<QPushButton>("addWorkload")->click();
    ASSERT_TRUE(component("users").workload.has_value());
    EXPECT_EQ(workload(component("users")).classes.size(), 1u);
    EXPECT_TRUE(field<QWidget>("rate")->isVisibleTo(&inspector));
    EXPECT_EQ(undo().count(), 2);
}

TEST_F(InspectorTest, ClientRetryPolicy) {
    inspector.setSelection({"users"});
    type(field<IntegerSpinBox>("max_retries"), "2");
    EXPECT_EQ(workload(component("users")).retry.maxRetries, 2);
    type(field<IntegerSpinBox>("max_retries"), "101");
    EXPECT_EQ(reason(field<QWidget>("max_retries")), "max_retries must be <= 100, got 101");
    type(field<QLineEdit>("timeout"), "2");
    EXPECT_EQ(workload(component("users")).timeout, 2);
}

} // namespace
} // namespace studio::widgets::test
