// A run's results out of the studio: CSV rows that carry the result's own numbers, JSON as
// `sdstudio simulate --json` writes it, charts as PNG and SVG files, and a clear error for a
// place that cannot be written.
#include "widgets/simulation/ResultsExport.h"
#include "widgets/simulation/TimeSeriesChart.h"

#include "format/DesignFile.h"
#include "sim/Simulation.h"
#include "solver/Solver.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace studio::widgets::test {
namespace {

SimulationRun sampleRun() {
    SimulationRun run;
    auto design = core::loadDesignFile(std::string(STUDIO_SOURCE_DIR) +
                                       "/docs/examples/failures/one-server-down.json");
    EXPECT_TRUE(design.ok());
    run.design = design.value();
    core::sim::SimulationOptions options;
    options.duration = 20;
    options.replications = 2;
    auto result = core::sim::simulateDesign(run.design, options);
    EXPECT_TRUE(result.ok());
    run.result = result.value();
    auto estimate = core::solver::solveDesign(run.design);
    if (estimate.ok())
        run.estimate = estimate.value();
    return run;
}

TEST(ResultsExportTest, CsvRowsCarryTheResultsNumbers) {
    const SimulationRun run = sampleRun();
    const QList<QByteArray> lines = resultsCsv(run).split('\n');
    EXPECT_EQ(lines[0], "section,subject,figure,start_s,width_s,value,low,high");
    const core::sim::RequestStats& q = run.result->requests[0];
    const QByteArray goodput = "request," +
                               QByteArray::fromStdString(q.client + "/" + q.requestClass) +
                               ",goodput,,," + QByteArray::number(q.goodput.mean, 'g', 10) + ',';
    bool found = false;
    int seriesRows = 0;
    for (const QByteArray& line : lines) {
        found = found || line.startsWith(goodput);
        seriesRows += line.startsWith("request_series,") ? 1 : 0;
        if (!line.isEmpty()) {
            EXPECT_EQ(line.count(','), 7) << line.toStdString();
        }
    }
    EXPECT_TRUE(found);
    EXPECT_GT(seriesRows, 0);
}

TEST(ResultsExportTest, JsonIsTheCommandLinesAndFilesAreWritten) {
    const SimulationRun run = sampleRun();
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("run.json"));
    ASSERT_TRUE(exportResults(run, json).isEmpty());
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto parsed = nlohmann::json::parse(file.readAll().toStdString());
    EXPECT_EQ(parsed["replications"], 2);
    EXPECT_EQ(parsed["requests"][0]["goodput"]["value"].get<double>(),
              run.result->requests[0].goodput.mean);

    TimeSeriesChart chart;
    chart.resize(400, 300);
    chart.show(run.result->series,
               {{QStringLiteral("goodput"), &run.result->series.requests[0].goodput, Qt::blue}},
               QStringLiteral("req/s"), 1, run.design.failures);
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(exportChart(&chart, png).isEmpty());
    EXPECT_EQ(QImage(png).size(), QSize(400, 300));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(exportChart(&chart, svg).isEmpty());
    QFile drawing(svg);
    ASSERT_TRUE(drawing.open(QIODevice::ReadOnly));
    EXPECT_TRUE(drawing.readAll().contains("<svg"));

    // A folder where the file should go: refused, named, nothing written.
    const QString error = exportResults(run, dir.path());
    EXPECT_TRUE(error.contains(dir.path())) << error.toStdString();
}

} // namespace
} // namespace studio::widgets::test
