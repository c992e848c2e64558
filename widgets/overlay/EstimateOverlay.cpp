#include "widgets/overlay/EstimateOverlay.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/overlay/EstimateLegend.h"
#include "widgets/overlay/EstimateTexts.h"

#include "format/Validator.h"
#include "solver/Solver.h"

namespace studio::widgets {

EstimateOverlay::EstimateOverlay(StudioDocument* document, DesignScene* scene, DesignView* view)
    : QObject(view)
    , m_document(document)
    , m_scene(scene)
    , m_legend(new EstimateLegend(view)) {
    // Zero: a command (a paste of fifty components) arrives as one changed(), and edits in
    // the same pass of the event loop fold into one solve, before the next paint.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &EstimateOverlay::refresh);

    connect(document, &StudioDocument::changed, this, &EstimateOverlay::schedule);
    connect(document, &StudioDocument::designReset, this, &EstimateOverlay::schedule);
    // New items (a rebuild) start without a load.
    connect(scene, &DesignScene::rebuilt, this, &EstimateOverlay::schedule);
}

EstimateOverlay::~EstimateOverlay() = default;

const core::solver::Solution* EstimateOverlay::solution() const {
    return m_enabled && m_solution ? &*m_solution : nullptr;
}

EstimateLegend* EstimateOverlay::legend() const {
    return m_legend;
}

void EstimateOverlay::setEnabled(bool enabled) {
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        refresh();
        return;
    }
    m_timer.stop();
    m_solution.reset();
    m_problems.clear();
    clearItems();
    if (m_legend)
        m_legend->hide();
    emit updated();
}

void EstimateOverlay::setRateBasis(core::solver::RateBasis basis) {
    if (m_basis == basis)
        return;
    m_basis = basis;
    schedule();
}

void EstimateOverlay::setPeakLoad(bool peak) {
    setRateBasis(peak ? core::solver::RateBasis::Peak : core::solver::RateBasis::Average);
}

void EstimateOverlay::schedule() {
    if (m_enabled && !m_timer.isActive())
        m_timer.start();
}

void EstimateOverlay::refresh() {
    m_timer.stop();
    if (!m_enabled)
        return;
    const core::Design& design = m_document->design();
    ++m_solveCount;
    // The solver expects a valid design; the editor keeps it valid, a file might not.
    m_problems = core::validateDesign(design, m_document->catalog());
    m_solution.reset();
    if (m_problems.empty()) {
        auto result = core::solver::solveDesign(design, {m_basis}, m_document->catalog());
        if (result)
            m_solution = std::move(result).value();
        else
            m_problems = result.problems();
    }
    apply();
    emit updated();
}

void EstimateOverlay::apply() {
    const core::Design& design = m_document->design();
    if (m_solution) {
        for (const auto& result : m_solution->components)
            if (ComponentItem* item = m_scene->componentItem(result.id))
                item->setLoad(EstimateTexts::componentLoad(result, design, *m_solution));
    } else {
        ComponentLoad neutral;
        neutral.band = LoadBand::Neutral;
        for (const auto& component : design.components)
            if (ComponentItem* item = m_scene->componentItem(component.id))
                item->setLoad(neutral);
    }
    if (!m_legend)
        return;
    if (design.components.empty()) {
        m_legend->hide(); // nothing to estimate yet, and nothing wrong
        return;
    }
    if (m_solution)
        m_legend->showSolution(*m_solution, design);
    else
        m_legend->showProblems(m_problems, m_basis);
    m_legend->show();
}

void EstimateOverlay::clearItems() {
    for (const auto& component : m_document->design().components)
        if (ComponentItem* item = m_scene->componentItem(component.id))
            item->setLoad({});
}

} // namespace studio::widgets
