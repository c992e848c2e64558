#include "widgets/simulation/RunSettingsStore.h"

#include "widgets/base/StudioDocument.h"

#include "sim/SimulationOptions.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

// A minute, or the command line's 200,000 requests when they come sooner (a busy design
// takes long enough with those); at least long enough to see the last failure and twice its
// length after it. From the clients' peak rates (a closed population at most one request
// per think time): no solve, so a huge design opens as fast as ever.
double defaultDuration(const core::Design& design) {
    double offered = 0;
    for (const core::Component& c : design.components) {
        if (!c.workload)
            continue;
        const core::Workload& w = *c.workload;
        offered += w.type == core::WorkloadType::Open
                       ? w.rate * w.peakFactor
                       : static_cast<double>(w.population) / std::max(1e-9, w.thinkTime);
    }
    double duration = 60;
    if (offered > 0 && std::isfinite(offered))
        duration = std::clamp(
            std::round(10 * static_cast<double>(core::sim::kDefaultRequests) / offered) / 10, 0.1,
            60.0); // tenths of a second: the run panel's precision
    for (const core::FailureEvent& f : design.failures)
        duration = std::max(duration, std::ceil(f.start + 3 * f.duration));
    return duration;
}

namespace {

// Settings are remembered per design: by its library entry, its file, or its name.
QString settingsKey(const StudioDocument& document) {
    QString key;
    if (document.libraryId())
        key = QStringLiteral("library-%1").arg(*document.libraryId());
    else if (!document.filePath().isEmpty())
        key = document.filePath();
    else
        key = QString::fromStdString(document.design().name);
    return QStringLiteral("simulation/") +
           QString::fromLatin1(key.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

RunSettings storedRunSettings(const StudioDocument& document) {
    QSettings settings;
    settings.beginGroup(settingsKey(document));
    RunSettings s;
    s.duration = defaultDuration(document.design());
    s.duration = settings.value(QStringLiteral("duration"), s.duration).toDouble();
    s.replications = settings.value(QStringLiteral("replications"), s.replications).toInt();
    s.seed = settings.value(QStringLiteral("seed"), 1).toULongLong();
    s.randomFailures = settings.value(QStringLiteral("randomFailures"), false).toBool();
    return s;
}

void storeRunSettings(const StudioDocument& document, const RunSettings& s) {
    QSettings stored;
    stored.beginGroup(settingsKey(document));
    stored.setValue(QStringLiteral("duration"), s.duration);
    stored.setValue(QStringLiteral("replications"), s.replications);
    stored.setValue(QStringLiteral("seed"), static_cast<qulonglong>(s.seed));
    stored.setValue(QStringLiteral("randomFailures"), s.randomFailures);
}

} // namespace studio::widgets
