#pragma once

#include <QDialog>

#include <string>

class QListWidget;
class QPushButton;

namespace studio::widgets {

// The ten reference designs (core::builtinTemplates) as cards: a thumbnail drawn from each
// template's diagram, its title and one line. "Use Template" (or a double-click) accepts
// with chosenId() set; the window then makes a new library design from it.
class TemplateGallery : public QDialog {
    Q_OBJECT

public:
    explicit TemplateGallery(QWidget* parent = nullptr);

    // The chosen template's id; empty until one is chosen.
    const std::string& chosenId() const { return m_chosen; }
    QListWidget* list() const { return m_list; }

public slots:
    void useSelected();

private:
    QListWidget* m_list;
    QPushButton* m_use;
    std::string m_chosen;
};

} // namespace studio::widgets
