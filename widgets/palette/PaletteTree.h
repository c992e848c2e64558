#pragma once

#include <QTreeWidget>

namespace studio::widgets {

// The palette's list of kinds: drags carry the kind id under PaletteTree::mimeType.
class PaletteTree : public QTreeWidget {
    Q_OBJECT
public:
    static constexpr const char* mimeType = "application/x-sdstudio-kind";
    static constexpr int kindRole = Qt::UserRole + 1;

    explicit PaletteTree(QWidget* parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
};

} // namespace studio::widgets
