#pragma once

#include "model/Design.h"
#include "util/Problem.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace studio::widgets {

class FieldRow;
class StudioDocument;

// Turns an inspector edit into at most one undo step. Applies the edit to a copy of the
// model's item, validates the design with it (core::validateDesign), and either pushes one
// command named after the field (`what`: "Set Shards of Orders DB") or marks `row` with the
// problems the edit would bring to this item; a refused value never reaches the model.
// Problems the item already had do not block editing its other fields. Every function
// returns false when the edit was refused or its item is gone.
class EditCommitter {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::EditCommitter)

public:
    explicit EditCommitter(StudioDocument* document);

    // Several components: one undo step for all of them.
    bool editComponents(const std::vector<std::string>& ids,
                        const std::function<void(core::Component&)>& mutate, FieldRow* row,
                        const QString& what);
    bool editLink(const std::string& id, const std::function<void(core::Link&)>& mutate,
                  FieldRow* row, const QString& what);
    bool editZone(const std::string& id, const std::function<void(core::Zone&)>& mutate,
                  FieldRow* row, const QString& what);
    // The design's own properties (name, description, estimation, requirements, notes).
    bool editDesign(const std::function<void(core::Design&)>& mutate, FieldRow* row,
                    const QString& what);

    // The problems about `items` (core::ProblemSubject::component(id), ...; any field in
    // them) that `after` has and `before` has not.
    core::Problems newProblems(const core::Design& before, const core::Design& after,
                               const std::vector<core::ProblemSubject>& items) const;
    // The problems in the current language, one a line, each after the part of its place
    // inside the item that a person needs ("classes[1]: mix must be > 0, got 0").
    static QString describe(const core::Problems& problems);

private:
    // Marks `row` with the new problems, or clears it. True when there are none.
    bool accept(const core::Design& after, const std::vector<core::ProblemSubject>& items,
                FieldRow* row);

    StudioDocument* m_document;
};

} // namespace studio::widgets
