#include "widgets/commands/ApplyCommands.h"

#include "document/ApplyEdits.h"
#include "estimate/QuantityFormat.h"
#include "model/DisplayName.h"

#include <QCoreApplication>

namespace studio::widgets {

namespace edits = core::edits;
namespace estimate = core::estimate;

namespace {

QString nameOf(const core::Design& design, const std::string& id) {
    return QString::fromStdString(core::displayName(design, id));
}

QString quantity(double value, estimate::Dimension dimension, const char* noun = "") {
    return QString::fromStdString(estimate::formatQuantity(value, dimension, noun));
}

} // namespace

ApplyArrivalRateCommand::ApplyArrivalRateCommand(core::DesignDocument& document,
                                                 const std::string& clientId, double rate,
                                                 double peakFactor)
    : DesignCommand(
          document, edits::setArrivalRate(document.design(), clientId, rate, peakFactor),
          QCoreApplication::translate("Commands", "Set arrival rate of %1 to %2, peak x%3")
              .arg(nameOf(document.design(), clientId),
                   quantity(rate, estimate::Dimension::Rate, "req/s"),
                   QString::fromStdString(estimate::roundedNumber(peakFactor, 3)))) {}

ApplyCacheSizeCommand::ApplyCacheSizeCommand(core::DesignDocument& document,
                                             const std::string& cacheId, double bytes)
    : DesignCommand(document, edits::setCacheSize(document.design(), cacheId, bytes), [&] {
        const core::Component* cache = document.design().findComponent(cacheId);
        const double shards = cache ? edits::shardsOf(*cache) : 1;
        const QString name = nameOf(document.design(), cacheId);
        const QString total = quantity(bytes, estimate::Dimension::Bytes);
        if (shards <= 1)
            return QCoreApplication::translate("Commands", "Set memory of %1 to %2")
                .arg(name, total);
        return QCoreApplication::translate("Commands", "Set memory of %1 to %2 a shard (%3 "
                                                       "over %4 shards)")
            .arg(name, quantity(edits::bytesPerShard(*cache, bytes), estimate::Dimension::Bytes),
                 total, QString::number(shards, 'g', 15));
    }()) {}

ApplyShardCountCommand::ApplyShardCountCommand(core::DesignDocument& document,
                                               const std::string& storeId, double shards)
    : DesignCommand(document, edits::setShardCount(document.design(), storeId, shards),
                    QCoreApplication::translate("Commands", "Set shards of %1 to %2")
                        .arg(nameOf(document.design(), storeId))
                        .arg(static_cast<qlonglong>(edits::wholeShards(shards)))) {}

} // namespace studio::widgets
