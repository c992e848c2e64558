#pragma once

#include "model/Design.h"
#include "model/FailureEvent.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace studio::widgets {

// The numbers of one failure event in a small form: its start and duration, and what its kind
// has (a slow event's factor, a down event's instances and crash mode, a partition's zone, a
// flush's refill), each within the range the format allows. The target stays.
class FailureEventDialog : public QDialog {
    Q_OBJECT

public:
    FailureEventDialog(const core::Design& design, const core::FailureEvent& event,
                       QWidget* parent = nullptr);

    // The event as the form says now.
    core::FailureEvent failure() const;

private:
    core::FailureEvent m_event;
    QDoubleSpinBox* m_start;
    QDoubleSpinBox* m_duration;
    QDoubleSpinBox* m_factor = nullptr;
    QSpinBox* m_instances = nullptr;
    QComboBox* m_crashMode = nullptr;
    QComboBox* m_zone = nullptr;
    QDoubleSpinBox* m_refill = nullptr;
};

} // namespace studio::widgets
