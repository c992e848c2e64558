#pragma once

// The request flow on the canvas: dots moving along the links, as dense as the link's
// simulated traffic against the busiest link's (one every kSpacing pixels on the busiest),
// coloured by request class, red for
// the share that fails at the link's target (drops and refusals). It plays back a finished
// run: its clock runs over the run's simulated time at a chosen speed, and the density
// follows the clients' sending rate over time (a burst thickens every link), so it costs the
// simulation nothing. It draws through one item over the scene, made again when the scene
// is rebuilt (a design opened clears every item).
#include "widgets/simulation/SimulationRun.h"

#include <QColor>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QPainter;

namespace studio::widgets {

class DesignScene;
class FlowLayer;

class FlowAnimation : public QObject {
    Q_OBJECT

public:
    static constexpr double kSpacing = 16; // scene pixels between dots on the busiest link
    static constexpr double kTravel = 1;   // s of wall time a dot takes along a link

    explicit FlowAnimation(DesignScene* scene, QObject* parent = nullptr);
    ~FlowAnimation() override;

    void setRun(std::shared_ptr<const SimulationRun> run);
    // Shows the dots (a finished run's, at the clock) or hides them.
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    void setPlaying(bool playing);
    bool playing() const { return m_timer.isActive(); }
    void setSpeed(double simulatedSecondsPerSecond); // 0.1 .. 100
    double speed() const { return m_speed; }
    double clock() const { return m_clock; } // simulated s the playback is at
    void setClock(double seconds);

    // Dots on each link at the current clock, for tests.
    struct LinkDots {
        std::string link;
        double length = 0; // of its drawn route, scene pixels
        int dots = 0;
        int failing = 0;
    };
    std::vector<LinkDots> dotCounts() const;

    void paint(QPainter* painter) const; // the dots, in scene coordinates

signals:
    void clockChanged(double seconds);

private:
    struct Flow {
        std::string link;
        double share = 0;               // of the busiest link's rate
        double failing = 0;             // fraction failing at the target
        std::vector<double> classShare; // cumulative, per traffic class
    };
    void tick();
    double sendingFactor() const; // the clients' rate now against their mean
    void redraw();                // through the layer, made if the scene lost it

    DesignScene* m_scene;
    QPointer<FlowLayer> m_layer;
    bool m_visible = false;
    std::shared_ptr<const SimulationRun> m_run;
    std::vector<Flow> m_flows;
    std::vector<double> m_sending; // per bucket: all clients' sending rate / its mean
    QTimer m_timer;
    QElapsedTimer m_wall;
    double m_speed = 1;
    double m_clock = 0;
    double m_phase = 0; // 0..1: where the dots are along their links
};

} // namespace studio::widgets
