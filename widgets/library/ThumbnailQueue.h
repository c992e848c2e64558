#pragma once

#include "library/LibraryEntries.h"

#include <QObject>
#include <QSize>

#include <deque>

namespace studio::widgets {

class StudioLibrary;

// Renders library thumbnails off the save path: a saved design is queued, and the queue
// draws one design a turn of the event loop once the studio is idle, storing the PNG with
// the revision it shows. On start it queues every design whose thumbnail is missing or old.
class ThumbnailQueue : public QObject {
    Q_OBJECT

public:
    static constexpr QSize kSize{320, 200}; // pixels

    explicit ThumbnailQueue(StudioLibrary* library, QObject* parent = nullptr);

    void request(core::DesignId id);
    // Queues every design without a current thumbnail.
    void requestStale();
    bool idle() const { return m_pending.empty(); }

private:
    void scheduleNext();
    void renderNext();

    StudioLibrary* m_library; // not owned
    std::deque<core::DesignId> m_pending;
    bool m_scheduled = false;
};

} // namespace studio::widgets
