#include "widgets/simulation/RunArchive.h"

#include "format/DesignJson.h"
#include "sim/ResultJson.h"
#include "sim/RunRecord.h"
#include "solver/Solver.h"

namespace studio::widgets {

core::NewRun runRecord(const SimulationRun& run, int revision, bool edited) {
    const RunSettings& s = run.settings;
    core::NewRun record;
    record.revision = revision;
    if (edited)
        record.designJson = core::designToJson(run.design);
    record.parameters = core::sim::parametersToJson(
        {s.duration, s.replications, s.seed, s.randomFailures, run.wallSeconds});
    record.summary = core::sim::headlineToJson(core::sim::headlineOf(*run.result));
    record.results = core::sim::resultToJson(*run.result);
    return record;
}

core::Result<std::shared_ptr<const SimulationRun>> reopenedRun(const core::StoredRun& stored,
                                                               const core::Catalog& catalog) {
    auto design = core::designFromJson(stored.designJson, catalog);
    if (!design)
        return design.problems();
    auto parameters = core::sim::parametersFromJson(stored.entry.parameters);
    if (!parameters)
        return parameters.problems();
    auto result = core::sim::resultFromJson(stored.results);
    if (!result)
        return result.problems();
    auto run = std::make_shared<SimulationRun>();
    run->design = std::move(design).value();
    const core::sim::RunParameters& p = parameters.value();
    run->settings = {p.duration, p.replications, p.seed, p.randomFailures};
    run->wallSeconds = p.wallSeconds;
    run->result = std::move(result).value();
    if (auto estimate = core::solver::solveDesign(run->design, {}, catalog))
        run->estimate = std::move(estimate).value();
    return std::shared_ptr<const SimulationRun>(std::move(run));
}

} // namespace studio::widgets
