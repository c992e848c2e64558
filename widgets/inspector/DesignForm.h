#pragma once

#include "widgets/inspector/FieldBinder.h"
#include "widgets/inspector/InspectorForm.h"

#include "model/Design.h"

#include <functional>
#include <string_view>
#include <utility>
#include <vector>

class QFormLayout;

namespace studio::widgets {

class RowTable;
class TextPairList;

// The design's own properties, shown when nothing is selected: name and description, the
// back-of-envelope estimation inputs (from core::estimationFields()), the requirements
// (functional lines, non-functional targets, p99 per request class), notes and assumptions.
class DesignForm : public InspectorForm {
    Q_OBJECT

public:
    explicit DesignForm(StudioDocument* document, QWidget* parent = nullptr);

    bool refresh() override;
    bool showsDesignProperties() const override { return true; }

private:
    using Binder = FieldBinder<core::Design>;

    void addEstimation();
    // What an estimation field means, where its label alone does not say; empty otherwise.
    static QString estimationHelp(std::string_view key);
    void addRequirements();
    void addLatencyByClass(QFormLayout* layout);
    using Pairs = std::vector<std::pair<QString, QString>>;
    // A list of notes or assumptions; every change commits the whole list.
    void addPairs(QFormLayout* layout, TextPairList* list, const QString& what,
                  std::function<Pairs(const core::Design&)> get,
                  std::function<void(core::Design&, const Pairs&)> set);

    Binder* m_binder;
};

} // namespace studio::widgets
