#include "widgets/library/DraftKeeper.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/library/StudioLibrary.h"

#include "format/DesignJson.h"

namespace studio::widgets {

DraftKeeper::DraftKeeper(StudioDocument* document, StudioLibrary* library, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_library(library) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::saveNow);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &DraftKeeper::documentChanged);
    connect(document, &StudioDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

void DraftKeeper::documentChanged() {
    if (m_document->isModified() && !m_timer.isActive())
        m_timer.start();
}

void DraftKeeper::saveNow() {
    m_timer.stop();
    if (!m_document->isModified() || m_library->readOnly())
        return;
    auto saved = m_library->saveDraft(m_document->libraryId(), m_document->design(), m_draft);
    if (!saved.ok()) {
        emit failed(translatedMessage(saved.problems().front().message));
        return;
    }
    m_draft = saved.value();
}

void DraftKeeper::discard() {
    m_timer.stop();
    if (m_draft)
        m_library->discardDraft(*m_draft);
    m_draft.reset();
}

bool DraftKeeper::restoreNewest(const std::function<Choice(const core::DraftEntry&)>& ask) {
    const auto drafts = m_library->store().drafts();
    if (!drafts.ok() || drafts.value().empty())
        return false;
    const core::DraftEntry newest = drafts.value().front();
    switch (ask(newest)) {
    case Choice::Later:
        return false;
    case Choice::Discard:
        m_library->discardDraft(newest.id);
        return false;
    case Choice::Restore:
        break;
    }
    const auto json = m_library->store().draftJson(newest.id);
    auto design = json.ok() ? core::designFromJson(json.value())
                            : core::Result<core::Design>(json.problems());
    if (!design.ok()) {
        emit failed(translatedMessage(design.problems().front().message));
        return false;
    }
    const bool homeExists = newest.designId && m_library->store().entry(*newest.designId).ok();
    m_document->reset(std::move(design).value(),
                      homeExists ? DocumentHome::library(*newest.designId) : DocumentHome{});
    m_draft = newest.id; // reset() made the document clean and dropped no draft of ours
    m_document->markUnsaved();
    return true;
}

} // namespace studio::widgets
