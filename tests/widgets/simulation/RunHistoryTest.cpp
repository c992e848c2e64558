// The run history as a person meets it: a finished run of a library design is kept; reopened
// later, after other designs were open, it shows the same numbers; a run of unsaved edits
// keeps the design it ran and reads as stale against the design as it is now.
#include "widgets/simulation/RunHistory.h"
#include "library/LibraryFixture.h"
#include "simulation/ExampleDesigns.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/simulation/ResultsSummary.h"
#include "widgets/simulation/SimulationPanel.h"

#include "sim/ResultJson.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace studio::widgets::test {
namespace {

// Every cell of the table, row by row.
QStringList cells(const QTableWidget* table) {
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column)
            texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

class RunHistoryTest : public LibraryFixture {
protected:
    // The example design added to the library and opened from it.
    core::DesignId openFromLibrary() {
        auto added = library->add(example("goodput-collapse"));
        EXPECT_TRUE(added.ok());
        document.reset(library->loadDesign(added.value()).value(),
                       DocumentHome::library(added.value()));
        return added.value();
    }

    bool run(SimulationPanel& panel) {
        RunSettings settings;
        settings.duration = 20;
        settings.replications = 2;
        settings.seed = 3;
        panel.setSettings(settings);
        panel.run();
        return QTest::qWaitFor([&] { return !panel.running(); }, 60'000);
    }
};

TEST_F(RunHistoryTest, AStoredRunReopensWithTheSameNumbers) {
    const core::DesignId id = openFromLibrary();
    SimulationPanel panel(&document, library.get());
    QTreeWidget* list = panel.history()->list();
    EXPECT_EQ(list->topLevelItemCount(), 0);
    ASSERT_TRUE(run(panel));
    const auto ran = panel.shownRun();
    ASSERT_TRUE(ran && ran->result);
    const std::string results = core::sim::resultToJson(*ran->result);
    const QStringList requests = cells(panel.summary()->requestTable());
    const QStringList components = cells(panel.summary()->componentTable());
    ASSERT_FALSE(requests.isEmpty());

    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("1")); // the revision
    EXPECT_EQ(list->topLevelItem(0)->text(3), QStringLiteral("3")); // the seed
    EXPECT_EQ(library->store().runs(id).value().size(), 1u);

    // Another design, then back: the results are gone until the kept run is opened.
    document.reset(sampleDesign());
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_FALSE(panel.shownRun());
    document.reset(library->loadDesign(id).value(), DocumentHome::library(id));
    ASSERT_EQ(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    panel.history()->openRow(0);

    const auto reopened = panel.shownRun();
    ASSERT_TRUE(reopened && reopened->result);
    EXPECT_NE(reopened, ran);
    EXPECT_EQ(core::sim::resultToJson(*reopened->result), results);
    EXPECT_EQ(reopened->settings, ran->settings);
    EXPECT_EQ(cells(panel.summary()->requestTable()), requests);
    EXPECT_EQ(cells(panel.summary()->componentTable()), components);
    EXPECT_FALSE(panel.stale());
    EXPECT_TRUE(panel.statusLabel()->text().contains(QStringLiteral("kept in the library")))
        << panel.statusLabel()->text().toStdString();
}

TEST_F(RunHistoryTest, ARunOfUnsavedEditsKeepsItsDesignAndIsStaleAgainstTheSavedOne) {
    const core::DesignId id = openFromLibrary();
    const core::Design saved = document.design();
    SimulationPanel panel(&document, library.get());
    const std::string renamed = saved.components.back().id;
    document.push(new RenameCommand(document.model(), renamed, "Renamed before the run"));
    ASSERT_TRUE(run(panel));
    const core::Design edited = panel.shownRun()->design;
    ASSERT_NE(edited, saved);

    QTreeWidget* list = panel.history()->list();
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_TRUE(list->topLevelItem(0)->text(1).contains(QStringLiteral("edits")));
    EXPECT_TRUE(library->store().runs(id).value()[0].edited);

    document.undoStack()->undo();
    EXPECT_TRUE(panel.stale());
    panel.history()->openRow(0);
    EXPECT_EQ(panel.shownRun()->design, edited) << "the design as it ran, not as saved";
    EXPECT_TRUE(panel.stale()) << "the open design is not the one the run ran";
}

TEST_F(RunHistoryTest, RemovingARunAndADesignOutsideTheLibrary) {
    openFromLibrary();
    SimulationPanel panel(&document, library.get());
    ASSERT_TRUE(run(panel));
    ASSERT_TRUE(run(panel));
    QTreeWidget* list = panel.history()->list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    list->setCurrentItem(list->topLevelItem(0));
    auto* remove = panel.history()->findChildren<QPushButton*>().at(1);
    ASSERT_EQ(remove->text(), QStringLiteral("Remove"));
    remove->click();
    EXPECT_EQ(list->topLevelItemCount(), 1);

    // A design that lives in no library keeps nothing, and the tab says how to change it.
    document.reset(example("goodput-collapse"));
    ASSERT_TRUE(run(panel));
    EXPECT_EQ(list->topLevelItemCount(), 0);
    const QString message = panel.history()->findChild<QLabel*>()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("save this design to the library")))
        << message.toStdString();
}

} // namespace
} // namespace studio::widgets::test
