#include "widgets/simulation/SimulationOverlay.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/simulation/FigureText.h"

#include "solver/LoadBand.h"

namespace studio::widgets {

SimulationOverlay::SimulationOverlay(StudioDocument* document, DesignScene* scene, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene) {
    connect(m_document, &StudioDocument::changed, this, [this] { apply(); });
    connect(m_document, &StudioDocument::designReset, this, [this] { m_run.reset(); });
}

void SimulationOverlay::setEnabled(bool enabled) {
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled)
        apply();
    else
        clearItems();
}

void SimulationOverlay::setRun(std::shared_ptr<const SimulationRun> run) {
    m_run = std::move(run);
    apply();
}

void SimulationOverlay::clearItems() {
    for (const auto& component : m_document->design().components)
        if (ComponentItem* item = m_scene->componentItem(component.id))
            item->setLoad({});
}

void SimulationOverlay::apply() {
    if (!m_enabled)
        return;
    clearItems();
    if (!m_run || !m_run->result)
        return;
    const auto& stats = m_run->result->components;
    std::string busiest;
    double most = -1;
    for (const core::sim::ComponentStats& c : stats)
        if (c.station && c.utilisation.mean > most) {
            most = c.utilisation.mean;
            busiest = c.id;
        }
    for (std::size_t n = 0; n < stats.size(); ++n) {
        const core::sim::ComponentStats& c = stats[n];
        ComponentItem* item = m_scene->componentItem(c.id);
        if (!item)
            continue;
        ComponentLoad load;
        load.band = LoadBand::Neutral;
        if (c.station) {
            const double u = c.utilisation.mean;
            load.saturated = !(u < 0.98);
            load.band = load.saturated ? LoadBand::Saturated : core::loadBandFor(u);
            load.bottleneck = c.id == busiest;
            load.text = tr("%1 req/s · %2")
                            .arg(figureText(c.servedRate.mean, Measure::Rate),
                                 figureText(u, Measure::Utilisation));
            QStringList badges;
            if (load.bottleneck)
                badges << tr("busiest");
            if (c.drops + c.rejections > 0)
                badges << tr("%1 failed").arg(c.drops + c.rejections);
            if (c.wasted > 0)
                badges << tr("%1 wasted").arg(c.wasted);
            load.badge = badges.join(QStringLiteral(" · "));
            const core::solver::ComponentResult* e =
                m_run->estimate && n < m_run->estimate->components.size()
                    ? &m_run->estimate->components[n]
                    : nullptr;
            const auto estimate = [&](const core::solver::Figure& f) {
                return e ? std::optional<double>(f.value) : std::nullopt;
            };
            QStringList lines;
            lines << tr("Simulated, with the analytic estimate in [ ]:");
            lines << tr("Arrivals: %1 req/s")
                         .arg(comparedText(c.arrivalRate, Measure::Rate,
                                           e ? std::optional(e->arrivalRate) : std::nullopt));
            lines << tr("Utilisation: %1")
                         .arg(comparedText(c.utilisation, Measure::Utilisation,
                                           estimate(e ? e->utilisation : core::solver::Figure{})));
            lines << tr("Mean wait: %1")
                         .arg(comparedText(c.meanWait, Measure::Seconds,
                                           estimate(e ? e->meanWait : core::solver::Figure{})));
            lines << tr("Mean queue: %1").arg(QString::number(c.meanQueue.mean, 'g', 3));
            if (c.drops + c.rejections > 0)
                lines << tr("Dropped or refused: %1").arg(c.drops + c.rejections);
            load.toolTip = lines.join(u'\n');
        }
        item->setLoad(load);
    }
}

} // namespace studio::widgets
