#pragma once

// The simulation overlay: while on, colours each component on the canvas by its simulated
// utilisation in the run the Simulation dock shows (the estimate overlay's bands), writes its
// simulated rate and utilisation in the box, marks the busiest component and those that
// dropped, refused or wasted work, and puts the simulated and analytic figures side by side
// in its tooltip. While off it leaves the items alone. The scene and document outlive it.
#include "widgets/simulation/SimulationRun.h"

#include <QObject>

#include <memory>

namespace studio::widgets {

class DesignScene;
class StudioDocument;

class SimulationOverlay : public QObject {
    Q_OBJECT

public:
    SimulationOverlay(StudioDocument* document, DesignScene* scene, QObject* parent = nullptr);

    bool isEnabled() const { return m_enabled; }

public slots:
    void setEnabled(bool enabled);
    void setRun(std::shared_ptr<const SimulationRun> run);

private:
    void apply();
    void clearItems();

    StudioDocument* m_document;
    DesignScene* m_scene;
    std::shared_ptr<const SimulationRun> m_run;
    bool m_enabled = false;
};

} // namespace studio::widgets
