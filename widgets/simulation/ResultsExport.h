#pragma once

// A run's results out of the studio: the whole run as `sdstudio simulate --json` writes it,
// every figure as CSV rows (summary and time series), and a chart as PNG or SVG. Each returns
// an error text naming the file and why (widgets/export/ExportFile.h), empty on success.
#include "widgets/simulation/SimulationRun.h"

#include <QByteArray>
#include <QString>

class QChartView;

namespace studio::widgets {

// section,subject,figure,start_s,width_s,value,low,high: the summary's figures (start and
// width empty) and, per bucket, the series'. Seconds, req/s and fractions, '.' decimals.
QByteArray resultsCsv(const SimulationRun& run);
QByteArray resultsJson(const SimulationRun& run);

QString exportResults(const SimulationRun& run, const QString& path); // .csv or .json
QString exportChart(QChartView* chart, const QString& path);          // .png or .svg

} // namespace studio::widgets
