#pragma once

#include "widgets/inspector/FieldBinder.h"

#include "model/RetryPolicy.h"

#include <QCoreApplication>

#include <functional>

class QFormLayout;

namespace studio::widgets {

// The caller-side retry and circuit-breaker fields, shared by a link and a client's workload.
class RetryFields {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::RetryFields)

public:
    template <class Item>
    static void addRetry(FieldBinder<Item>& binder, QFormLayout* layout,
                         std::function<core::RetryPolicy&(Item&)> retry) {
        binder.template integer<int>(
            layout, QStringLiteral("max_retries"), tr("Max retries"), {},
            tr("Extra attempts after the first; 0 = no retries."), 0, 100,
            [retry](Item& item) -> int& { return retry(item).maxRetries; });
        binder.number(layout, QStringLiteral("budget"), tr("Retry budget"), QStringLiteral("0..1"),
                      tr("Retries allowed as a fraction of first attempts."),
                      [retry](Item& item) -> double& { return retry(item).budget; });
        binder.number(layout, QStringLiteral("backoff"), tr("Backoff"), QStringLiteral("s"),
                      tr("Wait before the first retry, doubled on each next one."),
                      [retry](Item& item) -> double& { return retry(item).backoff; });
        binder.number(layout, QStringLiteral("max_backoff"), tr("Max backoff"), QStringLiteral("s"),
                      tr("Cap on the doubling; at least the backoff."),
                      [retry](Item& item) -> double& { return retry(item).maxBackoff; });
        binder.flag(layout, QStringLiteral("jitter"), tr("Jitter"),
                    tr("Full jitter: wait a random time between 0 and the backoff."),
                    [retry](Item& item) -> bool& { return retry(item).jitter; });
    }

    // Returns the rows that only matter while the breaker is enabled.
    template <class Item>
    static std::vector<FieldRow*> addBreaker(FieldBinder<Item>& binder, QFormLayout* layout,
                                             std::function<core::CircuitBreaker&(Item&)> breaker) {
        binder.flag(layout, QStringLiteral("enabled"), tr("Circuit breaker"),
                    tr("Whether the caller fails fast once this link keeps failing."),
                    [breaker](Item& item) -> bool& { return breaker(item).enabled; });
        return {
            binder.number(layout, QStringLiteral("failure_ratio"), tr("Failure ratio"),
                          QStringLiteral("0..1"),
                          tr("Opens when the failure ratio over the window reaches this."),
                          [breaker](Item& item) -> double& { return breaker(item).failureRatio; }),
            binder.template integer<int>(
                layout, QStringLiteral("window"), tr("Window"), tr("requests"),
                tr("Requests the failure ratio is measured over."), 1, 1e6,
                [breaker](Item& item) -> int& { return breaker(item).window; }),
            binder.number(layout, QStringLiteral("open_for"), tr("Open for"), QStringLiteral("s"),
                          tr("How long it fails fast before letting one probe through."),
                          [breaker](Item& item) -> double& { return breaker(item).openFor; }),
        };
    }
};

} // namespace studio::widgets
