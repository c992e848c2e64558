#include "widgets/simulation/FailureEventDialog.h"

#include "widgets/simulation/FailureScenarios.h"

#include "model/DisplayName.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace studio::widgets {

namespace {

constexpr double kMaxSeconds = 1e7; // a failure's start, duration and refill (FORMAT.md)
constexpr double kMaxFactor = 1000;

QDoubleSpinBox* secondsBox(QWidget* parent, const char* name, double min, double value) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setDecimals(3);
    box->setRange(min, kMaxSeconds);
    box->setSuffix(FailureEventDialog::tr(" s"));
    box->setValue(value);
    return box;
}

} // namespace

FailureEventDialog::FailureEventDialog(const core::Design& design, const core::FailureEvent& event,
                                       QWidget* parent)
    : QDialog(parent)
    , m_event(event)
    , m_start(secondsBox(this, "failureStart", 0, event.start))
    , m_duration(secondsBox(this, "failureDuration", 0.001, event.duration)) {
    setWindowTitle(tr("Edit Failure"));
    auto* form = new QFormLayout;
    form->addRow(new QLabel(failureLabel(design, event), this));
    m_start->setToolTip(tr("When it begins, in seconds from the start of the run."));
    m_duration->setToolTip(tr("How long it lasts."));
    form->addRow(tr("Start:"), m_start);
    form->addRow(tr("Duration:"), m_duration);

    const bool down = event.kind == core::FailureKind::Down;
    if (event.kind == core::FailureKind::Slow) {
        m_factor = new QDoubleSpinBox(this);
        m_factor->setObjectName(QStringLiteral("failureFactor"));
        m_factor->setDecimals(3);
        m_factor->setRange(1.001, kMaxFactor);
        m_factor->setPrefix(QStringLiteral("×"));
        m_factor->setValue(event.factor);
        m_factor->setToolTip(tr("The component's service times are multiplied by it."));
        form->addRow(tr("Factor:"), m_factor);
    }
    if (down) {
        const core::Component* target = design.findComponent(event.target);
        const double has = target ? target->number("instances", -1) : -1;
        m_instances = new QSpinBox(this);
        m_instances->setObjectName(QStringLiteral("failureInstances"));
        m_instances->setRange(0, has >= 1 ? static_cast<int>(std::min<double>(has, INT_MAX))
                                          : 1'000'000);
        m_instances->setSpecialValueText(tr("all"));
        m_instances->setValue(event.instances);
        m_instances->setToolTip(tr("How many of its instances go down; all of them at 0."));
        form->addRow(tr("Instances:"), m_instances);
    }
    if (down || event.kind == core::FailureKind::ZoneDown) {
        m_crashMode = new QComboBox(this);
        m_crashMode->setObjectName(QStringLiteral("failureCrashMode"));
        m_crashMode->addItem(tr("Silent: callers wait for their timeout"),
                             static_cast<int>(core::CrashMode::Silent));
        m_crashMode->addItem(tr("Refuse: requests fail at once"),
                             static_cast<int>(core::CrashMode::Refuse));
        m_crashMode->setCurrentIndex(event.crashMode == core::CrashMode::Refuse ? 1 : 0);
        form->addRow(tr("Crash mode:"), m_crashMode);
    }
    if (event.kind == core::FailureKind::Partitioned) {
        m_zone = new QComboBox(this);
        m_zone->setObjectName(QStringLiteral("failureZone"));
        for (const core::Zone& zone : design.zones)
            m_zone->addItem(QString::fromStdString(core::nameAndId(design, zone.id)),
                            QString::fromStdString(zone.id));
        m_zone->setCurrentIndex(m_zone->findData(QString::fromStdString(event.zone)));
        m_zone->setToolTip(tr("The zone the component is cut off from."));
        form->addRow(tr("Cut off from:"), m_zone);
    }
    if (event.kind == core::FailureKind::Flushed) {
        m_refill = secondsBox(this, "failureRefill", 0, event.refill);
        m_refill->setToolTip(
            tr("Seconds after the end for the hit ratio to climb back; 0 = at once."));
        form->addRow(tr("Refill:"), m_refill);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

core::FailureEvent FailureEventDialog::failure() const {
    core::FailureEvent event = m_event;
    // A field left as it was keeps the exact value (a spin box rounds to its decimals).
    const auto read = [](const QDoubleSpinBox* box, double was) {
        return box->cleanText() == box->textFromValue(was) ? was : box->value();
    };
    event.start = read(m_start, m_event.start);
    event.duration = read(m_duration, m_event.duration);
    if (m_factor)
        event.factor = read(m_factor, m_event.factor);
    if (m_instances)
        event.instances = m_instances->value();
    if (m_crashMode)
        event.crashMode = static_cast<core::CrashMode>(m_crashMode->currentData().toInt());
    if (m_zone && m_zone->currentIndex() >= 0)
        event.zone = m_zone->currentData().toString().toStdString();
    if (m_refill)
        event.refill = read(m_refill, m_event.refill);
    return event;
}

} // namespace studio::widgets
