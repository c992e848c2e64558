#include "widgets/inspector/InspectorForm.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace studio::widgets {

InspectorForm::InspectorForm(StudioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_committer(document)
    , m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(10);
}

QFormLayout* InspectorForm::addSection(const QString& title, const QString& objectName) {
    auto* group = new QGroupBox(title, this);
    group->setObjectName(objectName);
    auto* form = new QFormLayout(group);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->addWidget(group);
    return form;
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
