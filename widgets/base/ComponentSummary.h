#pragma once

#include "catalog/KindSpec.h"
#include "model/Component.h"

#include <QCoreApplication>
#include <QString>

namespace studio::widgets {

// The texts a component shows on the canvas, in the current language.
class ComponentSummary {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::ComponentSummary)

public:
    // The kind's label ("Load balancer (L7)"), or the kind id when the catalog lacks it.
    static QString kindLabel(const core::Component& component, const core::KindSpec* kind);

    // One line of key figures: "3 instances × 64 workers", "4 shards × 3 replicas",
    // "hit 80%", "1,000 req/s"; empty for kinds without figures (text notes).
    static QString details(const core::Component& component, const core::KindSpec* kind);

    // How many machines a data store (or cache) spreads over: shards × replicas; 1 for
    // every other kind. The canvas draws a stack for more than one.
    static double storeNodes(const core::Component& component, const core::KindSpec* kind);

private:
    static QString count(double value, const QString& one, const QString& many);
    static QString sourceDetails(const core::Component& component);
    static QString dataStoreDetails(const core::Component& component);
};

} // namespace studio::widgets
