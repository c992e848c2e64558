#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QScrollArea;

namespace studio::core {
struct DesignChanges;
}

namespace studio::widgets {

class InspectorForm;
class StudioDocument;

// The property inspector, a dock's content: the fields of what is selected, generated from the
// catalog and the model, edited through validated undo commands on the document's stack.
// Nothing selected shows the design's own properties; one component, link or zone shows its
// fields; several components of one kind show what they share (an edit applies to all as one
// undo step); any other selection shows a summary. It follows the document: an undo or an
// edit elsewhere shows up in the fields, and a shown item that is removed falls back to the
// rest of the selection (or the design).
class InspectorWidget : public QWidget {
    Q_OBJECT

public:
    explicit InspectorWidget(StudioDocument* document, QWidget* parent = nullptr);
    ~InspectorWidget() override;

    // Ids of components, links and zones (in any mix); ids the design lacks are ignored.
    void setSelection(const std::vector<std::string>& ids);
    const std::vector<std::string>& selection() const { return m_selection; }

    // The form shown now (never null).
    InspectorForm* form() const { return m_form; }

    QSize sizeHint() const override;

private:
    void rebuild();
    void refresh(bool designProperties);
    // One edit: the removed leave the selection; the form shows the rest's new values.
    void follow(const core::DesignChanges& changes);
    InspectorForm* createForm();

    StudioDocument* m_document;
    QScrollArea* m_scroll;
    InspectorForm* m_form = nullptr;
    std::vector<std::string> m_selection;
    bool m_rebuilding = false;
};

} // namespace studio::widgets
