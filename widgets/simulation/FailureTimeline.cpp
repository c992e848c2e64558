// FailureTimeline, first part: the document's side (what it listens to, the menus and what
// they schedule, the commands it pushes). The second part (FailureTimelineView.cpp) draws
// the axis and the bars and takes the mouse and the keys.
#include "widgets/simulation/FailureTimeline.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/simulation/FailureEventDialog.h"

#include "model/DisplayName.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {

using Action = EditFailuresCommand::Action;

constexpr int kMargin = 6; // px around the toolbar's buttons

QString nameOf(const core::Design& design, const std::string& id) {
    return QString::fromStdString(core::nameAndId(design, id));
}

} // namespace

FailureTimeline::FailureTimeline(StudioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_toolbar(new QWidget(this))
    , m_addMenu(new QMenu(tr("Add"), this))
    , m_scenarioMenu(new QMenu(tr("Scenario"), this))
    , m_scenarioButton(new QToolButton(m_toolbar))
    , m_editAction(new QAction(tr("Edit…"), this))
    , m_removeAction(new QAction(tr("Remove"), this)) {
    setObjectName(QStringLiteral("failureTimeline"));
    setAccessibleName(tr("Failure timeline"));
    setAccessibleDescription(
        tr("The failures the simulation runs, one row each. Arrow keys move the selected one, "
           "Shift+arrow changes its end, Up and Down select, Enter edits, Delete removes."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);

    const auto add = [this](const QString& text, const QString& tip, core::FailureKind kind,
                            core::CrashMode mode = core::CrashMode::Silent) {
        QAction* action = m_addMenu->addAction(text, this, [=, this] { addFailure(kind, mode); });
        action->setToolTip(tip);
        m_addActions.emplace_back(action, kind);
    };
    add(tr("Down, silent"),
        tr("Its instances answer nothing; callers wait for their timeout (a crashed host)."),
        core::FailureKind::Down);
    add(tr("Down, refusing"),
        tr("Its instances fail each request at once (a dead process behind a live port)."),
        core::FailureKind::Down, core::CrashMode::Refuse);
    add(tr("Slowed ×k…"), tr("Its service times multiplied by a factor you give."),
        core::FailureKind::Slow);
    add(tr("Partitioned from a zone…"),
        tr("It and the components of a zone you choose cannot reach each other."),
        core::FailureKind::Partitioned);
    add(tr("Cache flushed"), tr("A cache or CDN loses its contents: every request misses."),
        core::FailureKind::Flushed);
    add(tr("Zone down…"), tr("Every component in a zone you choose is down."),
        core::FailureKind::ZoneDown);
    m_addMenu->setToolTipsVisible(true);
    connect(m_addMenu, &QMenu::aboutToShow, this, &FailureTimeline::enableAddActions);

    for (const FailureScenario scenario : kFailureScenarios) {
        QAction* action = m_scenarioMenu->addAction(scenarioName(scenario), this,
                                                    [=, this] { scheduleScenario(scenario); });
        action->setToolTip(scenarioToolTip(scenario));
        m_scenarioActions.push_back(action);
    }
    m_scenarioMenu->setToolTipsVisible(true);

    connect(m_editAction, &QAction::triggered, this, [this] { editFailure(m_selected); });
    m_editAction->setToolTip(tr("The selected failure's numbers (or double-click its bar)."));
    connect(m_removeAction, &QAction::triggered, this, &FailureTimeline::removeSelected);
    m_removeAction->setToolTip(tr("Removes the selected failure (Delete)."));

    auto* addButton = new QToolButton(m_toolbar);
    addButton->setText(tr("Add"));
    addButton->setMenu(m_addMenu);
    addButton->setPopupMode(QToolButton::InstantPopup);
    addButton->setToolTip(
        tr("Schedules a failure on the component selected on the canvas, or one you choose."));
    m_scenarioButton->setText(tr("Scenario"));
    m_scenarioButton->setMenu(m_scenarioMenu);
    m_scenarioButton->setPopupMode(QToolButton::InstantPopup);
    auto* editButton = new QToolButton(m_toolbar);
    editButton->setDefaultAction(m_editAction);
    auto* removeButton = new QToolButton(m_toolbar);
    removeButton->setDefaultAction(m_removeAction);
    auto* buttons = new QHBoxLayout(m_toolbar);
    buttons->setContentsMargins(kMargin, kMargin, kMargin, 0);
    buttons->addWidget(addButton);
    buttons->addWidget(m_scenarioButton);
    buttons->addWidget(editButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();

    connect(m_document, &StudioDocument::changed, this, &FailureTimeline::designChanged);
    connect(m_document, &StudioDocument::designReset, this, &FailureTimeline::designReset);
    designChanged();
}

void FailureTimeline::setDuration(double seconds) {
    if (!(seconds > 0) || !std::isfinite(seconds) || seconds == m_duration)
        return;
    cancelDrag();
    m_duration = seconds;
    update();
}

void FailureTimeline::setSelection(const std::vector<std::string>& ids) {
    m_selection = ids;
    updateActions();
}

const std::vector<core::FailureEvent>& FailureTimeline::failures() const {
    return m_document->design().failures;
}

core::FailureEvent FailureTimeline::shown(int index) const {
    if (m_drag && m_preview && m_drag->index == index)
        return *m_preview;
    return failures()[static_cast<std::size_t>(index)];
}

double FailureTimeline::axisEnd() const {
    double end = 0;
    for (const core::FailureEvent& event : failures())
        end = std::max(end, event.start + event.duration);
    // Room after an event past the run, so its end edge can be grabbed.
    return end > m_duration ? end * 1.05 : m_duration;
}

double FailureTimeline::snapStep() const {
    const double span = axisEnd();
    if (span <= 120)
        return 0.5;
    if (span <= 1200)
        return 1;
    return std::pow(10.0, std::ceil(std::log10(span / 1000))); // 10 s up to 10,000 s...
}

double FailureTimeline::snapped(double seconds) const {
    const double step = snapStep();
    return std::round(seconds / step) * step;
}

core::FailureEvent FailureTimeline::moved(const core::FailureEvent& event, Grip grip,
                                          double seconds) const {
    const double end = event.start + event.duration;
    const double limit = std::max(axisEnd(), end);
    const double shortest = std::min(snapStep(), event.duration);
    core::FailureEvent after = event;
    switch (grip) {
    case Grip::Body:
        after.start = std::clamp(event.start + seconds, 0.0, std::max(0.0, limit - event.duration));
        break;
    case Grip::Start:
        after.start = std::clamp(event.start + seconds, 0.0, std::max(0.0, end - shortest));
        after.duration = end - after.start;
        break;
    case Grip::End:
        after.duration = std::clamp(end + seconds, event.start + shortest, limit) - event.start;
        break;
    case Grip::None:
        break;
    }
    return after;
}

void FailureTimeline::setSelectedIndex(int index) {
    const int count = static_cast<int>(failures().size());
    index = index >= 0 && index < count ? index : -1;
    if (index == m_selected)
        return;
    m_selected = index;
    updateActions();
    update();
}

std::string FailureTimeline::selectedTarget() const {
    const core::Design& design = m_document->design();
    for (const std::string& id : m_selection)
        if (design.findComponent(id) || design.findZone(id))
            return id;
    return {};
}

QAction* FailureTimeline::scenarioAction(FailureScenario scenario) const {
    return m_scenarioActions[static_cast<std::size_t>(scenario)];
}

void FailureTimeline::push(std::vector<core::FailureEvent> after, Action action) {
    m_document->push(new EditFailuresCommand(m_document->model(), std::move(after), action));
}

void FailureTimeline::schedule(const core::FailureEvent& event) {
    auto after = failures();
    after.push_back(event);
    push(std::move(after), Action::Schedule);
    setSelectedIndex(static_cast<int>(failures().size()) - 1);
}

void FailureTimeline::scheduleScenario(FailureScenario scenario) {
    const double tenth = std::max(snapStep(), snapped(axisEnd() / 10));
    const auto event = scenarioEvent(scenario, m_document->design(), m_document->catalog(),
                                     selectedTarget(), tenth, tenth);
    if (event)
        schedule(*event);
}

void FailureTimeline::removeSelected() {
    if (m_selected < 0)
        return;
    auto after = failures();
    after.erase(after.begin() + m_selected);
    push(std::move(after), Action::Remove);
}

void FailureTimeline::editFailure(int index) {
    if (index < 0 || index >= static_cast<int>(failures().size()))
        return;
    cancelDrag();
    setSelectedIndex(index);
    FailureEventDialog dialog(m_document->design(), failures()[static_cast<std::size_t>(index)],
                              this);
    if (dialog.exec() != QDialog::Accepted || index >= static_cast<int>(failures().size()))
        return;
    auto after = failures();
    after[static_cast<std::size_t>(index)] = dialog.failure();
    push(std::move(after), Action::Edit);
}

void FailureTimeline::enableAddActions() {
    const core::Design& design = m_document->design();
    for (const auto& [action, kind] : m_addActions) {
        bool any = false;
        if (kind == core::FailureKind::ZoneDown)
            any = !design.zones.empty();
        else
            for (const std::string& id : strikeable(design, m_document->catalog(), kind))
                if (kind != core::FailureKind::Partitioned || !zonesOutside(design, id).empty()) {
                    any = true;
                    break;
                }
        action->setEnabled(any);
    }
}

void FailureTimeline::addFailure(core::FailureKind kind, core::CrashMode crashMode) {
    const core::Design& design = m_document->design();
    core::FailureEvent event;
    event.kind = kind;
    event.crashMode = crashMode;
    event.start = event.duration = std::max(snapStep(), snapped(axisEnd() / 10));
    const QString title = tr("Schedule Failure");
    if (kind == core::FailureKind::ZoneDown) {
        std::vector<std::string> zones;
        for (const core::Zone& zone : design.zones)
            zones.push_back(zone.id);
        std::string preferred = selectedTarget();
        if (const core::Component* component = design.findComponent(preferred))
            preferred = component->zone;
        const auto zone = design.findZone(selectedTarget()) ? std::optional(selectedTarget())
                                                            : chooseZone(zones, preferred, title);
        if (!zone)
            return;
        event.target = *zone;
        schedule(event);
        return;
    }
    const auto target = chooseTarget(kind, title);
    if (!target)
        return;
    event.target = *target;
    if (kind == core::FailureKind::Slow) {
        bool ok = false;
        event.factor = QInputDialog::getDouble(
            this, title, tr("Service times of %1 multiplied by:").arg(nameOf(design, *target)),
            kDefaultSlowFactor, 1.01, 1000, 2, &ok);
        if (!ok)
            return;
    }
    if (kind == core::FailureKind::Partitioned) {
        const auto zone = chooseZone(zonesOutside(design, *target), {}, title);
        if (!zone)
            return;
        event.zone = *zone;
    }
    schedule(event);
}

std::optional<std::string> FailureTimeline::chooseTarget(core::FailureKind kind,
                                                         const QString& title) {
    const core::Design& design = m_document->design();
    auto candidates = strikeable(design, m_document->catalog(), kind);
    if (kind == core::FailureKind::Partitioned)
        std::erase_if(candidates,
                      [&](const std::string& id) { return zonesOutside(design, id).empty(); });
    for (const std::string& id : m_selection)
        if (std::find(candidates.begin(), candidates.end(), id) != candidates.end())
            return id;
    if (candidates.empty())
        return std::nullopt;
    QStringList items;
    for (const std::string& id : candidates)
        items << nameOf(design, id);
    bool ok = false;
    const QString item = QInputDialog::getItem(this, title, tr("Component:"), items, 0, false, &ok);
    const auto index = items.indexOf(item);
    if (!ok || index < 0)
        return std::nullopt;
    return candidates[static_cast<std::size_t>(index)];
}

std::optional<std::string> FailureTimeline::chooseZone(const std::vector<std::string>& zones,
                                                       const std::string& preferred,
                                                       const QString& title) {
    if (zones.empty())
        return std::nullopt;
    const core::Design& design = m_document->design();
    QStringList items;
    for (const std::string& id : zones)
        items << nameOf(design, id);
    const auto current = std::find(zones.begin(), zones.end(), preferred) - zones.begin();
    bool ok = false;
    const QString item = QInputDialog::getItem(
        this, title, tr("Zone:"), items,
        static_cast<int>(current < static_cast<std::ptrdiff_t>(zones.size()) ? current : 0), false,
        &ok);
    const auto index = items.indexOf(item);
    if (!ok || index < 0)
        return std::nullopt;
    return zones[static_cast<std::size_t>(index)];
}

void FailureTimeline::cancelDrag() {
    if (!m_drag)
        return;
    m_drag.reset();
    m_preview.reset();
    unsetCursor();
    update();
}

void FailureTimeline::refreshLabels() {
    const core::Design& design = m_document->design();
    m_labels.clear();
    m_labelsWidth = fontMetrics().horizontalAdvance(tr("Time (s)"));
    for (const core::FailureEvent& event : failures()) {
        m_labels << failureLabel(design, event);
        m_labelsWidth = std::max(m_labelsWidth, fontMetrics().horizontalAdvance(m_labels.back()));
    }
}

void FailureTimeline::designChanged() {
    const int count = static_cast<int>(failures().size());
    if (m_drag && (m_drag->index >= count ||
                   failures()[static_cast<std::size_t>(m_drag->index)] != m_drag->original))
        cancelDrag();
    if (m_selected >= count)
        m_selected = count - 1;
    refreshLabels();
    updateActions();
    updateGeometry();
    update();
}

void FailureTimeline::designReset() {
    cancelDrag();
    m_selected = -1;
    designChanged();
}

void FailureTimeline::updateActions() {
    const core::Design& design = m_document->design();
    const std::string target = selectedTarget();
    const double tenth = std::max(snapStep(), snapped(axisEnd() / 10));
    for (const FailureScenario scenario : kFailureScenarios)
        scenarioAction(scenario)->setEnabled(
            !target.empty() &&
            scenarioEvent(scenario, design, m_document->catalog(), target, tenth, tenth));
    m_scenarioButton->setToolTip(
        target.empty()
            ? tr("The reference designs' failure modes, on the component selected on the canvas: "
                 "select one first.")
            : tr("The reference designs' failure modes, on %1.").arg(nameOf(design, target)));
    m_editAction->setEnabled(m_selected >= 0);
    m_removeAction->setEnabled(m_selected >= 0);
}

} // namespace studio::widgets
