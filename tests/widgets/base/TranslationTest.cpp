#include "widgets/base/Translation.h"
#include "widgets/base/ComponentSummary.h"
#include "widgets/window/MainWindow.h"

#include "catalog/Catalog.h"
#include "util/Problem.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QMenuBar>
#include <QTranslator>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

// Installs the embedded German translation for the test's lifetime.
class GermanTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/sdstudio_de.qm")))
            << "the German translation is not embedded";
        ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&translator); }

    QTranslator translator;
};

TEST(TranslationTest, FillsArgumentsInOnePass) {
    EXPECT_EQ(fillArguments("%1 must be <= %2, got %3", {"instances", "100000", "1e+12"}),
              "instances must be <= 100000, got 1e+12");
    // An argument's own %2 is text, not a placeholder.
    EXPECT_EQ(fillArguments("%1 and %2", {"50%2", "x"}), "50%2 and x");
    EXPECT_EQ(fillArguments("%2 before %1", {"a", "b"}), "b before a");
    EXPECT_EQ(fillArguments("%1 of %3", {"a"}), "a of %3");
    EXPECT_EQ(fillArguments("100%", {}), "100%");
}

TEST(TranslationTest, UntranslatedMessageIsTheEnglishText) {
    const core::Problem problem = core::makeProblem(
        "components[2] \"db\"", "Validation", "%1 must be >= %2, got %3", {"shards", "1", "0"});
    EXPECT_EQ(translatedMessage(problem.message).toStdString(), problem.message.format());
    EXPECT_EQ(problemLine("a.json", problem).toStdString(), "a.json: " + problem.text());
}

TEST(TranslationTest, ProblemLinesSayWhereWithoutAFileName) {
    const core::Problems problems = {
        core::makeProblem("links[2]", "Validation", "no component \"%1\"", {"db"}),
        core::makeProblem({}, "Library", "the library is busy")};
    EXPECT_EQ(problemLines(problems),
              QStringLiteral("links[2]: no component \"db\"\nthe library is busy"));
    EXPECT_EQ(problemLines({}), QString());
}

TEST(TranslationTest, FindsTheTranslationForALocale) {
    QTranslator german;
    EXPECT_TRUE(loadStudioTranslation(german, QLocale(QLocale::German, QLocale::Germany)));
    QTranslator chinese;
    EXPECT_TRUE(loadStudioTranslation(chinese, QLocale(QLocale::Chinese, QLocale::China)));
    QTranslator english;
    EXPECT_FALSE(loadStudioTranslation(english, QLocale(QLocale::English, QLocale::UnitedStates)));
}

TEST_F(GermanTest, TranslatesCatalogLabels) {
    EXPECT_EQ(catalogText("Load balancer (L7)"), "Load-Balancer (L7)");
    EXPECT_EQ(catalogText("Message queue"), "Nachrichtenwarteschlange");
    const core::KindSpec* kind = core::Catalog::standard().find("sql_database");
    core::Component component;
    EXPECT_EQ(ComponentSummary::kindLabel(component, kind), "SQL-Datenbank");
}

TEST_F(GermanTest, TranslatesMenus) {
    EXPECT_EQ(QCoreApplication::translate("studio::widgets::MainWindow", "&File"), "&Datei");
    MainWindow window;
    QStringList menus;
    for (const QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    EXPECT_TRUE(menus.contains("&Datei")) << menus.join(", ").toStdString();
    EXPECT_TRUE(menus.contains("&Hilfe")) << menus.join(", ").toStdString();
}

TEST_F(GermanTest, TranslatesMessageTemplatesThenFillsArguments) {
    const core::Problem problem = core::makeProblem(
        "components[2]", "Validation", "%1 must be >= %2, got %3", {"shards", "1", "0"});
    EXPECT_EQ(translatedMessage(problem.message), "shards muss >= 1 sein, ist aber 0");
    EXPECT_EQ(problemLine("a.json", problem),
              "a.json: components[2]: shards muss >= 1 sein, ist aber 0");
}

TEST_F(GermanTest, TranslatesKeyFigures) {
    const core::Catalog& catalog = core::Catalog::standard();
    const core::KindSpec* kind = catalog.find("service");
    core::Component component = catalog.makeComponent(*kind, "app", 0, 0);
    component.properties["instances"] = std::int64_t{3};
    component.properties["workers"] = std::int64_t{64};
    EXPECT_EQ(ComponentSummary::details(component, kind), "3 Instanzen × 64 Worker");
}

} // namespace
} // namespace studio::widgets
