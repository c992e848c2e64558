#include "widgets/library/LibraryModel.h"

#include "widgets/base/Translation.h"
#include "widgets/library/StudioLibrary.h"
#include "widgets/library/ThumbnailQueue.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>

namespace studio::widgets {

namespace {

QString when(core::UnixMs ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QPixmap placeholder() {
    QPixmap pixmap(ThumbnailQueue::kSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(128, 128, 128, 110), 2, Qt::DashLine)); // reads on light and dark
    painter.drawRoundedRect(QRectF(pixmap.rect()).adjusted(4, 4, -4, -4), 8, 8);
    return pixmap;
}

QString firstProblem(const core::Problems& problems) {
    return problems.empty() ? QString() : translatedMessage(problems.front().message);
}

} // namespace

LibraryModel::LibraryModel(StudioLibrary* library, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library) {
    connect(library, &StudioLibrary::changed, this, &LibraryModel::refresh);
    connect(library, &StudioLibrary::thumbnailChanged, this, &LibraryModel::thumbnailChanged);
    refresh();
}

void LibraryModel::setFilter(const QString& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void LibraryModel::refresh() {
    auto entries = m_library->store().list(m_filter.toStdString());
    const QString error = entries.ok() ? QString() : firstProblem(entries.problems());
    beginResetModel();
    m_entries = entries.ok() ? std::move(entries).value() : std::vector<core::LibraryEntry>{};
    endResetModel();
    if (error != m_error) {
        m_error = error;
        emit errorChanged(m_error);
    }
}

core::DesignId LibraryModel::idAt(const QModelIndex& index) const {
    const core::LibraryEntry* entry = entryAt(index);
    return entry ? entry->id : 0;
}

const core::LibraryEntry* LibraryModel::entryAt(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= static_cast<int>(m_entries.size()))
        return nullptr;
    return &m_entries[static_cast<std::size_t>(index.row())];
}

QModelIndex LibraryModel::indexOf(core::DesignId id) const {
    for (std::size_t row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].id == id)
            return index(static_cast<int>(row));
    return {};
}

int LibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const {
    const core::LibraryEntry* entry = entryAt(index);
    if (!entry)
        return {};
    const QString name = QString::fromStdString(entry->name);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2").arg(name, when(entry->updated));
    case Qt::EditRole:
        return name;
    case Qt::DecorationRole:
        return QIcon(thumbnail(*entry)); // the view scales it to its icon size
    case Qt::ToolTipRole: {
        QString tip = tr("%1\nLast change: %2\nComponents: %3\nRevision: %4")
                          .arg(name, when(entry->updated))
                          .arg(entry->componentCount)
                          .arg(entry->revision);
        if (!entry->templateId.empty())
            tip += tr("\nFrom template: %1").arg(QString::fromStdString(entry->templateId));
        return tip;
    }
    case IdRole:
        return QVariant::fromValue<qlonglong>(entry->id);
    default:
        return {};
    }
}

bool LibraryModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const core::LibraryEntry* entry = entryAt(index);
    const QString name = value.toString().trimmed();
    if (!entry || role != Qt::EditRole || name.isEmpty() || name.toStdString() == entry->name)
        return false;
    const core::Problems problems = m_library->rename(entry->id, name);
    if (!problems.empty()) {
        m_error = firstProblem(problems);
        emit errorChanged(m_error);
        return false;
    }
    return true;
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && !m_library->readOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QPixmap LibraryModel::thumbnail(const core::LibraryEntry& entry) const {
    if (QPixmap* cached = m_thumbnails.object(entry.id))
        return *cached;
    auto* pixmap = new QPixmap;
    if (entry.hasThumbnail) {
        const auto bytes = m_library->store().thumbnail(entry.id);
        if (bytes.ok())
            pixmap->loadFromData(bytes.value().data(), static_cast<uint>(bytes.value().size()),
                                 "PNG");
    }
    // Until its thumbnail is drawn, a frame of the same size: the view sizes its items from
    // the first one it lays out and keeps that size when the picture arrives.
    if (pixmap->isNull())
        *pixmap = placeholder();
    const QPixmap result = *pixmap;
    m_thumbnails.insert(entry.id, pixmap);
    return result;
}

void LibraryModel::thumbnailChanged(core::DesignId id) {
    m_thumbnails.remove(id);
    const QModelIndex changed = indexOf(id);
    if (!changed.isValid())
        return;
    // The entry's own flags come from the library; re-read just this row's has-thumbnail.
    auto entry = m_library->store().entry(id);
    if (entry.ok())
        m_entries[static_cast<std::size_t>(changed.row())] = entry.value();
    emit dataChanged(changed, changed, {Qt::DecorationRole});
}

} // namespace studio::widgets
