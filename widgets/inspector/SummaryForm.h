#pragma once

#include "widgets/inspector/InspectorForm.h"

#include <string>
#include <vector>

class QLabel;

namespace studio::widgets {

// Several items that share no fields (components of different kinds, links with zones...):
// how many of each are selected.
class SummaryForm : public InspectorForm {
    Q_OBJECT

public:
    SummaryForm(StudioDocument* document, std::vector<std::string> ids, QWidget* parent = nullptr);

    bool refresh() override;

private:
    std::vector<std::string> m_ids;
    QLabel* m_details;
};

} // namespace studio::widgets
