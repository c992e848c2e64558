#pragma once

#include <QString>

#include <functional>

class QTreeWidget;
class QTreeWidgetItem;

namespace studio::widgets {

// A searchable list under headings, as the component palette and the calculator list show
// it: bold top-level headings, their items below.

// A new heading at the top level of `tree`: bold, enabled, not selectable.
QTreeWidgetItem* addHeading(QTreeWidget* tree, const QString& title);

// Shows the items under the headings that `matches` and hides the others; hides a heading
// with no item shown.
void filterUnderHeadings(QTreeWidget* tree,
                         const std::function<bool(const QTreeWidgetItem&)>& matches);

} // namespace studio::widgets
