#include "widgets/library/LibraryPanel.h"

#include "widgets/base/Translation.h"
#include "widgets/library/LibraryModel.h"
#include "widgets/library/StudioLibrary.h"
#include "widgets/library/ThumbnailQueue.h"
#include "widgets/library/VersionHistoryDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio::widgets {

LibraryPanel::LibraryPanel(StudioLibrary* library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new LibraryModel(library, this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this)) {
    confirmDelete = [this](const QString& name) {
        return QMessageBox::question(
                   this, tr("Delete Design"),
                   tr("Delete \"%1\" from the library, with all its versions?").arg(name),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };

    m_search->setPlaceholderText(tr("Search designs by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    connect(m_search, &QLineEdit::textChanged, m_model, &LibraryModel::setFilter);

    const QSize icon = ThumbnailQueue::kSize / 2;
    m_view->setObjectName(QStringLiteral("libraryList"));
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setIconSize(icon);
    m_view->setGridSize(icon + QSize(24, 56));
    // Room for one whole design beside a vertical scroll bar: its thumbnail, name and date.
    m_view->setMinimumSize(
        m_view->gridSize() +
        QSize(2 * m_view->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent),
              2 * m_view->frameWidth()));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::activated, this, &LibraryPanel::openCurrent);
    connect(m_view, &QListView::customContextMenuRequested, this, &LibraryPanel::showContextMenu);

    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("libraryStatus"));
    connect(m_model, &LibraryModel::errorChanged, this, &LibraryPanel::showError);
    if (library->readOnly())
        showError(tr("This library is read-only: %1").arg(library->path()));

    auto* import = new QToolButton(this);
    import->setText(tr("Import…"));
    import->setToolTip(tr("Add a design file to the library"));
    import->setEnabled(!library->readOnly());
    connect(import, &QToolButton::clicked, this, &LibraryPanel::importRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(import);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    showError(m_model->error());

    auto* del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &LibraryPanel::deleteCurrent);
    m_view->addAction(del);
}

core::DesignId LibraryPanel::currentId() const {
    return m_model->idAt(m_view->currentIndex());
}

void LibraryPanel::select(core::DesignId id) {
    m_view->setCurrentIndex(m_model->indexOf(id));
}

void LibraryPanel::openCurrent() {
    if (const core::DesignId id = currentId())
        emit openRequested(id);
}

void LibraryPanel::renameCurrent() {
    if (m_view->currentIndex().isValid())
        m_view->edit(m_view->currentIndex());
}

void LibraryPanel::duplicateCurrent() {
    const core::DesignId id = currentId();
    if (!id)
        return;
    const auto copy = m_library->duplicate(id);
    if (!copy.ok())
        return showError(translatedMessage(copy.problems().front().message));
    select(copy.value());
}

void LibraryPanel::deleteCurrent() {
    const core::LibraryEntry* entry = m_model->entryAt(m_view->currentIndex());
    if (!entry || m_library->readOnly() || !confirmDelete(QString::fromStdString(entry->name)))
        return;
    const core::Problems problems = m_library->remove(entry->id);
    if (!problems.empty())
        showError(translatedMessage(problems.front().message));
}

void LibraryPanel::showHistory() {
    const core::LibraryEntry* entry = m_model->entryAt(m_view->currentIndex());
    if (!entry)
        return;
    VersionHistoryDialog dialog(m_library, entry->id, this);
    connect(&dialog, &VersionHistoryDialog::restored, this, &LibraryPanel::versionRestored);
    dialog.exec();
}

void LibraryPanel::showContextMenu(const QPoint& pos) {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const bool writable = !m_library->readOnly();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, &LibraryPanel::openCurrent);
    menu.addAction(tr("&Rename"), this, &LibraryPanel::renameCurrent)->setEnabled(writable);
    menu.addAction(tr("D&uplicate"), this, &LibraryPanel::duplicateCurrent)->setEnabled(writable);
    menu.addAction(tr("Version &History…"), this, &LibraryPanel::showHistory);
    menu.addSeparator();
    menu.addAction(tr("&Delete…"), this, &LibraryPanel::deleteCurrent)->setEnabled(writable);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void LibraryPanel::showError(const QString& error) {
    m_status->setText(error);
    m_status->setVisible(!error.isEmpty());
}

} // namespace studio::widgets
