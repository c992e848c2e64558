#include "widgets/inspector/InspectorForm.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace studio::widgets {

InspectorForm::InspectorForm(StudioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_committer(document)
    , m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(10);
    // As wide as the dock: updateWrapping() puts fields under their labels when they do not
    // fit beside them (long German labels), rather than the form pushing out of sight.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

QFormLayout* InspectorForm::addSection(const QString& title, const QString& objectName) {
    auto* group = new QGroupBox(title, this);
    group->setObjectName(objectName);
    auto* form = new QFormLayout(group);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->addWidget(group);
    m_sections.push_back(form);
    return form;
}

bool InspectorForm::event(QEvent* event) {
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
        updateWrapping();
    return handled;
}

void InspectorForm::updateWrapping() {
    const QMargins outer = m_layout->contentsMargins();
    const int margins = outer.left() + outer.right();
    int under = 0; // the width every section needs with its fields under their labels
    for (QFormLayout* form : m_sections) {
        const QWidget* group = form->parentWidget();
        const QMargins inner = form->contentsMargins();
        const int frame =
            margins + group->width() - group->contentsRect().width() + inner.left() + inner.right();
        const int spacing = form->horizontalSpacing() >= 0 ? form->horizontalSpacing() : 6;
        int labels = 0;
        int fields = 0;
        int spanning = 0;
        for (int row = 0; row < form->rowCount(); ++row) {
            const auto width = [&](QFormLayout::ItemRole role, bool minimum) {
                const QLayoutItem* item = form->itemAt(row, role);
                if (!item || item->isEmpty())
                    return 0;
                return minimum ? item->minimumSize().width() : item->sizeHint().width();
            };
            labels = std::max(labels, width(QFormLayout::LabelRole, false));
            fields = std::max(fields, width(QFormLayout::FieldRole, true));
            spanning = std::max(spanning, width(QFormLayout::SpanningRole, true));
        }
        // All of a section's rows or none: rows wrapped alike read as one list.
        const int beside = frame + std::max(spanning, labels + spacing + fields);
        const auto policy =
            beside <= width() ? QFormLayout::DontWrapRows : QFormLayout::WrapAllRows;
        if (form->rowWrapPolicy() != policy)
            form->setRowWrapPolicy(policy);
        under = std::max(under, frame + std::max({spanning, labels, fields}));
    }
    // Narrower than every field under its label, the inspector scrolls rather than cuts.
    if (minimumWidth() != under)
        setMinimumWidth(under);
}

void InspectorForm::setHeading(const QIcon& icon, const QString& title, const QString& subtitle) {
    if (!m_heading) {
        m_heading = new QWidget(this);
        m_heading->setObjectName(QStringLiteral("heading"));
        auto* row = new QHBoxLayout(m_heading);
        row->setContentsMargins(0, 0, 0, 0);
        auto* iconLabel = new QLabel(m_heading);
        iconLabel->setObjectName(QStringLiteral("headingIcon"));
        row->addWidget(iconLabel, 0, Qt::AlignTop);
        auto* texts = new QVBoxLayout;
        texts->setSpacing(0);
        auto* titleLabel = new QLabel(m_heading);
        titleLabel->setObjectName(QStringLiteral("headingTitle"));
        titleLabel->setTextFormat(Qt::PlainText);
        titleLabel->setWordWrap(true);
        QFont big = titleLabel->font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.2);
        titleLabel->setFont(big);
        auto* subtitleLabel = new QLabel(m_heading);
        subtitleLabel->setObjectName(QStringLiteral("headingSubtitle"));
        subtitleLabel->setTextFormat(Qt::PlainText);
        subtitleLabel->setWordWrap(true);
        subtitleLabel->setForegroundRole(QPalette::PlaceholderText);
        texts->addWidget(titleLabel);
        texts->addWidget(subtitleLabel);
        row->addLayout(texts, 1);
        m_layout->insertWidget(0, m_heading);
    }
    auto* iconLabel = m_heading->findChild<QLabel*>(QStringLiteral("headingIcon"));
    iconLabel->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(32, 32));
    iconLabel->setVisible(!icon.isNull());
    m_heading->findChild<QLabel*>(QStringLiteral("headingTitle"))->setText(title);
    auto* subtitleLabel = m_heading->findChild<QLabel*>(QStringLiteral("headingSubtitle"));
    subtitleLabel->setText(subtitle);
    subtitleLabel->setVisible(!subtitle.isEmpty());
}

void InspectorForm::finish() {
    m_layout->addStretch(1);
}

} // namespace studio::widgets
