// The calculators panel: live results through the registry, refused values marked at their
// field, the design's own figures, and results applied to the design as one undo step.
#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/calculators/ApplyBox.h"
#include "widgets/calculators/CalculationView.h"
#include "widgets/calculators/CalculatorForm.h"
#include "widgets/calculators/CalculatorList.h"
#include "widgets/calculators/CalculatorsPanel.h"
#include "widgets/calculators/DesignEstimatePage.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/inspector/FieldRow.h"

#include "estimate/CalculatorRegistry.h"
#include "estimate/DesignEstimate.h"
#include "estimate/DesignPrefill.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>

using namespace studio;
using namespace studio::widgets;
namespace estimate = studio::core::estimate;

namespace {

using Given = std::vector<std::pair<std::string, std::string>>;

class CalculatorsPanelTest : public ::testing::Test {
protected:
    CalculatorsPanelTest()
        : panel(&document) {
        document.reset(test::sampleDesign());
        panel.resize(340, 900);
    }

    // Types into the field of `key` as a person would, one keystroke at a time.
    void type(const std::string& key, const QString& text) {
        QLineEdit* edit = panel.form()->editor(key);
        ASSERT_NE(edit, nullptr) << key;
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // The registry's own result for `given`, as the command line gets it.
    static estimate::Calculation expected(const char* calculator, const Given& given) {
        const auto result = estimate::runCalculator(*estimate::findCalculator(calculator), given);
        EXPECT_TRUE(result.ok());
        return result.ok() ? result.value() : estimate::Calculation{};
    }

    // Every output shown as the calculation's people's and seed's forms, and its formula.
    static void expectShown(const CalculationView* view, const estimate::Calculation& calculation) {
        ASSERT_FALSE(calculation.outputs.empty());
        for (const estimate::Output& output : calculation.outputs) {
            EXPECT_EQ(view->outputText(output.key).toStdString(), output.peopleForm())
                << output.key;
            EXPECT_EQ(view->seedText(output.key).toStdString(), output.seedForm()) << output.key;
        }
        QStringList lines;
        for (const core::Message& step : calculation.formula)
            lines.append(translatedMessage(step));
        EXPECT_EQ(view->formulaText(), lines.join(u'\n'));
    }

    void setEstimation(const core::Estimation& estimation) {
        core::Design after = document.design();
        after.estimation = estimation;
        document.push(new EditDesignCommand(document.model(), after, QStringLiteral("estimation")));
    }

    static core::Estimation socialEstimation() {
        core::Estimation e;
        e.dau = 10e6;
        e.readsPerUserPerDay = 8;
        e.writesPerUserPerDay = 2;
        e.readBytes = 1000;
        e.writeBytes = 500;
        e.itemCount = 100e6;
        e.itemBytes = 500;
        e.retentionDays = 365;
        e.replicas = 3;
        e.peakFactor = 3;
        e.concurrentFraction = 0.1;
        return e;
    }

    StudioDocument document;
    CalculatorsPanel panel;
};

} // namespace

TEST_F(CalculatorsPanelTest, TrafficShowsTheRegistrysResultAsYouType) {
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("traffic")));
    type("dau", QStringLiteral("10M"));
    type("actions_per_day", QStringLiteral("10"));
    EXPECT_TRUE(panel.form()->calculation().has_value()) << "a result before the last key";
    type("bytes_per_action", QStringLiteral("1KB"));

    const auto& shown = panel.form()->calculation();
    ASSERT_TRUE(shown.has_value());
    EXPECT_NEAR(shown->value("requests_per_second"), 1157.407, 0.001);
    EXPECT_DOUBLE_EQ(shown->value("bytes_per_day"), 1e11);
    const estimate::Calculation registry = expected(
        "traffic", {{"dau", "10M"}, {"actions_per_day", "10"}, {"bytes_per_action", "1KB"}});
    expectShown(panel.form()->view(), registry);
    EXPECT_TRUE(panel.form()->view()->outputText("bytes_per_day").startsWith("100 GB"));
    EXPECT_TRUE(panel.form()->view()->formulaText().contains("86,400"));
    EXPECT_TRUE(panel.form()->statusText().isEmpty());
}

TEST_F(CalculatorsPanelTest, ABadValueMarksItsFieldAndShowsNoResult) {
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("storage")));
    type("bytes_per_day", QStringLiteral("5GB"));
    type("days", QStringLiteral("365"));
    ASSERT_TRUE(panel.form()->calculation().has_value());

    type("days", QStringLiteral("5GB"));
    EXPECT_FALSE(panel.form()->calculation().has_value());
    EXPECT_TRUE(panel.form()->view()->isEmpty());
    EXPECT_TRUE(panel.form()->view()->outputText("bytes").isEmpty());
    FieldRow* days = panel.form()->row("days");
    ASSERT_NE(days, nullptr);
    EXPECT_TRUE(days->hasError());
    EXPECT_TRUE(panel.form()->editor("days")->property("invalid").toBool());
    const auto refused = estimate::runCalculator(*estimate::findCalculator("storage"),
                                                 {{"bytes_per_day", "5GB"}, {"days", "5GB"}});
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(refused.problems().front().place, "days") << "the registry names the key";
    EXPECT_EQ(days->error(), translatedMessage(refused.problems().front().message));
    EXPECT_TRUE(days->error().contains("size"));
    EXPECT_FALSE(panel.form()->row("bytes_per_day")->hasError());

    type("days", QStringLiteral("365"));
    EXPECT_FALSE(days->hasError());
    expectShown(panel.form()->view(),
                expected("storage", {{"bytes_per_day", "5GB"}, {"days", "365"}}));
}

TEST_F(CalculatorsPanelTest, BlankRequiredKeysAreListedNotMarked) {
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("traffic")));
    for (const char* key : {"dau", "actions_per_day", "bytes_per_action", "peak_factor"})
        EXPECT_FALSE(panel.form()->row(key)->hasError()) << key;
    EXPECT_TRUE(panel.form()->statusText().contains("Daily active users")) << "named in words";
    EXPECT_TRUE(panel.form()->statusText().contains("Actions a user makes a day"));
    EXPECT_FALSE(panel.form()->statusText().contains("peak_factor")) << "it has a default";
    EXPECT_FALSE(panel.form()->calculation().has_value());
    EXPECT_FALSE(panel.form()->editor("peak_factor")->placeholderText().isEmpty());
    EXPECT_FALSE(panel.form()->editor("dau")->toolTip().isEmpty());
}

TEST_F(CalculatorsPanelTest, AListKeyTakesCommaSeparatedValues) {
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("availability")));
    type("series", QStringLiteral("99.9%,99.9%"));
    ASSERT_TRUE(panel.form()->calculation().has_value());
    EXPECT_NEAR(panel.form()->calculation()->value("availability_percent"), 99.8001, 1e-9);
    expectShown(panel.form()->view(), expected("availability", {{"series", "99.9%,99.9%"}}));
}

TEST_F(CalculatorsPanelTest, TheListIsGroupedSearchableAndKeepsWhatWasTyped) {
    QTreeWidget* tree = panel.list()->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 3);
    int listed = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        listed += tree->topLevelItem(g)->childCount();
    EXPECT_EQ(listed, static_cast<int>(estimate::calculators().size()));
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(0), QString(estimate::calculators()[0].name));

    panel.list()->setFilter(QStringLiteral("CRC16"));
    int visible = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            visible += tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    EXPECT_EQ(visible, 1) << "only the Redis slot";
    panel.list()->setFilter(QStringLiteral("bytes_per_shard"));
    EXPECT_FALSE(
        tree->findItems("shards", Qt::MatchExactly | Qt::MatchRecursive).front()->isHidden());
    EXPECT_TRUE(
        tree->findItems("traffic", Qt::MatchExactly | Qt::MatchRecursive).front()->isHidden());
    panel.list()->setFilter({});

    ASSERT_TRUE(panel.showCalculator(QStringLiteral("traffic")));
    type("dau", QStringLiteral("5M"));
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("servers")));
    EXPECT_EQ(panel.form()->calculator().name, std::string("servers"));
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("traffic")));
    EXPECT_EQ(panel.form()->editor("dau")->text(), "5M");
    EXPECT_FALSE(panel.showCalculator(QStringLiteral("nonsense")));
}

TEST_F(CalculatorsPanelTest, TheDesignSectionFollowsTheEstimation) {
    DesignEstimatePage* page = panel.designPage();
    EXPECT_TRUE(page->view()->isEmpty()) << "the sample gives no estimation inputs";
    EXPECT_FALSE(page->prefillButton("traffic")->isEnabled());

    setEstimation(socialEstimation());
    const estimate::Calculation design = estimate::designEstimate(socialEstimation());
    expectShown(page->view(), design);
    EXPECT_TRUE(page->prefillButton("traffic")->isEnabled());

    core::Estimation busier = socialEstimation();
    busier.dau = 20e6;
    setEstimation(busier);
    expectShown(page->view(), estimate::designEstimate(busier));
    EXPECT_NE(page->view()->outputText("peak_rps").toStdString(),
              design.find("peak_rps")->peopleForm());

    document.undoStack()->undo();
    expectShown(page->view(), design);
}

TEST_F(CalculatorsPanelTest, TheDesignFillsCalculatorsIn) {
    const core::Estimation e = socialEstimation();
    setEstimation(e);
    const estimate::Calculation design = estimate::designEstimate(e);
    QTest::mouseClick(panel.designPage()->prefillButton("traffic"), Qt::LeftButton);
    EXPECT_EQ(panel.tabs()->currentIndex(), 0);
    ASSERT_EQ(panel.form()->calculator().name, std::string("traffic"));
    ASSERT_TRUE(panel.form()->calculation().has_value());
    EXPECT_NEAR(panel.form()->calculation()->value("requests_per_second"),
                design.value("read_rps") + design.value("write_rps"), 1e-6);
    EXPECT_NEAR(panel.form()->calculation()->value("peak_requests_per_second"),
                design.value("peak_rps"), 1e-6);

    // Every calculator the design fills in gives a result, but servers and shards, which need
    // the person's per-server and per-shard limits first (and say so).
    for (const std::string& name : estimate::prefillCalculators()) {
        ASSERT_TRUE(panel.prefillFromDesign(QString::fromStdString(name))) << name;
        EXPECT_EQ(panel.form()->values(), estimate::designInputs(name, e)) << name;
        const bool limits = name == "servers" || name == "shards";
        EXPECT_EQ(panel.form()->calculation().has_value(), !limits) << name;
        if (name == "servers") {
            EXPECT_TRUE(panel.form()->statusText().contains("Requests a second one server serves"));
        } else if (name == "shards") {
            EXPECT_TRUE(panel.form()->statusText().contains("bytes_per_shard"));
        }
    }
}

TEST_F(CalculatorsPanelTest, ApplyTrafficToTheSelectedClient) {
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("traffic")));
    ApplyBox* box = panel.applyBox();
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->button()->isEnabled()) << "no result yet";
    type("dau", QStringLiteral("10M"));
    type("actions_per_day", QStringLiteral("10"));
    type("peak_factor", QStringLiteral("3"));
    EXPECT_EQ(box->chosen(), "users") << "the only client";
    ASSERT_TRUE(box->button()->isEnabled());

    const core::Design before = document.design();
    QTest::mouseClick(box->button(), Qt::LeftButton);
    ASSERT_EQ(document.undoStack()->count(), 1) << "one undo step";
    const core::Workload& workload = *document.design().findComponent("users")->workload;
    EXPECT_DOUBLE_EQ(workload.rate, panel.form()->calculation()->value("requests_per_second"));
    EXPECT_DOUBLE_EQ(workload.peakFactor, 3);
    EXPECT_TRUE(document.undoStack()->undoText().startsWith("Set arrival rate of Users"));
    document.undoStack()->undo();
    EXPECT_EQ(document.design(), before);
}

TEST_F(CalculatorsPanelTest, TheSelectedComponentIsPreferred) {
    core::Design design = document.design();
    core::Component mobile = *design.findComponent("users");
    mobile.id = "mobile";
    mobile.name = "Mobile";
    design.components.push_back(mobile);
    document.reset(design);
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("traffic")));
    EXPECT_EQ(panel.applyBox()->targets()->count(), 2);
    EXPECT_EQ(panel.applyBox()->chosen(), "users");
    panel.setSelection({"app", "mobile"});
    EXPECT_EQ(panel.applyBox()->chosen(), "mobile");
    EXPECT_EQ(panel.designPage()->arrivalBox()->chosen(), "mobile");
    EXPECT_EQ(panel.applyBox()->targets()->itemText(0), "Mobile") << "selected first";
}

TEST_F(CalculatorsPanelTest, ApplyIsOffWithoutAFittingComponent) {
    core::Design design = document.design();
    std::erase_if(design.components, [](const core::Component& c) { return c.kind == "cache"; });
    std::erase_if(design.links, [](const core::Link& l) { return l.to == "cache"; });
    document.reset(design);
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("cache")));
    type("items", QStringLiteral("100M"));
    type("bytes_per_item", QStringLiteral("500"));
    ASSERT_TRUE(panel.form()->calculation().has_value());
    EXPECT_TRUE(panel.applyBox()->chosen().empty());
    EXPECT_FALSE(panel.applyBox()->button()->isEnabled());
    EXPECT_FALSE(panel.applyBox()->apply());
    EXPECT_EQ(document.undoStack()->count(), 0);
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("bandwidth")));
    EXPECT_EQ(panel.applyBox(), nullptr) << "bandwidth has nowhere to go";
}

TEST_F(CalculatorsPanelTest, ApplyCacheAndShardsFromTheirCalculators) {
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("cache")));
    type("items", QStringLiteral("100M"));
    type("bytes_per_item", QStringLiteral("500"));
    ASSERT_TRUE(panel.applyBox()->apply());
    EXPECT_DOUBLE_EQ(document.design().findComponent("cache")->number("capacity"), 10e9);
    EXPECT_EQ(document.undoStack()->undoText(), "Set memory of Redis to 10 GB");

    ASSERT_TRUE(panel.showCalculator(QStringLiteral("shards")));
    type("bytes", QStringLiteral("5TB"));
    type("bytes_per_shard", QStringLiteral("1TB"));
    panel.setSelection({"db"});
    EXPECT_EQ(panel.applyBox()->chosen(), "db");
    ASSERT_TRUE(panel.applyBox()->apply());
    EXPECT_EQ(document.design().findComponent("db")->number("shards"), 5);
    EXPECT_EQ(document.undoStack()->count(), 2);
}

TEST_F(CalculatorsPanelTest, ApplyRefusesWhatTheDesignWouldNotAccept) {
    ASSERT_TRUE(panel.showCalculator(QStringLiteral("shards")));
    type("bytes", QStringLiteral("1EB"));
    type("bytes_per_shard", QStringLiteral("1GB")); // a billion shards
    panel.setSelection({"db"});
    ASSERT_TRUE(panel.applyBox()->button()->isEnabled());
    EXPECT_FALSE(panel.applyBox()->apply());
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(panel.applyBox()->problemText().isEmpty());
    EXPECT_EQ(document.design().findComponent("db")->number("shards"), 4);
}

TEST_F(CalculatorsPanelTest, ApplyTheDesignsPeakAndCache) {
    setEstimation(socialEstimation());
    const estimate::Calculation design = estimate::designEstimate(socialEstimation());
    DesignEstimatePage* page = panel.designPage();
    ASSERT_TRUE(page->arrivalBox()->apply());
    const core::Workload& workload = *document.design().findComponent("users")->workload;
    EXPECT_NEAR(workload.rate, design.value("read_rps") + design.value("write_rps"), 1e-9);
    EXPECT_DOUBLE_EQ(workload.peakFactor, 3);
    ASSERT_TRUE(page->cacheBox()->apply());
    EXPECT_DOUBLE_EQ(document.design().findComponent("cache")->number("capacity"),
                     design.value("cache_bytes"));
    EXPECT_EQ(document.undoStack()->count(), 3); // the estimation edit and two applies
}
