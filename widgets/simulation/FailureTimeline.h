#pragma once

// The failure timeline under the simulation's charts: the open design's "failures" as bars on
// a time axis, one row per event, edited with the mouse and the keyboard. Drag a bar to move
// it, an edge to change its start or end (snapped); double-click for its numbers; Add and the
// seed's scenarios strike the component selected on the canvas. Every edit is one undo
// command on the document; what it draws is always read from the document's design.
#include "widgets/commands/EditFailuresCommand.h"
#include "widgets/simulation/FailureScenarios.h"

#include "model/FailureEvent.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <string>
#include <utility>
#include <vector>

class QAction;
class QMenu;
class QPainter;
class QToolButton;

namespace studio::widgets {

class StudioDocument;

class FailureTimeline : public QWidget {
    Q_OBJECT

public:
    static constexpr double kDefaultDuration = 60; // s

    explicit FailureTimeline(StudioDocument* document, QWidget* parent = nullptr);

    // The run's simulated seconds: the axis spans them, or up to the end of the last event
    // when that is later (the part past the run marked).
    void setDuration(double seconds);
    double duration() const { return m_duration; }
    // The ids selected on the canvas: Add and the scenarios strike the first component (or
    // zone) among them.
    void setSelection(const std::vector<std::string>& ids);

    // Seconds the axis spans, and the step a drag or an arrow key moves by: 0.5 s, 1 s on an
    // axis longer than two minutes, 10 s and up past twenty minutes.
    double axisEnd() const;
    double snapStep() const;
    // Where time `seconds` is drawn (widget x).
    double xOf(double seconds) const;

    // The event selected on the timeline (its index in the design's failures), -1 for none.
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    // Where event `index`'s bar and row label are drawn (widget coordinates).
    QRect barRect(int index) const;
    QString rowLabel(int index) const;

    QMenu* addMenu() const { return m_addMenu; }
    QMenu* scenarioMenu() const { return m_scenarioMenu; }
    QAction* scenarioAction(FailureScenario scenario) const;
    QAction* removeAction() const { return m_removeAction; }

    // Appends `event` to the timeline as one undo step and selects it.
    void schedule(const core::FailureEvent& event);
    // The scenario on the selected component, from a tenth of the axis for a tenth of it.
    void scheduleScenario(FailureScenario scenario);
    // Removes the selected event (one undo step).
    void removeSelected();
    // Opens event `index`'s form; what it changes is one undo step.
    void editFailure(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // What a press on a bar grabs.
    enum class Grip { None, Body, Start, End };
    struct Hit {
        int index = -1;
        Grip grip = Grip::None;
    };
    struct Drag {
        int index;
        Grip grip;
        double pressX;
        core::FailureEvent original;
        bool started = false; // past the drag distance
    };

    const std::vector<core::FailureEvent>& failures() const;
    // The event as drawn: the one being dragged as it is dragged.
    core::FailureEvent shown(int index) const;
    std::string selectedTarget() const;
    double snapped(double seconds) const;
    // `event` with its start (Body, Start) or end (End, Start) moved by `seconds`, within the
    // axis and keeping some duration.
    core::FailureEvent moved(const core::FailureEvent& event, Grip grip, double seconds) const;

    // Geometry (widget coordinates).
    int toolbarHeight() const;
    int axisHeight() const;
    int rowHeight() const;
    int labelWidth() const;
    int rowsTop() const;
    QRect plotRect() const;
    double secondsPerPixel() const;
    QRect rowRect(int index) const;
    QRect barRectOf(int index, const core::FailureEvent& event) const;
    Hit hitAt(const QPoint& pos) const;
    QString toolTipAt(const QPoint& pos) const;

    void paintAxis(QPainter& painter) const;
    void paintRow(QPainter& painter, int index) const;

    void refreshLabels();
    void designChanged();
    void designReset();
    void updateActions();
    void enableAddActions();
    void addFailure(core::FailureKind kind, core::CrashMode crashMode);
    std::optional<std::string> chooseTarget(core::FailureKind kind, const QString& title);
    std::optional<std::string> chooseZone(const std::vector<std::string>& zones,
                                          const std::string& preferred, const QString& title);
    void push(std::vector<core::FailureEvent> failures, EditFailuresCommand::Action action);
    void cancelDrag();

    StudioDocument* m_document;
    double m_duration = kDefaultDuration;
    std::vector<std::string> m_selection;
    int m_selected = -1;
    std::optional<Drag> m_drag;
    std::optional<core::FailureEvent> m_preview; // the dragged event as it is now

    QStringList m_labels;  // of the design's failures, as drawn
    int m_labelsWidth = 0; // px, the widest of them

    QWidget* m_toolbar;
    QMenu* m_addMenu;
    std::vector<std::pair<QAction*, core::FailureKind>> m_addActions;
    QMenu* m_scenarioMenu;
    QToolButton* m_scenarioButton;
    std::vector<QAction*> m_scenarioActions; // in kFailureScenarios order
    QAction* m_editAction;
    QAction* m_removeAction;
};

} // namespace studio::widgets
