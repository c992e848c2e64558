#include "widgets/palette/PaletteWidget.h"

#include "widgets/base/HeadingTree.h"
#include "widgets/base/KindIcons.h"
#include "widgets/base/Translation.h"
#include "widgets/help/KindWhatsThis.h"
#include "widgets/palette/PaletteTree.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QVBoxLayout>

namespace studio::widgets {

namespace {

QString groupTitle(core::KindGroup group) {
    switch (group) {
    case core::KindGroup::Edge:
        return QCoreApplication::translate("Palette", "Edge");
    case core::KindGroup::Compute:
        return QCoreApplication::translate("Palette", "Compute");
    case core::KindGroup::Data:
        return QCoreApplication::translate("Palette", "Data");
    case core::KindGroup::Messaging:
        return QCoreApplication::translate("Palette", "Messaging");
    case core::KindGroup::Other:
        return QCoreApplication::translate("Palette", "Other");
    }
    return {};
}

} // namespace

PaletteWidget::PaletteWidget(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new PaletteTree(this)) {
    m_search->setPlaceholderText(tr("Search components"));
    m_search->setClearButtonEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    populate();
    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::setFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString kind = item->data(0, PaletteTree::kindRole).toString();
        if (!kind.isEmpty())
            emit kindActivated(kind);
    });
}

void PaletteWidget::populate() {
    const auto& kinds = core::Catalog::standard().kinds();
    for (const auto group : {core::KindGroup::Edge, core::KindGroup::Compute, core::KindGroup::Data,
                             core::KindGroup::Messaging, core::KindGroup::Other}) {
        QTreeWidgetItem* heading = addHeading(m_tree, groupTitle(group));
        for (const auto& kind : kinds) {
            if (kind.group != group)
                continue;
            const QString id = QString::fromStdString(kind.id);
            auto* item = new QTreeWidgetItem(heading, {catalogText(kind.label)});
            item->setIcon(0, kindIcon(id));
            item->setData(0, PaletteTree::kindRole, id);
            item->setToolTip(0, catalogText(kind.description));
            item->setWhatsThis(0, kindWhatsThis(kind));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    m_tree->expandAll();
}

void PaletteWidget::setFilter(const QString& text) {
    const QString needle = text.trimmed();
    filterUnderHeadings(m_tree, [&needle](const QTreeWidgetItem& item) {
        return needle.isEmpty() || item.text(0).contains(needle, Qt::CaseInsensitive) ||
               item.data(0, PaletteTree::kindRole)
                   .toString()
                   .contains(needle, Qt::CaseInsensitive) ||
               item.toolTip(0).contains(needle, Qt::CaseInsensitive);
    });
}

} // namespace studio::widgets
