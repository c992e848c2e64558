#pragma once

#include "widgets/calculators/CalculatorForm.h"

#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QLabel;
class QScrollArea;
class QTabWidget;
class QVBoxLayout;

namespace studio::widgets {

class ApplyBox;
class CalculatorList;
class DesignEstimatePage;
class StudioDocument;

// The calculators panel, a dock's content. "Calculators": the registry's calculators to
// choose from (grouped, searchable), the chosen one as a form with its live result and
// formula, and for traffic, cache and shards a box that applies the result to the design (a
// client's arrival rate, a cache's memory, a store's shards: one undo step each). "From the
// design": the figures the design's estimation gives, kept up to date, with buttons that fill
// a calculator in from them. What was typed into a calculator is kept while the panel lives.
class CalculatorsPanel : public QWidget {
    Q_OBJECT

public:
    explicit CalculatorsPanel(StudioDocument* document, QWidget* parent = nullptr);
    ~CalculatorsPanel() override;

    // Shows calculator `name` on the calculators page; false for an unknown name.
    bool showCalculator(const QString& name);
    // Shows calculator `name` filled in from the design's estimation inputs.
    bool prefillFromDesign(const QString& name);

    CalculatorList* list() const { return m_list; }
    CalculatorForm* form() const { return m_form; }
    // The apply box of the calculator shown, or nullptr when its result has none.
    ApplyBox* applyBox() const { return m_apply; }
    DesignEstimatePage* designPage() const { return m_designPage; }
    QTabWidget* tabs() const { return m_tabs; }

    QSize sizeHint() const override;

public slots:
    // The canvas selection: a selected client, cache or store is where a result goes.
    void setSelection(const std::vector<std::string>& ids);

private:
    void buildForm(const QString& name);
    void updateApplyAmount();

    StudioDocument* m_document;
    QTabWidget* m_tabs;
    CalculatorList* m_list;
    QScrollArea* m_formScroll;
    QVBoxLayout* m_formLayout;
    CalculatorForm* m_form = nullptr;
    ApplyBox* m_apply = nullptr;
    DesignEstimatePage* m_designPage;
    std::vector<std::string> m_selection;
    std::map<std::string, CalculatorForm::Given> m_typed; // by calculator name
};

} // namespace studio::widgets
