#include "widgets/library/TemplateGallery.h"

#include "widgets/export/DesignImage.h"

#include "templates/BuiltinTemplates.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace studio::widgets {

namespace {
constexpr QSize kThumbnail{280, 170}; // pixels
} // namespace

TemplateGallery::TemplateGallery(QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this)) {
    setWindowTitle(tr("New from Template"));
    auto* intro = new QLabel(
        tr("Start from one of the reference designs. Each has its requirements, estimates, "
           "trade-offs and a rubric for practice."),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setViewMode(QListWidget::IconMode);
    m_list->setIconSize(kThumbnail);
    m_list->setGridSize(kThumbnail + QSize(24, 4 * fontMetrics().lineSpacing() + 8));
    m_list->setResizeMode(QListWidget::Adjust);
    m_list->setMovement(QListWidget::Static);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(true);
    for (const auto& reference : core::builtinTemplates()) {
        const QString title = QString::fromStdString(reference.title);
        const QString summary = QString::fromStdString(reference.summary);
        auto* item =
            new QListWidgetItem(QPixmap::fromImage(designImage(reference.design, kThumbnail)),
                                QStringLiteral("%1\n%2").arg(title, summary), m_list);
        item->setToolTip(QStringLiteral("%1\n%2").arg(title, summary));
        item->setData(Qt::UserRole, QString::fromStdString(reference.id));
        item->setData(Qt::AccessibleDescriptionRole, summary);
    }

    auto* summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_use = buttons->addButton(tr("&Use Template"), QDialogButtonBox::AcceptRole);
    m_use->setEnabled(false);
    connect(m_list, &QListWidget::currentItemChanged, this, [this, summary](QListWidgetItem* item) {
        m_use->setEnabled(item != nullptr);
        summary->setText(item ? item->data(Qt::AccessibleDescriptionRole).toString() : QString());
    });
    connect(m_list, &QListWidget::itemActivated, this, &TemplateGallery::useSelected);
    connect(m_use, &QPushButton::clicked, this, &TemplateGallery::useSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(summary);
    layout->addWidget(buttons);
    resize(1000, 760);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void TemplateGallery::useSelected() {
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    m_chosen = item->data(Qt::UserRole).toString().toStdString();
    accept();
}

} // namespace studio::widgets
