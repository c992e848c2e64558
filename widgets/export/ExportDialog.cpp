#include "widgets/export/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QRadioButton>
#include <QVBoxLayout>

namespace studio::widgets {

ExportDialog::ExportDialog(ExportFormat format, bool hasSelection, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(format == ExportFormat::Png   ? tr("Export PNG")
                   : format == ExportFormat::Svg ? tr("Export SVG")
                                                 : tr("Export PDF"));
    auto* form = new QFormLayout;
    if (format == ExportFormat::Png) {
        m_scale = new QComboBox(this);
        m_scale->setObjectName(QStringLiteral("scale"));
        for (const int scale : {1, 2, 4})
            m_scale->addItem(tr("%1x").arg(scale), scale);
        m_scale->setCurrentIndex(1);
        m_scale->setToolTip(tr("Pixels per canvas unit; lowered when the image would be "
                               "larger than %1 pixels")
                                .arg(kMaxImageSide));
        form->addRow(tr("&Scale:"), m_scale);
        m_transparent = new QCheckBox(tr("&Transparent background"), this);
        m_transparent->setObjectName(QStringLiteral("transparent"));
        form->addRow(tr("Background:"), m_transparent);
    }
    auto* whole = new QRadioButton(tr("&Whole design"), this);
    whole->setChecked(true);
    m_selection = new QRadioButton(tr("Se&lection only"), this);
    m_selection->setObjectName(QStringLiteral("selectionOnly"));
    m_selection->setEnabled(hasSelection);
    auto* scope = new QVBoxLayout;
    scope->addWidget(whole);
    scope->addWidget(m_selection);
    form->addRow(tr("Export:"), scope);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ExportChoice ExportDialog::choice() const {
    ExportChoice choice;
    if (m_scale)
        choice.png.scale = m_scale->currentData().toInt();
    if (m_transparent)
        choice.png.transparent = m_transparent->isChecked();
    choice.selectionOnly = m_selection->isChecked();
    return choice;
}

} // namespace studio::widgets
