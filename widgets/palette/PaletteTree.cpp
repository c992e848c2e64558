#include "widgets/palette/PaletteTree.h"

#include <QMimeData>

namespace studio::widgets {

PaletteTree::PaletteTree(QWidget* parent)
    : QTreeWidget(parent) {
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(24, 24));
    setRootIsDecorated(false);
    setIndentation(8);
}

QStringList PaletteTree::mimeTypes() const {
    return {QString::fromLatin1(mimeType)};
}

QMimeData* PaletteTree::mimeData(const QList<QTreeWidgetItem*>& items) const {
    if (items.isEmpty())
        return nullptr;
    const QString kind = items.first()->data(0, kindRole).toString();
    if (kind.isEmpty())
        return nullptr; // a group heading
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), kind.toUtf8());
    data->setText(kind);
    return data;
}

} // namespace studio::widgets
