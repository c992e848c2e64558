#include "widgets/calculators/CalculatorsPanel.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/calculators/ApplyBox.h"
#include "widgets/calculators/CalculatorList.h"
#include "widgets/calculators/DesignEstimatePage.h"

#include "estimate/CalculatorRegistry.h"
#include "estimate/DesignPrefill.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <optional>

namespace studio::widgets {

namespace estimate = core::estimate;

namespace {

QScrollArea* scrolling(QWidget* content, QWidget* parent) {
    auto* scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

CalculatorsPanel::CalculatorsPanel(StudioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_list(new CalculatorList(this))
    , m_designPage(new DesignEstimatePage(document, this)) {
    setObjectName(QStringLiteral("calculators"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs, 1);

    auto* formArea = new QWidget;
    formArea->setObjectName(QStringLiteral("calculatorArea"));
    m_formLayout = new QVBoxLayout(formArea);
    m_formLayout->addStretch(1);
    m_formScroll = scrolling(formArea, this);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("calculatorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_formScroll);
    // The list gets a third of the height at first; the form grows with the dock.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 440});
    m_tabs->addTab(splitter, tr("Calculators"));
    m_tabs->addTab(scrolling(m_designPage, this), tr("From the design"));

    auto* units = new QLabel(tr("SI units: 1 KB = 1,000 B (KiB, MiB, GiB are binary); a day is "
                                "86,400 s."),
                             this);
    units->setObjectName(QStringLiteral("unitsNote"));
    units->setWordWrap(true);
    QPalette muted = units->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    units->setPalette(muted);
    layout->addWidget(units);

    connect(m_list, &CalculatorList::currentChanged, this, &CalculatorsPanel::buildForm);
    connect(m_designPage, &DesignEstimatePage::prefillRequested, this,
            &CalculatorsPanel::prefillFromDesign);
    m_list->setCurrent(QString::fromUtf8(estimate::calculators().front().name));
}

CalculatorsPanel::~CalculatorsPanel() = default;

QSize CalculatorsPanel::sizeHint() const {
    return {340, 640};
}

bool CalculatorsPanel::showCalculator(const QString& name) {
    if (!m_list->setCurrent(name))
        return false;
    m_tabs->setCurrentIndex(0);
    return true;
}

bool CalculatorsPanel::prefillFromDesign(const QString& name) {
    if (!showCalculator(name))
        return false;
    m_form->setValues(estimate::designInputs(name.toStdString(), m_document->design().estimation));
    return true;
}

void CalculatorsPanel::setSelection(const std::vector<std::string>& ids) {
    m_selection = ids;
    if (m_apply)
        m_apply->setSelection(ids);
    m_designPage->setSelection(ids);
}

void CalculatorsPanel::buildForm(const QString& name) {
    const estimate::CalculatorSpec* calculator = estimate::findCalculator(name.toStdString());
    if (!calculator || (m_form && m_form->calculator().name == calculator->name))
        return;
    if (m_form) {
        m_typed[m_form->calculator().name] = m_form->values();
        delete m_form;
        m_form = nullptr;
    }
    delete m_apply;
    m_apply = nullptr;

    m_form = new CalculatorForm(*calculator);
    m_formLayout->insertWidget(0, m_form);
    if (const auto target = applyTargetOf(calculator->name)) {
        m_apply = new ApplyBox(m_document, *target);
        m_formLayout->insertWidget(1, m_apply);
        m_apply->setSelection(m_selection);
    }
    connect(m_form, &CalculatorForm::calculationChanged, this,
            &CalculatorsPanel::updateApplyAmount);
    const auto typed = m_typed.find(calculator->name);
    if (typed != m_typed.end())
        m_form->setValues(typed->second);
    updateApplyAmount();
    m_formScroll->ensureVisible(0, 0);
}

void CalculatorsPanel::updateApplyAmount() {
    if (!m_apply || !m_form)
        return;
    const auto& calculation = m_form->calculation();
    m_apply->setAmount(calculation ? applyAmountOf(m_apply->target(), *calculation) : std::nullopt);
}

} // namespace studio::widgets
