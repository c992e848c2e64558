#pragma once

#include <QComboBox>

namespace studio::widgets {

// A combo box that leaves the mouse wheel to the inspector's scrolling unless it has the
// focus, so scrolling past a field never changes the model.
class ChoiceBox : public QComboBox {
    Q_OBJECT

public:
    explicit ChoiceBox(QWidget* parent = nullptr);

protected:
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace studio::widgets
