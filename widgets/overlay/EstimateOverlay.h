#pragma once

#include "solver/Solution.h"
#include "util/Problem.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace studio::widgets {

class DesignScene;
class DesignView;
class EstimateLegend;
class StudioDocument;

// The estimate overlay: while on, solves the document's design analytically after every edit
// (a burst of changes in one event-loop pass is solved once) and shows the answer on the
// canvas: each component's load (ComponentItem::load), the bottleneck, and a legend with the
// design's figures or the problems that keep the solver from answering. While off it does
// no work and the items look as they always do.
//
// A child of the view; the scene and the document must outlive it.
class EstimateOverlay : public QObject {
    Q_OBJECT

public:
    EstimateOverlay(StudioDocument* document, DesignScene* scene, DesignView* view);
    ~EstimateOverlay() override;

    bool isEnabled() const { return m_enabled; }
    core::solver::RateBasis rateBasis() const { return m_basis; }
    // The latest answer; null while off, before the first solve, or when it failed.
    const core::solver::Solution* solution() const;
    // Why the latest solve failed; empty when it succeeded.
    const core::Problems& problems() const { return m_problems; }
    EstimateLegend* legend() const;
    // How many times the design was solved (coalescing is observable).
    int solveCount() const { return m_solveCount; }
    // Whether a solve is waiting for the event loop.
    bool isPending() const { return m_timer.isActive(); }

public slots:
    void setEnabled(bool enabled);
    void setRateBasis(core::solver::RateBasis basis);
    void setPeakLoad(bool peak);
    // Solves now and shows the answer (when on).
    void refresh();

signals:
    // The overlay was refreshed or turned off.
    void updated();

private:
    void schedule();
    void apply();
    void clearItems();

    StudioDocument* m_document;
    DesignScene* m_scene;
    QPointer<EstimateLegend> m_legend; // owned by the view
    QTimer m_timer;
    bool m_enabled = false;
    core::solver::RateBasis m_basis = core::solver::RateBasis::Peak;
    std::optional<core::solver::Solution> m_solution;
    core::Problems m_problems;
    int m_solveCount = 0;
};

} // namespace studio::widgets
