// The calculators panel reads in words and fits its dock: fields named by what they are (the
// key in the tooltip), results that fit the panel's default width.
#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/calculators/CalculationView.h"
#include "widgets/calculators/CalculatorForm.h"
#include "widgets/calculators/CalculatorsPanel.h"

#include "estimate/CalculatorRegistry.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace studio;
using namespace studio::widgets;
namespace estimate = studio::core::estimate;

namespace {

class CalculatorLayoutTest : public ::testing::Test {
protected:
    CalculatorLayoutTest()
        : panel(&document) {
        document.reset(test::sampleDesign());
    }

    QLabel* labelOf(const char* key) const {
        return panel.form()->findChild<QLabel*>(QString::fromLatin1(key) + QStringLiteral("Label"));
    }

    StudioDocument document;
    CalculatorsPanel panel;
};

TEST_F(CalculatorLayoutTest, FieldsAreNamedInWordsWithTheKeyAsTooltip) {
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("traffic")));
    QLabel* dau = labelOf("dau");
    ASSERT_NE(dau, nullptr);
    EXPECT_EQ(dau->text(), "Daily active users");
    EXPECT_TRUE(dau->toolTip().startsWith("dau\n")) << dau->toolTip().toStdString();
    EXPECT_EQ(dau->buddy(), panel.form()->editor("dau"));
    EXPECT_TRUE(panel.form()->editor("dau")->toolTip().startsWith("dau\n"));

    // Every field of every calculator: words, not the key.
    for (const estimate::CalculatorSpec& calculator : estimate::calculators()) {
        ASSERT_TRUE(panel.showCalculator(QString::fromUtf8(calculator.name)));
        for (const estimate::InputSpec& input : calculator.inputs) {
            const QLabel* label = labelOf(input.key);
            ASSERT_NE(label, nullptr) << calculator.name << " " << input.key;
            EXPECT_FALSE(label->text().contains(u'_')) << label->text().toStdString();
            EXPECT_TRUE(label->text().at(0).isUpper()) << label->text().toStdString();
            EXPECT_TRUE(label->toolTip().startsWith(QString::fromUtf8(input.key)));
        }
    }
}

TEST_F(CalculatorLayoutTest, ResultsFitThePanelsDefaultWidth) {
    panel.resize(panel.sizeHint());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    for (const char* name : {"traffic", "storage", "connections"}) {
        ASSERT_TRUE(panel.showCalculator(QString::fromLatin1(name)));
        const estimate::CalculatorSpec& calculator = *estimate::findCalculator(name);
        CalculatorForm::Given given;
        for (const estimate::InputSpec& input : calculator.inputs)
            if (input.required)
                given.emplace_back(
                    input.key, input.dimension == estimate::Dimension::Fraction ? "0.05" : "10M");
        panel.form()->setValues(given);
        ASSERT_TRUE(panel.form()->calculation().has_value()) << name;
        QApplication::processEvents();

        // The scroll area's viewport the form sits in: what the person sees of it.
        QWidget* viewport = panel.form()->parentWidget();
        while (viewport && viewport->objectName() != QStringLiteral("qt_scrollarea_viewport"))
            viewport = viewport->parentWidget();
        ASSERT_NE(viewport, nullptr);
        const CalculationView* view = panel.form()->view();
        EXPECT_LE(view->mapTo(viewport, QPoint(view->width(), 0)).x(), viewport->width()) << name;
        for (const core::estimate::Output& output : panel.form()->calculation()->outputs) {
            for (const char* prefix : {"output:", "seed:"}) {
                const auto* label =
                    view->findChild<QLabel*>(prefix + QString::fromStdString(output.key));
                ASSERT_NE(label, nullptr);
                const int textRight =
                    label->mapTo(viewport, QPoint(0, 0)).x() + label->sizeHint().width();
                EXPECT_LE(textRight, viewport->width())
                    << name << " " << prefix << output.key << " is cut off";
            }
        }
    }
}

} // namespace
