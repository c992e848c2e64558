#include "widgets/library/VersionHistoryDialog.h"

#include "widgets/base/Translation.h"
#include "widgets/library/StudioLibrary.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace studio::widgets {

VersionHistoryDialog::VersionHistoryDialog(StudioLibrary* library, core::DesignId id,
                                           QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_id(id)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Version History"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setEnabled(false);
    m_restore->setToolTip(tr("Save this version again as the newest"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &VersionHistoryDialog::restoreSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_restore->setEnabled(row > 0 && !m_library->readOnly()); });
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(420, 360);
    reload();
}

void VersionHistoryDialog::reload() {
    m_list->clear();
    const auto versions = m_library->store().versions(m_id);
    if (!versions.ok()) {
        m_status->setText(translatedMessage(versions.problems().front().message));
        return;
    }
    for (const auto& version : versions.value()) {
        const QString saved =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(version.saved), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(
            tr("Revision %1 — %2 — %3 (%n components)", nullptr, version.componentCount)
                .arg(version.revision)
                .arg(saved, QString::fromStdString(version.name)),
            m_list);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(version.id));
    }
    m_status->setText(tr("The newest version is on top. Restoring keeps every version."));
}

void VersionHistoryDialog::restoreSelected() {
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const auto restored =
        m_library->restoreVersion(m_id, item->data(Qt::UserRole).value<qlonglong>());
    if (!restored.ok()) {
        m_status->setText(translatedMessage(restored.problems().front().message));
        return;
    }
    emit this->restored(m_id);
    reload();
    m_list->setCurrentRow(0);
}

} // namespace studio::widgets
