// The number field: compact while nobody edits it, in full on focus, never changed by focus
// coming and going, sizes with their prefix, and wide enough for what it shows.
#include "InspectorFixture.h"
#include "LocaleGuard.h"

#include "widgets/inspector/NumberEdit.h"

#include <QApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QVBoxLayout>

namespace studio::widgets::test {
namespace {

// A shown, active window with a number field and a second field to move the focus to.
class NumberEditTest : public ::testing::Test {
protected:
    NumberEditTest()
        : edit(new NumberEdit(&window))
        , other(new QLineEdit(&window)) {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(edit);
        layout->addWidget(other);
        window.show();
        window.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
        other->setFocus();
    }

    QWidget window;
    NumberEdit* edit;
    QLineEdit* other;
};

TEST_F(NumberEditTest, CompactUntilFocusedThenInFull) {
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    edit->setValue(10.0 / 3);
    EXPECT_EQ(edit->text(), "3.333");
    edit->setFocus();
    ASSERT_TRUE(edit->hasFocus());
    EXPECT_EQ(edit->text(), "3.3333333333333335") << "the full stored value to edit";
    other->setFocus();
    EXPECT_EQ(edit->text(), "3.333");
}

TEST_F(NumberEditTest, CompactInGermanToo) {
    const LocaleGuard german(QLocale(QLocale::German, QLocale::Germany));
    edit->setValue(10.0 / 3);
    EXPECT_EQ(edit->text(), "3,333");
    edit->setFocus();
    EXPECT_EQ(edit->text(), "3,3333333333333335");
}

TEST_F(NumberEditTest, FocusInAndOutWithoutTypingKeepsTheStoredValue) {
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    edit->setValue(10.0 / 3);
    QSignalSpy finished(edit, &QLineEdit::editingFinished);
    edit->setFocus();
    other->setFocus();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(edit->isModified()) << "nothing was typed";
    EXPECT_EQ(edit->value(), 10.0 / 3) << "not the 3.333 shown";

    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, "2.5");
    EXPECT_TRUE(edit->isModified());
    EXPECT_EQ(edit->value(), 2.5) << "once typed, the typed number";
}

TEST_F(NumberEditTest, SizesShowAndTakeTheirPrefix) {
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    edit->setUnit(NumberEdit::Unit::Bytes);
    edit->setValue(16e9);
    EXPECT_EQ(edit->text(), "16 GB");
    edit->setFocus();
    EXPECT_EQ(edit->text(), "16 GB") << "16 GB is exact";
    edit->selectAll();
    QTest::keyClicks(edit, "1.5 TB");
    EXPECT_EQ(edit->value(), 1.5e12);
}

// The width QLineEdit leaves its text: the contents rectangle less its text margins and its
// own 2 px a side.
int textRoom(const QLineEdit* edit) {
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->hasFrame()
                           ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                           : 0;
    const QRect contents =
        edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    return contents.width() - margins.left() - margins.right() - 4;
}

TEST_F(InspectorTest, GermanNumbersShowInFullInANarrowInspector) {
    const LocaleGuard german(QLocale(QLocale::German, QLocale::Germany));
    core::Design design = document.design();
    design.estimation.dau = 100000000;
    design.estimation.itemCount = 123456789012;
    document.reset(design);
    inspector.resize(260, 700);
    inspector.show();
    inspector.setSelection({});
    QApplication::processEvents();
    for (const char* key : {"dau", "item_count"}) {
        auto* edit = field<QLineEdit>(key);
        ASSERT_NE(edit, nullptr);
        EXPECT_LE(edit->fontMetrics().horizontalAdvance(edit->text()), textRoom(edit))
            << key << ": " << edit->text().toStdString() << " is cut off";
    }
    EXPECT_EQ(field<QLineEdit>("dau")->text(), "100.000.000");
}

TEST_F(InspectorTest, FocusWithoutTypingChangesNoEstimate) {
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    core::Design design = document.design();
    design.estimation.readsPerUserPerDay = 10.0 / 3;
    document.reset(design);
    inspector.setSelection({});
    inspector.show();
    inspector.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    auto* reads = field<QLineEdit>("reads_per_user_per_day");
    EXPECT_EQ(reads->text(), "3.333");
    reads->setFocus();
    EXPECT_EQ(reads->text(), "3.3333333333333335");
    field<QLineEdit>("name")->setFocus();
    EXPECT_EQ(document.design().estimation.readsPerUserPerDay, 10.0 / 3);
    EXPECT_EQ(undo().count(), 0);

    reads->setFocus();
    QTest::keyClick(reads, Qt::Key_Return);
    EXPECT_EQ(document.design().estimation.readsPerUserPerDay, 10.0 / 3) << "Return, no typing";
    EXPECT_EQ(undo().count(), 0);
}

TEST_F(InspectorTest, TypingASizeStoresBytes) {
    inspector.setSelection({"cache"});
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    auto* memory = field<QLineEdit>("capacity");
    type(memory, "8 GB");
    EXPECT_EQ(component("cache").number("capacity"), 8e9);
    type(memory, "2GB");
    EXPECT_EQ(component("cache").number("capacity"), 2e9);
    EXPECT_EQ(memory->text(), QStringLiteral("2 GB"));
    type(memory, "16e9");
    EXPECT_EQ(component("cache").number("capacity"), 16e9);
    EXPECT_EQ(undo().count(), 3);
}

} // namespace
} // namespace studio::widgets::test
