#pragma once

#include "widgets/calculators/ApplyTargets.h"

#include <QGroupBox>

#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace studio::widgets {

class StudioDocument;

// "Apply to the design": the components a result fits (the selected ones first), and a button
// that sets the chosen one's field as one undoable command on the document's stack. Enabled
// only with a result and a fitting component; a value the design's validation refuses is not
// applied and the reason is shown.
class ApplyBox : public QGroupBox {
    Q_OBJECT

public:
    ApplyBox(StudioDocument* document, ApplyTarget target, QWidget* parent = nullptr);

    ApplyTarget target() const { return m_target.target; }
    // The figure to apply; nothing while there is no result.
    void setAmount(const std::optional<ApplyAmount>& amount);
    // The canvas selection: a selected component that fits becomes the choice.
    void setSelection(const std::vector<std::string>& ids);

    // The id of the component the result would go to; empty when none fits.
    std::string chosen() const;
    // Chooses the component `id` if it fits; false otherwise.
    bool choose(const std::string& id);
    bool canApply() const;
    // Applies the amount to the chosen component. False when there is nothing to apply or
    // the design's validation refuses it (the reason is shown).
    bool apply();

    QComboBox* targets() const { return m_targets; }
    QPushButton* button() const { return m_button; }
    QString problemText() const;

private:
    bool fits(const std::string& id) const;
    void refreshTargets();
    void updateState();

    StudioDocument* m_document;
    const ApplyTargetSpec& m_target;
    std::optional<ApplyAmount> m_amount;
    std::vector<std::string> m_selection;
    QLabel* m_what;
    QComboBox* m_targets;
    QPushButton* m_button;
    QLabel* m_problem;
};

} // namespace studio::widgets
