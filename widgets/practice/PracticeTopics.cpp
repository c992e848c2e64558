#include "widgets/practice/PracticeTopics.h"

#include <QCoreApplication>

#include <utility>

namespace studio::widgets {

QString topicTitle(const std::string& topic) {
    static const std::pair<const char*, const char*> titles[] = {
        {"scale", QT_TRANSLATE_NOOP("Practice", "Scale")},
        {"latency", QT_TRANSLATE_NOOP("Practice", "Latency")},
        {"availability", QT_TRANSLATE_NOOP("Practice", "Availability")},
        {"consistency", QT_TRANSLATE_NOOP("Practice", "Consistency")},
        {"durability", QT_TRANSLATE_NOOP("Practice", "Durability")},
        {"security", QT_TRANSLATE_NOOP("Practice", "Security")},
        {"cost", QT_TRANSLATE_NOOP("Practice", "Cost")},
        {"geography", QT_TRANSLATE_NOOP("Practice", "Geography")},
        {"bottlenecks", QT_TRANSLATE_NOOP("Practice", "Bottlenecks")},
        {"sharding", QT_TRANSLATE_NOOP("Practice", "Sharding and the shard key")},
        {"caching", QT_TRANSLATE_NOOP("Practice", "Caching and its invalidation")},
        {"failures", QT_TRANSLATE_NOOP("Practice", "Failure handling")},
        {"hot_keys", QT_TRANSLATE_NOOP("Practice", "Hot keys")},
        {"api", QT_TRANSLATE_NOOP("Practice", "API")},
        {"data_model", QT_TRANSLATE_NOOP("Practice", "Data model")},
        {"trade_offs", QT_TRANSLATE_NOOP("Practice", "Trade-offs")},
        {"ten_times", QT_TRANSLATE_NOOP("Practice", "At 10x scale")},
        {"monitoring", QT_TRANSLATE_NOOP("Practice", "Monitoring")},
    };
    for (const auto& [key, title] : titles)
        if (topic == key)
            return QCoreApplication::translate("Practice", title);
    return QString::fromStdString(topic);
}

} // namespace studio::widgets
