#include "RequirementText.h"

#include "Console.h"
#include "util/ReadableNumber.h"

namespace studio::app {

namespace {

using namespace core::solver;

QString readable(const core::ReadableNumber& shown) {
    return QString::fromStdString(shown.text());
}

QString seconds(const Figure& f) {
    return readable(core::readableSeconds(f.value, f.approximate));
}

QString rate(const Figure& f) {
    return readable(core::readableRate(f.value, f.approximate));
}

QString availability(const Figure& f) {
    return readable(core::readableAvailability(f.value, f.approximate));
}

} // namespace

QString requirementName(const RequirementResult& r) {
    switch (r.kind) {
    case RequirementKind::P99Latency:
        return QStringLiteral("p99 latency <= %1").arg(seconds({r.target, false}));
    case RequirementKind::P99LatencyForClass:
        return QStringLiteral("p99 latency of %1 <= %2")
            .arg(printable(r.requestClass), seconds({r.target, false}));
    case RequirementKind::Availability:
        return QStringLiteral("availability >= %1").arg(availability({r.target, false}));
    case RequirementKind::Throughput:
        break;
    }
    return QStringLiteral("throughput >= %1 req/s").arg(rate({r.target, false}));
}

QString requirementActual(const RequirementResult& r) {
    switch (r.kind) {
    case RequirementKind::P99Latency:
    case RequirementKind::P99LatencyForClass:
        return seconds(r.actual) + QStringLiteral(" (") + printable(r.worst) + u')';
    case RequirementKind::Availability:
        return availability(r.actual);
    case RequirementKind::Throughput:
        break;
    }
    return rate(r.actual) + QStringLiteral(" req/s sustainable");
}

} // namespace studio::app
