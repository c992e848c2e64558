#pragma once

#include "widgets/inspector/EditCommitter.h"

#include <QIcon>
#include <QWidget>

#include <vector>

class QFormLayout;
class QVBoxLayout;

namespace studio::widgets {

class StudioDocument;

// What the inspector shows for one selection: the design, a component, a link, a zone, or
// several items. A form reads the model, never keeps a copy of it, and edits through its
// EditCommitter (validated, one undo step per edit).
class InspectorForm : public QWidget {
    Q_OBJECT

public:
    explicit InspectorForm(StudioDocument* document, QWidget* parent = nullptr);

    // Shows the model's current values. False when what the form shows is gone.
    virtual bool refresh() = 0;
    // Whether a change to the design's own properties (not its items) concerns this form.
    virtual bool showsDesignProperties() const { return false; }

protected:
    // A titled group of fields, added below the others.
    QFormLayout* addSection(const QString& title, const QString& objectName);
    // The form's heading: an icon, a title and a line under it.
    void setHeading(const QIcon& icon, const QString& title, const QString& subtitle);
    void finish(); // pushes the sections to the top

    bool event(QEvent* event) override;

    StudioDocument* m_document;
    EditCommitter m_committer;

private:
    // A section's fields beside their labels when they all fit the width, else each under
    // its label.
    void updateWrapping();

    QVBoxLayout* m_layout;
    std::vector<QFormLayout*> m_sections;
    QWidget* m_heading = nullptr;
};

} // namespace studio::widgets
