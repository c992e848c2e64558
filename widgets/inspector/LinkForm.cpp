#include "widgets/inspector/LinkForm.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/inspector/FieldRow.h"
#include "widgets/inspector/FieldTexts.h"
#include "widgets/inspector/RetryFields.h"

#include "model/DisplayName.h"

#include <QFormLayout>
#include <QStringList>

namespace studio::widgets {

using core::Link;

namespace {

QStringList splitClasses(const QString& text) {
    QStringList names;
    for (const QString& part : text.split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            names.append(part.trimmed());
    return names;
}

} // namespace

LinkForm::LinkForm(StudioDocument* document, std::string id, QWidget* parent)
    : InspectorForm(document, parent)
    , m_id(std::move(id)) {
    setObjectName(QStringLiteral("linkForm"));
    m_binder = new Binder(
        this,
        [this]() -> std::vector<const Link*> {
            const Link* shown = link();
            return shown ? std::vector<const Link*>{shown} : std::vector<const Link*>{};
        },
        [this](const Binder::Mutation& mutate, FieldRow* row, const QString& what) {
            return m_committer.editLink(m_id, mutate, row, what);
        });
    Binder& b = *m_binder;

    m_main = addSection(tr("Link"), QStringLiteral("link"));
    b.readOnly(m_main, QStringLiteral("from"), tr("From"), tr("The caller."),
               [this](const Link& l) { return componentName(l.from); });
    b.readOnly(m_main, QStringLiteral("to"), tr("To"), tr("The component called."),
               [this](const Link& l) { return componentName(l.to); });
    b.choice<core::LinkMode>(
        m_main, QStringLiteral("mode"), tr("Mode"),
        tr("Choose: one of the caller's choose-links is taken per request. Call: the caller "
           "waits for the answer. Handoff: the caller does not wait."),
        [](Link& l) -> core::LinkMode& { return l.mode; },
        {{core::LinkMode::Choose, tr("choose one")},
         {core::LinkMode::Call, tr("call (wait)")},
         {core::LinkMode::Handoff, tr("handoff (async)")}},
        [](Link& l, core::LinkMode mode) {
            l.mode = mode;
            // A condition only means something on a call.
            if (mode != core::LinkMode::Call)
                l.when = core::CallCondition::Always;
        });
    b.text(m_main, QStringLiteral("label"), tr("Label"), tr("Shown on the canvas."),
           [](Link& l) -> std::string& { return l.label; });
    b.line(m_main, QStringLiteral("classes"), tr("Classes"),
           tr("The request classes that take this link, separated by commas; empty = "
              "every class."),
           Binder::Field<QString>{[](const Link& l) {
                                      QStringList names;
                                      for (const auto& name : l.classes)
                                          names.append(QString::fromStdString(name));
                                      return names.join(QStringLiteral(", "));
                                  },
                                  [](Link& l, const QString& text) {
                                      l.classes.clear();
                                      for (const QString& name : splitClasses(text))
                                          l.classes.push_back(name.toStdString());
                                  }});
    m_weight = b.number(m_main, QStringLiteral("weight"), tr("Weight"), {},
                        FieldTexts::withRange(tr("Relative share among the caller's eligible "
                                                 "choose-links; 0 keeps the link unused."),
                                              0, 1e6),
                        [](Link& l) -> double& { return l.weight; });
    m_step = b.integer<int>(m_main, QStringLiteral("step"), tr("Step"), {},
                            tr("Calls of one step run in parallel; steps run in order."), 1, 1000,
                            [](Link& l) -> int& { return l.step; });
    m_when = b.choice<core::CallCondition>(
        m_main, QStringLiteral("when"), tr("When"),
        tr("Miss or hit: only when the previous step's cache or CDN missed (or hit)."),
        [](Link& l) -> core::CallCondition& { return l.when; },
        {{core::CallCondition::Always, tr("always")},
         {core::CallCondition::Miss, tr("on a miss")},
         {core::CallCondition::Hit, tr("on a hit")}});
    m_multiplicity = b.number(
        m_main, QStringLiteral("multiplicity"), tr("Multiplicity"), tr("msg/req"),
        FieldTexts::withRange(tr("Messages sent per request, on average (a fan-out)."), 0, 1e6),
        [](Link& l) -> double& { return l.multiplicity; });

    QFormLayout* network = addSection(tr("Network"), QStringLiteral("network"));
    b.number(network, QStringLiteral("latency"), tr("Latency"), QStringLiteral("s"),
             FieldTexts::withRange(tr("One way; a call pays it there and back (same data centre: "
                                      "0.00025)."),
                                   0, 60),
             [](Link& l) -> double& { return l.latency; });
    b.number(network, QStringLiteral("timeout"), tr("Timeout"), QStringLiteral("s"),
             FieldTexts::withRange(tr("The caller's, per attempt; 0 = wait for ever."), 0, 3600),
             [](Link& l) -> double& { return l.timeout; });
    b.integer<int>(network, QStringLiteral("max_concurrent"), tr("Max concurrent"), {},
                   tr("The caller's bulkhead: its calls in progress on this link per instance; "
                      "more fail at once. 0 = no limit."),
                   0, 1'000'000, [](Link& l) -> int& { return l.maxConcurrent; });

    RetryFields::addRetry<Link>(b, addSection(tr("Retries"), QStringLiteral("retry")),
                                [](Link& l) -> core::RetryPolicy& { return l.retry; });
    m_breakerForm = addSection(tr("Circuit breaker"), QStringLiteral("breaker"));
    m_breakerRows = RetryFields::addBreaker<Link>(
        b, m_breakerForm, [](Link& l) -> core::CircuitBreaker& { return l.breaker; });
    finish();
    refresh();
}

const Link* LinkForm::link() const {
    return m_document->design().findLink(m_id);
}

QString LinkForm::componentName(const std::string& id) const {
    return QString::fromStdString(core::nameAndId(m_document->design(), id));
}

bool LinkForm::refresh() {
    const Link* shown = link();
    if (!shown)
        return false;
    setHeading({}, tr("%1 → %2").arg(componentName(shown->from), componentName(shown->to)),
               tr("Link %1").arg(QString::fromStdString(shown->id)));
    m_main->setRowVisible(m_weight, shown->mode == core::LinkMode::Choose);
    m_main->setRowVisible(m_step, shown->mode == core::LinkMode::Call);
    m_main->setRowVisible(m_when, shown->mode == core::LinkMode::Call);
    m_main->setRowVisible(m_multiplicity, shown->mode == core::LinkMode::Handoff);
    for (FieldRow* row : m_breakerRows)
        row->editor()->setEnabled(shown->breaker.enabled);
    m_binder->refresh();
    return true;
}

} // namespace studio::widgets
