#include "widgets/base/HeadingTree.h"

#include <QFont>
#include <QTreeWidget>

namespace studio::widgets {

QTreeWidgetItem* addHeading(QTreeWidget* tree, const QString& title) {
    auto* heading = new QTreeWidgetItem(tree, {title});
    heading->setFlags(Qt::ItemIsEnabled);
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
    return heading;
}

void filterUnderHeadings(QTreeWidget* tree,
                         const std::function<bool(const QTreeWidgetItem&)>& matches) {
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* heading = tree->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < heading->childCount(); ++i) {
            QTreeWidgetItem* item = heading->child(i);
            const bool match = matches(*item);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        heading->setHidden(visible == 0);
    }
}

} // namespace studio::widgets
