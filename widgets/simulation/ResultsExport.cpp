#include "widgets/simulation/ResultsExport.h"

#include "widgets/export/ExportFile.h"

#include "sim/SimulationJson.h"

#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace studio::widgets {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("studio::widgets::ResultsExport", text);
}

// A CSV field: quoted when it holds a comma, a quote or a line break.
QByteArray field(const std::string& text) {
    QByteArray bytes = QByteArray::fromStdString(text);
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray number(double v) {
    return std::isfinite(v) ? QByteArray::number(v, 'g', 10) : QByteArray();
}

void row(QByteArray& out, const char* section, const std::string& subject, const char* figure,
         const QByteArray& start, const QByteArray& width, const core::sim::Interval& i) {
    if (i.replications == 0)
        return;
    const bool banded = i.replications > 1;
    out += QByteArray(section) + ',' + field(subject) + ',' + figure + ',' + start + ',' + width +
           ',' + number(i.mean) + ',' + (banded ? number(i.low()) : QByteArray()) + ',' +
           (banded ? number(i.high()) : QByteArray()) + '\n';
}

void seriesRows(QByteArray& out, const core::sim::SimulationSeries& s, const char* section,
                const std::string& subject, const char* figure,
                const core::sim::SeriesFigure& values) {
    for (std::size_t b = 0; b < s.start.size() && b < values.size(); ++b)
        row(out, section, subject, figure, number(s.start[b]), number(s.width[b]), values[b]);
}

} // namespace

QByteArray resultsCsv(const SimulationRun& run) {
    QByteArray out = "section,subject,figure,start_s,width_s,value,low,high\n";
    if (!run.result)
        return out;
    const core::sim::SimulationResult& r = *run.result;
    for (const core::sim::RequestStats& q : r.requests) {
        const std::string subject = q.client + "/" + q.requestClass;
        row(out, "request", subject, "goodput", {}, {}, q.goodput);
        row(out, "request", subject, "throughput", {}, {}, q.throughput);
        row(out, "request", subject, "mean", {}, {}, q.mean);
        row(out, "request", subject, "p50", {}, {}, q.p50);
        row(out, "request", subject, "p95", {}, {}, q.p95);
        row(out, "request", subject, "p99", {}, {}, q.p99);
        row(out, "request", subject, "answered", {}, {}, q.answered);
    }
    for (const core::sim::ComponentStats& c : r.components) {
        if (!c.station)
            continue;
        row(out, "component", c.id, "utilisation", {}, {}, c.utilisation);
        row(out, "component", c.id, "mean_queue", {}, {}, c.meanQueue);
        row(out, "component", c.id, "mean_response", {}, {}, c.meanResponse);
    }
    const core::sim::SimulationSeries& s = r.series;
    for (const core::sim::RequestSeries& q : s.requests) {
        const std::string subject = q.client + "/" + q.requestClass;
        seriesRows(out, s, "request_series", subject, "arrival_rate", q.arrivalRate);
        seriesRows(out, s, "request_series", subject, "goodput", q.goodput);
        seriesRows(out, s, "request_series", subject, "error_rate", q.errorRate);
        seriesRows(out, s, "request_series", subject, "p99", q.p99);
    }
    for (const core::sim::ComponentSeries& c : s.components) {
        seriesRows(out, s, "component_series", c.id, "utilisation", c.utilisation);
        seriesRows(out, s, "component_series", c.id, "mean_queue", c.meanQueue);
    }
    return out;
}

QByteArray resultsJson(const SimulationRun& run) {
    if (!run.result)
        return "{}\n";
    const auto json = core::sim::simulationJson(run.design, *run.result,
                                                run.estimate ? &*run.estimate : nullptr, false, 0);
    return QByteArray::fromStdString(json.dump(2)) + '\n';
}

QString exportResults(const SimulationRun& run, const QString& path) {
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    return writeExportFile(path, json ? resultsJson(run) : resultsCsv(run));
}

QString exportChart(QChartView* chart, const QString& path) {
    if (!path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!chart->grab().save(&buffer, "PNG"))
            return cannotWriteExport(path, tr("the PNG could not be drawn"));
        return writeExportFile(path, bytes);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(chart->size());
    generator.setViewBox(QRect(QPoint(0, 0), chart->size()));
    generator.setTitle(chart->chart()->title());
    generator.setDescription(tr("Exported from System Design Studio"));
    QPainter painter;
    if (!painter.begin(&generator))
        return cannotWriteExport(path, tr("the SVG could not be started"));
    chart->render(&painter);
    painter.end();
    return writeExportFile(path, bytes);
}

} // namespace studio::widgets
