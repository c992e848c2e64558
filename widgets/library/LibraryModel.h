#pragma once

#include "library/LibraryEntries.h"

#include <QAbstractListModel>
#include <QCache>
#include <QPixmap>

#include <vector>

namespace studio::widgets {

class StudioLibrary;

// The library's designs for a list view: name and last change as text, the thumbnail as
// decoration (read lazily, a few hundred kept), renaming in place. Refreshes itself when
// the library changes; `setFilter` searches by name.
class LibraryModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1; // core::DesignId as qlonglong

    explicit LibraryModel(StudioLibrary* library, QObject* parent = nullptr);

    void setFilter(const QString& filter);
    void refresh();
    core::DesignId idAt(const QModelIndex& index) const;
    const core::LibraryEntry* entryAt(const QModelIndex& index) const;
    QModelIndex indexOf(core::DesignId id) const;
    // The last problem reading the library (shown by the panel), or empty.
    const QString& error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void errorChanged(const QString& error);

private:
    QPixmap thumbnail(const core::LibraryEntry& entry) const;
    void thumbnailChanged(core::DesignId id);

    StudioLibrary* m_library; // not owned
    QString m_filter;
    QString m_error;
    std::vector<core::LibraryEntry> m_entries;
    mutable QCache<core::DesignId, QPixmap> m_thumbnails{300};
};

} // namespace studio::widgets
