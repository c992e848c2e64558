#include "widgets/calculators/DesignEstimatePage.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/calculators/ApplyBox.h"
#include "widgets/calculators/CalculationView.h"

#include "estimate/DesignEstimate.h"
#include "estimate/DesignPrefill.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace studio::widgets {

namespace {

constexpr int kButtonColumns = 3;

double orZero(double value) {
    return std::isnan(value) ? 0 : value;
}

} // namespace

DesignEstimatePage::DesignEstimatePage(StudioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_empty(new QLabel(this))
    , m_view(new CalculationView(this))
    , m_arrival(new ApplyBox(document, ApplyTarget::ArrivalRate, this))
    , m_cache(new ApplyBox(document, ApplyTarget::CacheSize, this)) {
    setObjectName(QStringLiteral("designEstimate"));
    auto* column = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("What the design's estimation inputs give. Edit them in the "
                                "Properties panel with nothing selected."),
                             this);
    intro->setWordWrap(true);
    column->addWidget(intro);
    m_empty->setObjectName(QStringLiteral("designEstimateEmpty"));
    m_empty->setText(tr("No figures yet: give the design its daily active users and the actions "
                        "a user makes a day."));
    m_empty->setWordWrap(true);
    column->addWidget(m_empty);
    m_view->setObjectName(QStringLiteral("designCalculation"));
    column->addWidget(m_view);

    auto* prefill = new QGroupBox(tr("Fill in a calculator"), this);
    prefill->setObjectName(QStringLiteral("prefill"));
    auto* grid = new QGridLayout(prefill);
    int index = 0;
    for (const std::string& name : core::estimate::prefillCalculators()) {
        const QString text = QString::fromStdString(name);
        auto* button = new QPushButton(text, prefill);
        button->setObjectName(QStringLiteral("prefill:") + text);
        button->setToolTip(tr("Open the %1 calculator with the design's inputs").arg(text));
        grid->addWidget(button, index / kButtonColumns, index % kButtonColumns);
        connect(button, &QPushButton::clicked, this, [this, text] { emit prefillRequested(text); });
        m_prefill[name] = button;
        ++index;
    }
    column->addWidget(prefill);
    m_arrival->setObjectName(QStringLiteral("applyArrival"));
    m_cache->setObjectName(QStringLiteral("applyCache"));
    column->addWidget(m_arrival);
    column->addWidget(m_cache);
    column->addStretch(1);

    connect(document, &StudioDocument::designPropertiesChanged, this, &DesignEstimatePage::refresh);
    connect(document, &StudioDocument::designReset, this, &DesignEstimatePage::refresh);
    refresh();
}

void DesignEstimatePage::setSelection(const std::vector<std::string>& ids) {
    m_arrival->setSelection(ids);
    m_cache->setSelection(ids);
}

QPushButton* DesignEstimatePage::prefillButton(const std::string& name) const {
    const auto found = m_prefill.find(name);
    return found == m_prefill.end() ? nullptr : found->second;
}

void DesignEstimatePage::refresh() {
    const core::Estimation& estimation = m_document->design().estimation;
    const core::estimate::Calculation calculation = core::estimate::designEstimate(estimation);
    if (calculation.outputs.empty())
        m_view->clear();
    else
        m_view->setCalculation(calculation);
    m_empty->setVisible(calculation.outputs.empty());
    for (const auto& [name, button] : m_prefill)
        button->setEnabled(!core::estimate::designInputs(name, estimation).empty());

    const double average =
        orZero(calculation.value("read_rps")) + orZero(calculation.value("write_rps"));
    m_arrival->setAmount(average > 0 ? std::optional(ApplyAmount{average, estimation.peakFactor})
                                     : std::nullopt);
    const double hot = calculation.value("cache_bytes");
    m_cache->setAmount(hot > 0 ? std::optional(ApplyAmount{hot}) : std::nullopt);
}

} // namespace studio::widgets
