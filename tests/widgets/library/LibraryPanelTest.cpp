#include "LibraryFixture.h"

#include "widgets/library/LibraryModel.h"
#include "widgets/library/LibraryPanel.h"
#include "widgets/library/VersionHistoryDialog.h"

#include <QListView>
#include <QListWidget>
#include <QSignalSpy>

namespace studio::widgets {
namespace {

class LibraryPanelTest : public test::LibraryFixture {};

TEST_F(LibraryPanelTest, ListsSearchesAndFollowsTheLibrary) {
    addSample("Orders");
    addSample("Chat");
    const core::DesignId feed = addSample("News feed");
    LibraryPanel panel(library.get());
    LibraryModel* model = panel.model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->idAt(model->index(0)), feed) << "the most recent change first";
    EXPECT_TRUE(model->index(0).data().toString().startsWith("News feed"));

    model->setFilter("fEEd");
    ASSERT_EQ(model->rowCount(), 1);
    model->setFilter({});
    addSample("Search");
    EXPECT_EQ(model->rowCount(), 4) << "an add elsewhere shows at once";
}

TEST_F(LibraryPanelTest, RenamesInPlaceAndDuplicates) {
    const core::DesignId id = addSample("Orders");
    LibraryPanel panel(library.get());
    LibraryModel* model = panel.model();
    ASSERT_TRUE(model->setData(model->index(0), "Orders v2", Qt::EditRole));
    EXPECT_EQ(library->store().entry(id).value().name, "Orders v2");
    EXPECT_FALSE(model->setData(model->indexOf(id), "  ", Qt::EditRole)) << "no empty names";

    panel.select(id);
    panel.duplicateCurrent();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_NE(panel.currentId(), id) << "the copy is selected";
    EXPECT_EQ(library->loadDesign(panel.currentId()).value().components,
              library->loadDesign(id).value().components);
}

TEST_F(LibraryPanelTest, DeletesOnlyWhenConfirmed) {
    const core::DesignId id = addSample("Orders");
    LibraryPanel panel(library.get());
    panel.select(id);
    panel.confirmDelete = [](const QString&) { return false; };
    panel.deleteCurrent();
    EXPECT_EQ(panel.model()->rowCount(), 1);
    QString asked;
    panel.confirmDelete = [&](const QString& name) {
        asked = name;
        return true;
    };
    panel.deleteCurrent();
    EXPECT_EQ(asked, "Orders");
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_TRUE(library->store().list().value().empty());
}

TEST_F(LibraryPanelTest, OpenAsksTheWindow) {
    const core::DesignId id = addSample("Orders");
    LibraryPanel panel(library.get());
    QSignalSpy open(&panel, &LibraryPanel::openRequested);
    panel.select(id);
    panel.openCurrent();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).value<core::DesignId>(), id);
}

TEST_F(LibraryPanelTest, HistoryRestoresAnOlderVersionAsTheNewest) {
    const core::DesignId id = addSample("Orders");
    core::Design changed = test::sampleDesign();
    changed.name = "Orders";
    changed.components.pop_back();
    ASSERT_TRUE(library->save(id, changed).ok());

    VersionHistoryDialog dialog(library.get(), id);
    ASSERT_EQ(dialog.list()->count(), 2);
    QSignalSpy restored(&dialog, &VersionHistoryDialog::restored);
    dialog.list()->setCurrentRow(1); // the first version
    dialog.restoreSelected();
    EXPECT_EQ(restored.count(), 1);
    EXPECT_EQ(dialog.list()->count(), 3) << "restoring keeps every version";
    EXPECT_EQ(library->loadDesign(id).value().components.size(),
              test::sampleDesign().components.size());
}

} // namespace
} // namespace studio::widgets
