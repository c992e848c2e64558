#include "widgets/inspector/InspectorWidget.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/inspector/ComponentForm.h"
#include "widgets/inspector/DesignForm.h"
#include "widgets/inspector/LinkForm.h"
#include "widgets/inspector/SummaryForm.h"
#include "widgets/inspector/ZoneForm.h"

#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace studio::widgets {

InspectorWidget::InspectorWidget(StudioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("inspector"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    connect(document, &StudioDocument::changed, this, &InspectorWidget::follow);
    connect(document, &StudioDocument::designReset, this, [this] {
        m_selection.clear();
        rebuild();
    });
    rebuild();
}

InspectorWidget::~InspectorWidget() = default;

void InspectorWidget::setSelection(const std::vector<std::string>& ids) {
    const core::Design& design = m_document->design();
    std::vector<std::string> known;
    for (const auto& id : ids)
        if ((design.findComponent(id) || design.findLink(id) || design.findZone(id)) &&
            std::find(known.begin(), known.end(), id) == known.end())
            known.push_back(id);
    if (known == m_selection && m_form)
        return;
    m_selection = std::move(known);
    rebuild();
}

QSize InspectorWidget::sizeHint() const {
    return {380, 640};
}

InspectorForm* InspectorWidget::createForm() {
    const core::Design& design = m_document->design();
    if (m_selection.empty())
        return new DesignForm(m_document);
    if (m_selection.size() == 1) {
        const std::string& id = m_selection.front();
        if (design.findLink(id))
            return new LinkForm(m_document, id);
        if (design.findZone(id))
            return new ZoneForm(m_document, id);
    }
    // Components of one kind share their fields.
    const core::Component* first = design.findComponent(m_selection.front());
    const bool oneKind =
        first && std::all_of(m_selection.begin(), m_selection.end(), [&](const std::string& id) {
            const core::Component* component = design.findComponent(id);
            return component && component->kind == first->kind;
        });
    if (oneKind)
        return new ComponentForm(m_document, m_selection);
    return new SummaryForm(m_document, m_selection);
}

void InspectorWidget::rebuild() {
    if (m_rebuilding)
        return;
    m_rebuilding = true;
    if (QWidget* old = m_scroll->takeWidget()) {
        // Hiding first commits an edit in progress (its editor loses the focus) to the item
        // it was made on; the old form goes once its signals are done.
        old->hide();
        old->deleteLater();
    }
    m_form = nullptr;
    // An edit committed just now may have removed something.
    const core::Design& design = m_document->design();
    std::erase_if(m_selection, [&](const std::string& id) {
        return !design.findComponent(id) && !design.findLink(id) && !design.findZone(id);
    });
    m_form = createForm();
    m_scroll->setWidget(m_form);
    m_rebuilding = false;
}

void InspectorWidget::refresh(bool designProperties) {
    if (!m_form || m_rebuilding)
        return;
    if (designProperties != m_form->showsDesignProperties())
        return;
    if (!m_form->refresh())
        rebuild();
}

void InspectorWidget::follow(const core::DesignChanges& changes) {
    std::size_t removed = 0;
    for (const auto* ids :
         {&changes.componentsRemoved, &changes.linksRemoved, &changes.zonesRemoved})
        for (const std::string& id : *ids)
            removed += std::erase(m_selection, id);
    if (removed > 0) {
        rebuild();
        return;
    }
    if (changes.propertiesChanged)
        refresh(true);
    if (changes.touchesItems())
        refresh(false);
}

} // namespace studio::widgets
