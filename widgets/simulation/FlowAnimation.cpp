#include "widgets/simulation/FlowAnimation.h"

#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/items/LinkItem.h"

#include <QGraphicsObject>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace studio::widgets {

namespace {

constexpr int kFrameMs = 16; // about 60 frames a second
const QColor kClassColors[] = {QColor(40, 110, 200), QColor(30, 150, 80),  QColor(150, 80, 190),
                               QColor(220, 140, 20), QColor(20, 150, 160), QColor(120, 90, 60)};
const QColor kFailing(220, 40, 40);

double lengthOf(const QPolygonF& route) {
    double total = 0;
    for (qsizetype i = 1; i < route.size(); ++i)
        total += QLineF(route[i - 1], route[i]).length();
    return total;
}

// The point at `fraction` (0..1) of the polyline's length.
QPointF along(const QPolygonF& route, double fraction) {
    double left = fraction * lengthOf(route);
    for (qsizetype i = 1; i < route.size(); ++i) {
        const QLineF segment(route[i - 1], route[i]);
        if (left <= segment.length() || i + 1 == route.size())
            return segment.pointAt(segment.length() > 0 ? left / segment.length() : 0);
        left -= segment.length();
    }
    return route.isEmpty() ? QPointF() : route.front();
}

} // namespace

// The item the dots are drawn through: over the links, under the boxes, never hit.
class FlowLayer : public QGraphicsObject {
public:
    explicit FlowLayer(const FlowAnimation* flow)
        : m_flow(flow) {
        setZValue(9);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return scene() ? scene()->sceneRect() : QRectF(); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override {
        m_flow->paint(painter);
    }

private:
    const FlowAnimation* m_flow;
};

FlowAnimation::FlowAnimation(DesignScene* scene, QObject* parent)
    : QObject(parent)
    , m_scene(scene) {
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &FlowAnimation::tick);
}

FlowAnimation::~FlowAnimation() {
    delete m_layer; // still in the scene: take it out
}

void FlowAnimation::setVisible(bool visible) {
    m_visible = visible;
    redraw();
}

void FlowAnimation::redraw() {
    if (!m_visible) {
        if (m_layer)
            m_layer->hide();
        return;
    }
    if (!m_layer) {
        m_layer = new FlowLayer(this);
        m_scene->addItem(m_layer);
    }
    m_layer->show();
    m_layer->update();
}

void FlowAnimation::setRun(std::shared_ptr<const SimulationRun> run) {
    m_run = std::move(run);
    m_flows.clear();
    m_sending.clear();
    m_clock = 0;
    if (!m_run || !m_run->result) {
        setPlaying(false);
        redraw();
        return;
    }
    const core::sim::SimulationResult& r = *m_run->result;
    double busiest = 0;
    for (const core::sim::LinkStats& l : r.links)
        busiest = std::max(busiest, l.rate.mean);
    std::unordered_map<std::string_view, const core::sim::ComponentStats*> stats;
    for (const core::sim::ComponentStats& c : r.components)
        stats.emplace(c.id, &c);
    for (std::size_t i = 0; i < r.links.size() && i < m_run->design.links.size(); ++i) {
        const core::sim::LinkStats& l = r.links[i];
        if (!(l.rate.mean > 0) || !(busiest > 0))
            continue;
        Flow flow;
        flow.link = l.id;
        flow.share = l.rate.mean / busiest;
        double sum = 0;
        for (const double rate : l.classRates)
            flow.classShare.push_back(sum += rate / l.rate.mean);
        if (const auto target = stats.find(m_run->design.links[i].to);
            target != stats.end() && target->second->arrivals > 0) {
            const core::sim::ComponentStats& c = *target->second;
            flow.failing = std::min(1.0, static_cast<double>(c.drops + c.rejections) /
                                             static_cast<double>(c.arrivals));
        }
        m_flows.push_back(std::move(flow));
    }
    // The clients' sending rate per bucket, against its mean over the run.
    const core::sim::SimulationSeries& s = r.series;
    m_sending.assign(s.start.size(), 0);
    for (const core::sim::RequestSeries& q : s.requests)
        for (std::size_t b = 0; b < m_sending.size() && b < q.arrivalRate.size(); ++b)
            m_sending[b] += q.arrivalRate[b].replications ? q.arrivalRate[b].mean : 0;
    double mean = 0;
    for (const double v : m_sending)
        mean += v / static_cast<double>(std::max<std::size_t>(1, m_sending.size()));
    for (double& v : m_sending)
        v = mean > 0 ? std::min(3.0, v / mean) : 1;
    redraw();
}

void FlowAnimation::setPlaying(bool playing) {
    if (playing == m_timer.isActive())
        return;
    if (playing && m_run) {
        m_wall.start();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void FlowAnimation::setSpeed(double speed) {
    m_speed = std::clamp(speed, 0.1, 100.0);
}

void FlowAnimation::setClock(double seconds) {
    m_clock = std::max(0.0, seconds);
    redraw();
    emit clockChanged(m_clock);
}

void FlowAnimation::tick() {
    const double dt = static_cast<double>(m_wall.restart()) / 1000;
    m_phase = std::fmod(m_phase + dt / kTravel, 1.0);
    const double end = m_run && m_run->result ? m_run->result->duration : 0;
    double next = m_clock + dt * m_speed;
    if (end > 0 && next >= end)
        next = std::fmod(next, end);
    setClock(next);
}

double FlowAnimation::sendingFactor() const {
    if (!m_run || !m_run->result || m_sending.empty())
        return 1;
    const core::sim::SimulationSeries& s = m_run->result->series;
    for (std::size_t b = 0; b < s.start.size(); ++b)
        if (m_clock < s.start[b] + s.width[b])
            return m_sending[b];
    return m_sending.back();
}

std::vector<FlowAnimation::LinkDots> FlowAnimation::dotCounts() const {
    std::vector<LinkDots> out;
    const double factor = sendingFactor();
    for (const Flow& flow : m_flows) {
        const LinkItem* item = m_scene->linkItem(flow.link);
        const double length = item ? lengthOf(item->route()) : 0;
        const int dots =
            std::max(1, static_cast<int>(std::lround(flow.share * factor * length / kSpacing)));
        out.push_back(
            {flow.link, length, dots, static_cast<int>(std::lround(dots * flow.failing))});
    }
    return out;
}

void FlowAnimation::paint(QPainter* painter) const {
    if (!m_run)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const std::vector<LinkDots> counts = dotCounts();
    for (std::size_t f = 0; f < m_flows.size(); ++f) {
        const LinkItem* item = m_scene->linkItem(m_flows[f].link);
        if (!item || item->route().size() < 2)
            continue;
        const int dots = counts[f].dots;
        for (int j = 0; j < dots; ++j) {
            // Evenly spaced, every one moving on; classes and failures by fixed slots.
            const double slot = (j + 0.5) / dots;
            const double at = std::fmod(static_cast<double>(j) / dots + m_phase, 1.0);
            // The failing ones spread evenly among the others.
            const int failing = counts[f].failing;
            QColor color = kFailing;
            if ((j + 1) * failing / dots == j * failing / dots) {
                const auto& shares = m_flows[f].classShare;
                const auto k = static_cast<std::size_t>(
                    std::upper_bound(shares.begin(), shares.end(), slot) - shares.begin());
                color =
                    shares.empty()
                        ? kClassColors[0]
                        : kClassColors[std::min(k, shares.size() - 1) % std::size(kClassColors)];
            }
            painter->setBrush(color);
            painter->drawEllipse(along(item->route(), at), 3.5, 3.5);
        }
    }
}

} // namespace studio::widgets
