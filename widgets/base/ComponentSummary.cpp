#include "widgets/base/ComponentSummary.h"

#include "widgets/base/Translation.h"

#include <QLocale>

#include <cmath>

namespace studio::widgets {

namespace {

// Whole numbers and anything from 1,000 up in full with grouping ("1,388,889"), never in
// scientific notation; smaller fractions with four significant digits ("3.858").
QString number(double value) {
    QLocale locale;
    if (std::abs(value) < 1e15 && (value == std::floor(value) || std::abs(value) >= 1000))
        return locale.toString(static_cast<qlonglong>(std::llround(value)));
    return locale.toString(value, 'g', 4);
}

QString joined(const QString& a, const QString& b) {
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral(" · ") + b;
}

} // namespace

QString ComponentSummary::kindLabel(const core::Component& component, const core::KindSpec* kind) {
    return kind ? catalogText(kind->label) : QString::fromStdString(component.kind);
}

QString ComponentSummary::count(double value, const QString& one, const QString& many) {
    return (value == 1 ? one : many).arg(number(value));
}

QString ComponentSummary::details(const core::Component& component, const core::KindSpec* kind) {
    if (!kind)
        return {};
    if (kind->source)
        return sourceDetails(component);
    if (!kind->station)
        return {};

    QString hit;
    if (kind->hitsOrMisses)
        hit = tr("hit %1%").arg(number(std::round(component.number("hit_ratio") * 100)));
    if (kind->dataStore) {
        if (!kind->hitsOrMisses)
            return dataStoreDetails(component);
        return joined(hit,
                      storeNodes(component, kind) > 1 ? dataStoreDetails(component) : QString());
    }
    if (kind->hitsOrMisses)
        return hit;

    const double instances = component.number("instances", 1);
    const double workers = component.number("workers", 1);
    if (kind->property("partitions")) {
        return tr("%1 × %2").arg(
            count(component.number("partitions", 1), tr("%1 partition"), tr("%1 partitions")),
            count(component.number("replicas", 1), tr("%1 replica"), tr("%1 replicas")));
    }
    return tr("%1 × %2").arg(count(instances, tr("%1 instance"), tr("%1 instances")),
                             count(workers, tr("%1 worker"), tr("%1 workers")));
}

double ComponentSummary::storeNodes(const core::Component& component, const core::KindSpec* kind) {
    if (!kind || !kind->dataStore)
        return 1;
    return component.number("shards", 1) * component.number("replicas", 1);
}

QString ComponentSummary::dataStoreDetails(const core::Component& component) {
    return tr("%1 × %2").arg(
        count(component.number("shards", 1), tr("%1 shard"), tr("%1 shards")),
        count(component.number("replicas", 1), tr("%1 replica"), tr("%1 replicas")));
}

QString ComponentSummary::sourceDetails(const core::Component& component) {
    if (!component.workload)
        return {};
    const core::Workload& workload = *component.workload;
    if (workload.type == core::WorkloadType::Closed) {
        return tr("%1, think %2 s")
            .arg(count(static_cast<double>(workload.population), tr("%1 user"), tr("%1 users")),
                 number(workload.thinkTime));
    }
    const QString rate = tr("%1 req/s").arg(number(workload.rate));
    if (workload.peakFactor > 1)
        return tr("%1, peak × %2").arg(rate, number(workload.peakFactor));
    return rate;
}

} // namespace studio::widgets
