#pragma once

#include "widgets/export/ExportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace studio::widgets {

// The small dialog before an export: for PNG the scale (1x, 2x, 4x) and a transparent
// background; for every format the whole design or only the selection (offered only when
// something is selected).
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(ExportFormat format, bool hasSelection, QWidget* parent = nullptr);

    ExportChoice choice() const;

private:
    QComboBox* m_scale = nullptr;
    QCheckBox* m_transparent = nullptr;
    QRadioButton* m_selection = nullptr;
};

} // namespace studio::widgets
