#include "widgets/inspector/WorkloadEditor.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/inspector/FieldRow.h"
#include "widgets/inspector/FieldTexts.h"
#include "widgets/inspector/RequestClassTable.h"
#include "widgets/inspector/RetryFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace studio::widgets {

namespace {

using core::Component;

core::Workload& workloadOf(Component& c) {
    return *c.workload;
}

} // namespace

WorkloadEditor::WorkloadEditor(StudioDocument* document, std::string componentId,
                               Binder::Commit commit, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_id(std::move(componentId))
    , m_commit(std::move(commit))
    , m_none(new QWidget(this))
    , m_fields(new QWidget(this))
    , m_form(new QFormLayout(m_fields)) {
    m_binder = new Binder(
        this,
        [this]() -> std::vector<const Component*> {
            const Component* c = component();
            return c && c->workload ? std::vector<const Component*>{c}
                                    : std::vector<const Component*>{};
        },
        m_commit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_none);
    layout->addWidget(m_fields);

    auto* noneLayout = new QVBoxLayout(m_none);
    noneLayout->setContentsMargins(0, 0, 0, 0);
    auto* noneLabel = new QLabel(tr("This client sends no traffic."), m_none);
    noneLabel->setWordWrap(true);
    auto* add = new QPushButton(tr("Add a workload"), m_none);
    add->setObjectName(QStringLiteral("addWorkload"));
    noneLayout->addWidget(noneLabel);
    noneLayout->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, [this] { setWorkload(true); });

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    Binder& b = *m_binder;
    b.choice<core::WorkloadType>(
        m_form, QStringLiteral("type"), tr("Type"),
        tr("Open: requests arrive at a rate, whatever the answers. Closed: a fixed number of "
           "users, each waiting for an answer and thinking before the next request."),
        [](Component& c) -> core::WorkloadType& { return c.workload->type; },
        {{core::WorkloadType::Open, tr("open (arrival rate)")},
         {core::WorkloadType::Closed, tr("closed (users)")}},
        [](Component& c, core::WorkloadType type) {
            c.workload->type = type;
            if (type == core::WorkloadType::Closed && c.workload->population < 1)
                c.workload->population = core::closedPopulationFor(*c.workload);
        });
    m_rate = b.number(m_form, QStringLiteral("rate"), tr("Rate"), FieldTexts::unit("req/s"),
                      FieldTexts::withRange(tr("Average arrivals per second."), 0, 1e9),
                      [](Component& c) -> double& { return c.workload->rate; });
    m_peakFactor =
        b.number(m_form, QStringLiteral("peak_factor"), tr("Peak factor"), QStringLiteral("x"),
                 FieldTexts::withRange(tr("Peak rate = rate x peak factor; the solver and the "
                                          "simulator run at the peak."),
                                       1, 1000),
                 [](Component& c) -> double& { return c.workload->peakFactor; });
    m_population = b.integer<std::int64_t>(
        m_form, QStringLiteral("population"), tr("Population"), tr("users"),
        tr("Users, each with one request out at a time."), 1, 1e9,
        [](Component& c) -> std::int64_t& { return c.workload->population; });
    m_thinkTime =
        b.number(m_form, QStringLiteral("think_time"), tr("Think time"), QStringLiteral("s"),
                 FieldTexts::withRange(
                     tr("Seconds between a response and the user's next request."), 0, 86400),
                 [](Component& c) -> double& { return c.workload->thinkTime; });
    b.number(m_form, QStringLiteral("timeout"), tr("Timeout"), QStringLiteral("s"),
             FieldTexts::withRange(tr("Per attempt; 0 = wait for ever."), 0, 3600),
             [](Component& c) -> double& { return c.workload->timeout; });

    RequestClassTable::add(b, m_form);

    auto* retries = new QLabel(tr("Retries"));
    QFont bold = retries->font();
    bold.setBold(true);
    retries->setFont(bold);
    m_form->addRow(retries);
    RetryFields::addRetry<Component>(
        b, m_form, [](Component& c) -> core::RetryPolicy& { return workloadOf(c).retry; });

    auto* remove = new QPushButton(tr("Remove the workload"));
    remove->setObjectName(QStringLiteral("removeWorkload"));
    m_form->addRow(remove);
    connect(remove, &QPushButton::clicked, this, [this] { setWorkload(false); });

    refresh();
}

const Component* WorkloadEditor::component() const {
    return m_document->design().findComponent(m_id);
}

void WorkloadEditor::refresh() {
    const Component* c = component();
    const bool present = c && c->workload;
    m_none->setVisible(!present);
    m_fields->setVisible(present);
    if (!present)
        return;
    const bool open = c->workload->type == core::WorkloadType::Open;
    m_form->setRowVisible(m_rate, open);
    m_form->setRowVisible(m_peakFactor, open);
    m_form->setRowVisible(m_population, !open);
    m_form->setRowVisible(m_thinkTime, !open);
    m_binder->refresh();
}

void WorkloadEditor::setWorkload(bool present) {
    m_commit(
        [present](Component& c) {
            if (!present) {
                c.workload.reset();
                return;
            }
            core::Workload workload;
            workload.classes.push_back(
                core::RequestClass{"read", 1.0, core::Operation::Read, 200, 1000});
            c.workload = workload;
        },
        nullptr, tr("Workload"));
}

} // namespace studio::widgets
