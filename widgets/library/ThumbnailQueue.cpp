#include "widgets/library/ThumbnailQueue.h"

#include "widgets/export/DesignImage.h"
#include "widgets/library/StudioLibrary.h"

#include <QTimer>

#include <algorithm>

namespace studio::widgets {

namespace {
constexpr int kIdleDelayMs = 200; // after a save, let the studio settle first
} // namespace

ThumbnailQueue::ThumbnailQueue(StudioLibrary* library, QObject* parent)
    : QObject(parent)
    , m_library(library) {
    connect(library, &StudioLibrary::designSaved, this, &ThumbnailQueue::request);
}

void ThumbnailQueue::request(core::DesignId id) {
    if (std::find(m_pending.begin(), m_pending.end(), id) == m_pending.end())
        m_pending.push_back(id);
    scheduleNext();
}

void ThumbnailQueue::requestStale() {
    if (m_library->readOnly())
        return;
    const auto entries = m_library->store().list();
    if (!entries.ok())
        return;
    for (const auto& entry : entries.value())
        if (!entry.thumbnailCurrent)
            request(entry.id);
}

void ThumbnailQueue::scheduleNext() {
    if (m_scheduled || m_pending.empty() || m_library->readOnly())
        return;
    m_scheduled = true;
    QTimer::singleShot(kIdleDelayMs, this, &ThumbnailQueue::renderNext);
}

void ThumbnailQueue::renderNext() {
    m_scheduled = false;
    if (m_pending.empty())
        return;
    const core::DesignId id = m_pending.front();
    m_pending.pop_front();
    const auto entry = m_library->store().entry(id);
    const auto design = m_library->loadDesign(id);
    // A design removed or broken meanwhile keeps no thumbnail; the list says what is wrong.
    if (entry.ok() && design.ok())
        m_library->setThumbnail(id, pngBytes(designImage(design.value(), kSize)),
                                entry.value().revision);
    scheduleNext();
}

} // namespace studio::widgets
