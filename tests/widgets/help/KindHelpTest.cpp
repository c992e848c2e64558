#include "WindowTestSupport.h"
#include "inspector/InspectorFixture.h"

#include "widgets/base/Translation.h"
#include "widgets/help/KindWhatsThis.h"
#include "widgets/palette/PaletteTree.h"
#include "widgets/palette/PaletteWidget.h"
#include "widgets/window/MainWindow.h"

#include "catalog/Catalog.h"
#include "catalog/KindExplanations.h"

#include <QAction>
#include <QKeySequence>
#include <QTreeWidgetItemIterator>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>

namespace studio::widgets {
namespace {

TEST(KindHelpTest, EveryKindHasAnExplanationBeyondItsLine) {
    const auto& kinds = core::Catalog::standard().kinds();
    ASSERT_GT(kinds.size(), 20u);
    std::set<std::string_view> seen;
    for (const auto& kind : kinds) {
        const std::string_view explanation = core::kindExplanation(kind.id);
        EXPECT_FALSE(explanation.empty()) << kind.id;
        EXPECT_NE(explanation, std::string_view(kind.description)) << kind.id;
        EXPECT_GT(explanation.size(), std::string_view(kind.description).size()) << kind.id;
        EXPECT_TRUE(seen.insert(explanation).second) << kind.id << " shares another's text";
    }
    EXPECT_STREQ(core::kindExplanation("no_such_kind"), "");
}

TEST(KindHelpTest, PaletteEntriesCarryItAsWhatsThis) {
    PaletteWidget palette;
    const core::Catalog& catalog = core::Catalog::standard();
    std::size_t entries = 0;
    for (QTreeWidgetItemIterator it(palette.tree()); *it; ++it) {
        const QString id = (*it)->data(0, PaletteTree::kindRole).toString();
        if (id.isEmpty())
            continue; // a heading
        ++entries;
        const core::KindSpec* kind = catalog.find(id.toStdString());
        ASSERT_NE(kind, nullptr);
        const QString explanation = catalogText(core::kindExplanation(kind->id)).toHtmlEscaped();
        EXPECT_TRUE((*it)->whatsThis(0).contains(explanation)) << id.toStdString();
        EXPECT_TRUE((*it)->whatsThis(0).contains(catalogText(kind->label))) << id.toStdString();
    }
    EXPECT_EQ(entries, catalog.kinds().size());
}

TEST(KindHelpTest, WhatIsThisIsInTheHelpMenuOnShiftF1) {
    MainWindow window;
    const QMenu* help = test::menuTitled(window, "&Help");
    ASSERT_NE(help, nullptr);
    QStringList texts;
    const QAction* whatsThis = nullptr;
    for (const QAction* action : help->actions()) {
        if (action->isSeparator())
            continue;
        texts << action->text();
        if (action->text() == "&What Is This?")
            whatsThis = action;
    }
    EXPECT_EQ(texts, QStringList({"&Keyboard Shortcuts", "&User Guide", "&What Is This?",
                                  "&About System Design Studio"}));
    ASSERT_NE(whatsThis, nullptr);
    EXPECT_EQ(whatsThis->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
    EXPECT_TRUE(window.actions().contains(const_cast<QAction*>(whatsThis)));
}

using InspectorKindHelpTest = test::InspectorTest;

TEST_F(InspectorKindHelpTest, TheKindFieldCarriesItAsWhatsThis) {
    inspector.setSelection({"db"});
    const QString explanation = catalogText(core::kindExplanation("sql_database")).toHtmlEscaped();
    EXPECT_TRUE(field<QLineEdit>("kind")->whatsThis().contains(explanation));
    inspector.setSelection({"cache2"});
    EXPECT_TRUE(field<QLineEdit>("kind")->whatsThis().contains(
        catalogText(core::kindExplanation("cache")).toHtmlEscaped()));
}

} // namespace
} // namespace studio::widgets
