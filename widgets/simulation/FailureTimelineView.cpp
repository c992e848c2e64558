// FailureTimeline, second part: the time axis and its geometry, the bars as drawn, and the
// mouse and the keys. A drag previews the bar; its release pushes one command. The first part
// (FailureTimeline.cpp) listens to the document and schedules.
#include "widgets/simulation/FailureTimeline.h"

#include "widgets/base/StudioDocument.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {

using Action = EditFailuresCommand::Action;

constexpr int kMargin = 6;
constexpr int kGrip = 4;           // px beside a bar's edge that still grab the edge
constexpr int kMinLabelWidth = 90; // px
constexpr double kMinTickGap = 64; // px between the axis's ticks
// px a press moves before it drags: a hand's jitter, not QApplication::startDragDistance()
// (10 px), which would swallow a half-second step on a minute's axis (about 6 px).
constexpr double kDragStart = 3;

QColor colorOf(core::FailureKind kind) {
    switch (kind) {
    case core::FailureKind::Down:
        return QColor(200, 50, 50);
    case core::FailureKind::Slow:
        return QColor(225, 135, 25);
    case core::FailureKind::Partitioned:
        return QColor(130, 80, 170);
    case core::FailureKind::Flushed:
        return QColor(40, 140, 160);
    case core::FailureKind::ZoneDown:
        break;
    }
    return QColor(130, 25, 25);
}

// The smallest of 1, 2 and 5 x 10^k that is at least `value` (> 0).
double niceStep(double value) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= value * (1 - 1e-9))
            return m * magnitude;
    return 10 * magnitude;
}

bool targetExists(const core::Design& design, const core::FailureEvent& event) {
    return event.kind == core::FailureKind::ZoneDown
               ? design.findZone(event.target) != nullptr
               : design.findComponent(event.target) != nullptr;
}

} // namespace

int FailureTimeline::toolbarHeight() const {
    return m_toolbar->sizeHint().height();
}

int FailureTimeline::axisHeight() const {
    return fontMetrics().height() + 10;
}

int FailureTimeline::rowHeight() const {
    return fontMetrics().height() + 12;
}

int FailureTimeline::labelWidth() const {
    return std::clamp(m_labelsWidth + 2 * kMargin, kMinLabelWidth,
                      std::max(kMinLabelWidth, width() * 9 / 20));
}

int FailureTimeline::rowsTop() const {
    return toolbarHeight() + kMargin + axisHeight();
}

QRect FailureTimeline::plotRect() const {
    const int left = labelWidth() + kMargin;
    // Half of the last tick's number to the right of the axis's end.
    const int right = width() - kMargin - fontMetrics().horizontalAdvance(QStringLiteral("0000"));
    const int top = toolbarHeight() + kMargin;
    const int rows = std::max<int>(1, static_cast<int>(failures().size()));
    return QRect(left, top, std::max(1, right - left), axisHeight() + rows * rowHeight());
}

double FailureTimeline::xOf(double seconds) const {
    const QRect plot = plotRect();
    return plot.left() + seconds / axisEnd() * plot.width();
}

double FailureTimeline::secondsPerPixel() const {
    return axisEnd() / plotRect().width();
}

QRect FailureTimeline::rowRect(int index) const {
    return QRect(0, rowsTop() + index * rowHeight(), width(), rowHeight());
}

QRect FailureTimeline::barRectOf(int index, const core::FailureEvent& event) const {
    const QRect row = rowRect(index);
    const double left = xOf(event.start);
    const double right = std::max(xOf(event.start + event.duration), left + 3);
    return QRectF(QPointF(left, row.top() + 4), QPointF(right, row.bottom() - 3)).toRect();
}

QRect FailureTimeline::barRect(int index) const {
    if (index < 0 || index >= static_cast<int>(failures().size()))
        return {};
    return barRectOf(index, shown(index));
}

QString FailureTimeline::rowLabel(int index) const {
    return index >= 0 && index < m_labels.size() ? m_labels[index] : QString();
}

FailureTimeline::Hit FailureTimeline::hitAt(const QPoint& pos) const {
    const int count = static_cast<int>(failures().size());
    if (pos.y() < rowsTop() || count == 0)
        return {};
    const int index = (pos.y() - rowsTop()) / rowHeight();
    if (index >= count)
        return {};
    const QRect bar = barRectOf(index, shown(index));
    if (pos.x() < bar.left() - kGrip || pos.x() > bar.right() + kGrip)
        return {index, Grip::None};
    const int grip = std::min(kGrip, bar.width() / 3);
    if (pos.x() <= bar.left() + grip)
        return {index, Grip::Start};
    if (pos.x() >= bar.right() - grip)
        return {index, Grip::End};
    return {index, Grip::Body};
}

QSize FailureTimeline::minimumSizeHint() const {
    const int rows = std::max<int>(1, static_cast<int>(failures().size()));
    return QSize(kMinLabelWidth + 240, rowsTop() + rows * rowHeight() + kMargin);
}

QSize FailureTimeline::sizeHint() const {
    return QSize(720, minimumSizeHint().height());
}

void FailureTimeline::resizeEvent(QResizeEvent* event) {
    m_toolbar->setGeometry(0, 0, width(), toolbarHeight());
    QWidget::resizeEvent(event);
}

void FailureTimeline::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect plot = plotRect();
    painter.fillRect(QRect(plot.left(), rowsTop(), plot.width(), plot.bottom() - rowsTop() + 1),
                     palette().base());
    const int count = static_cast<int>(failures().size());
    for (int i = 0; i < count; ++i)
        paintRow(painter, i);
    paintAxis(painter);
    if (count == 0) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        const QRect row = rowRect(0).adjusted(kMargin, 0, -kMargin, 0);
        painter.drawText(
            row, Qt::AlignCenter,
            fontMetrics().elidedText(tr("No failures: select a component on the canvas and pick a "
                                        "Scenario, or Add one."),
                                     Qt::ElideRight, row.width()));
    }
}

void FailureTimeline::paintAxis(QPainter& painter) const {
    const QRect plot = plotRect();
    const int baseline = rowsTop();
    const double end = axisEnd();
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);

    // Past the run: the simulation never gets there.
    if (end > m_duration) {
        const double x = xOf(m_duration);
        painter.fillRect(QRectF(QPointF(x, baseline), QPointF(plot.right(), plot.bottom())),
                         QBrush(QColor(128, 128, 128, 60), Qt::BDiagPattern));
        painter.setPen(QPen(text, 1, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    const double tick = std::max(1.0, niceStep(kMinTickGap * secondsPerPixel()));
    const int ticks = static_cast<int>(std::floor(end / tick + 1e-9));
    for (int k = 0; k <= ticks; ++k) {
        const double x = xOf(k * tick);
        painter.setPen(grid);
        painter.drawLine(QPointF(x, baseline), QPointF(x, plot.bottom()));
        painter.setPen(text);
        painter.drawLine(QPointF(x, baseline - 4), QPointF(x, baseline));
        const QRectF label(x - 40, plot.top(), 80, axisHeight() - 6);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignBottom, secondsText(k * tick));
    }
    painter.setPen(text);
    painter.drawLine(QPointF(plot.left(), baseline), QPointF(plot.right(), baseline));
    painter.drawText(QRect(kMargin, plot.top(), labelWidth() - kMargin, axisHeight() - 6),
                     Qt::AlignLeft | Qt::AlignBottom, tr("Time (s)"));
}

void FailureTimeline::paintRow(QPainter& painter, int index) const {
    const core::FailureEvent event = shown(index);
    const QRect row = rowRect(index);
    const bool selected = index == m_selected;
    if (selected) {
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlpha(hasFocus() ? 50 : 28);
        painter.fillRect(row, highlight);
    }

    const bool exists = targetExists(m_document->design(), event);
    painter.setPen(exists ? palette().color(QPalette::Text) : QColor(190, 0, 0));
    const QRect label = QRect(kMargin, row.top(), labelWidth() - kMargin, row.height());
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(rowLabel(index), Qt::ElideRight, label.width()));

    const QRect plot = plotRect();
    painter.save();
    painter.setClipRect(QRect(plot.left(), row.top(), plot.width() + 1, row.height()));
    const QColor color = colorOf(event.kind);
    const QRect bar = barRectOf(index, event);
    if (event.kind == core::FailureKind::Flushed && event.refill > 0) {
        // The hit ratio climbing back after the end.
        const QRectF tail(QPointF(bar.right(), bar.top()),
                          QPointF(xOf(event.start + event.duration + event.refill), bar.bottom()));
        QLinearGradient fade(tail.topLeft(), tail.topRight());
        fade.setColorAt(0, QColor(color.red(), color.green(), color.blue(), 150));
        fade.setColorAt(1, QColor(color.red(), color.green(), color.blue(), 0));
        painter.fillRect(tail, fade);
    }
    painter.setPen(selected ? QPen(palette().color(QPalette::Text), 2) : QPen(color.darker(130)));
    painter.setBrush(exists ? QBrush(color) : QBrush(color, Qt::Dense4Pattern));
    painter.drawRoundedRect(QRectF(bar), 3, 3);
    const QString times =
        tr("%1–%2 s").arg(secondsText(event.start), secondsText(event.start + event.duration));
    if (fontMetrics().horizontalAdvance(times) + 8 <= bar.width()) {
        painter.setPen(Qt::white);
        painter.drawText(bar, Qt::AlignCenter, times);
    }
    painter.restore();
}

QString FailureTimeline::toolTipAt(const QPoint& pos) const {
    const Hit hit = hitAt(pos);
    if (hit.index < 0) {
        if (axisEnd() > m_duration && pos.x() > xOf(m_duration) && pos.y() >= toolbarHeight())
            return tr("Past the end of the run (%1 s): the simulation does not get here.")
                .arg(secondsText(m_duration));
        return {};
    }
    const core::FailureEvent event = shown(hit.index);
    QString tip = rowLabel(hit.index) + QLatin1Char('\n') + failureTimes(event);
    if (!targetExists(m_document->design(), event))
        tip += QLatin1Char('\n') +
               tr("\"%1\" is no longer in the design: remove this failure or edit the design.")
                   .arg(QString::fromStdString(event.target));
    if (hit.grip != Grip::None)
        tip += QLatin1Char('\n') + tr("Drag to move it, drag an edge to change its start or end; "
                                      "double-click for its numbers; Delete removes it.");
    return tip;
}

bool FailureTimeline::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    if (event->type() == QEvent::ShortcutOverride && (m_selected >= 0 || m_drag)) {
        // These keys edit the selected bar, before the window's shortcuts (Delete) take them.
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
            event->accept();
            return true;
        default:
            break;
        }
    }
    return QWidget::event(event);
}

void FailureTimeline::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const Hit hit = hitAt(event->position().toPoint());
    setSelectedIndex(hit.index);
    if (hit.grip != Grip::None)
        m_drag = Drag{hit.index, hit.grip, event->position().x(),
                      failures()[static_cast<std::size_t>(hit.index)]};
}

void FailureTimeline::mouseMoveEvent(QMouseEvent* event) {
    if (!m_drag) {
        switch (hitAt(event->position().toPoint()).grip) {
        case Grip::Start:
        case Grip::End:
            setCursor(Qt::SizeHorCursor);
            break;
        case Grip::Body:
            setCursor(Qt::OpenHandCursor);
            break;
        case Grip::None:
            unsetCursor();
            break;
        }
        return;
    }
    const double dx = event->position().x() - m_drag->pressX;
    if (!m_drag->started && std::abs(dx) < kDragStart)
        return;
    m_drag->started = true;
    if (m_drag->grip == Grip::Body)
        setCursor(Qt::ClosedHandCursor);
    m_preview = moved(m_drag->original, m_drag->grip, snapped(dx * secondsPerPixel()));
    update();
}

void FailureTimeline::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_drag) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = *m_drag;
    const std::optional<core::FailureEvent> preview = m_preview;
    cancelDrag();
    if (!drag.started || !preview || *preview == drag.original)
        return;
    auto after = failures();
    after[static_cast<std::size_t>(drag.index)] = *preview;
    push(std::move(after), drag.grip == Grip::Body ? Action::Move : Action::Resize);
}

void FailureTimeline::mouseDoubleClickEvent(QMouseEvent* event) {
    const Hit hit = hitAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && hit.index >= 0)
        editFailure(hit.index);
}

void FailureTimeline::contextMenuEvent(QContextMenuEvent* event) {
    const Hit hit = hitAt(event->pos());
    setSelectedIndex(hit.index);
    QMenu menu(this);
    if (hit.index >= 0) {
        menu.addAction(m_editAction);
        menu.addAction(m_removeAction);
        menu.addSeparator();
    }
    menu.addMenu(m_addMenu);
    menu.addMenu(m_scenarioMenu);
    menu.exec(event->globalPos());
}

void FailureTimeline::keyPressEvent(QKeyEvent* event) {
    const int count = static_cast<int>(failures().size());
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (m_selected < 0 || m_drag)
            break;
        const bool resize = event->modifiers() & Qt::ShiftModifier;
        const double step = event->key() == Qt::Key_Left ? -snapStep() : snapStep();
        const core::FailureEvent& before = failures()[static_cast<std::size_t>(m_selected)];
        const core::FailureEvent after = moved(before, resize ? Grip::End : Grip::Body, step);
        if (after != before) {
            auto all = failures();
            all[static_cast<std::size_t>(m_selected)] = after;
            push(std::move(all), resize ? Action::Resize : Action::Move);
        }
        return;
    }
    case Qt::Key_Up:
        if (count > 0)
            setSelectedIndex(m_selected < 0 ? 0 : std::max(0, m_selected - 1));
        return;
    case Qt::Key_Down:
        if (count > 0)
            setSelectedIndex(std::min(count - 1, m_selected + 1));
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_drag)
            removeSelected();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_drag)
            editFailure(m_selected);
        return;
    case Qt::Key_Escape:
        if (m_drag) {
            cancelDrag();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace studio::widgets
