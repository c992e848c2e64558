#pragma once

#include "library/Library.h"
#include "model/Design.h"

#include <QObject>
#include <QString>

namespace studio::widgets {

// The studio's design library (core::Library) for the widgets: every write goes through
// here and announces itself, so the library panel, the thumbnails and the open document stay
// in step. Reads go to store() directly. Owns the core library; lives on the GUI thread.
class StudioLibrary : public QObject {
    Q_OBJECT

public:
    explicit StudioLibrary(core::Library library, QObject* parent = nullptr);

    const core::Library& store() const { return m_library; }
    QString path() const;
    bool readOnly() const { return m_library.readOnly(); }

    // The design of entry `id`, parsed (problems name the entry when it does not parse).
    core::Result<core::Design> loadDesign(core::DesignId id) const;

    core::Result<core::DesignId> add(const core::Design& design,
                                     const std::string& templateId = {});
    core::Result<core::VersionId> save(core::DesignId id, const core::Design& design);
    core::Problems rename(core::DesignId id, const QString& name);
    core::Result<core::DesignId> duplicate(core::DesignId id);
    core::Problems remove(core::DesignId id);
    core::Problems restoreRemoved(core::DesignId id);
    core::Result<core::VersionId> restoreVersion(core::DesignId id, core::VersionId version);

    // Autosaves: not versions, and no change to the list.
    core::Result<core::DraftId> saveDraft(std::optional<core::DesignId> id,
                                          const core::Design& design,
                                          std::optional<core::DraftId> draft);
    core::Problems discardDraft(core::DraftId draft);

    core::Problems setThumbnail(core::DesignId id, const QByteArray& png, int revision);

    // The run history of design `id` (runs() and run() read store() directly).
    core::Result<core::RunId> addRun(core::DesignId id, const core::NewRun& run);
    core::Problems removeRun(core::DesignId id, core::RunId run);

    // Practice sessions (practices() and practiceJson() read store() directly).
    core::Result<core::PracticeId> savePractice(std::optional<core::PracticeId> id,
                                                const core::PracticeRecord& record);
    core::Problems removePractice(core::PracticeId id);

signals:
    // The list changed: a design added, saved, renamed, duplicated, removed or restored.
    void changed();
    // Entry `id` has new content whose thumbnail is out of date.
    void designSaved(core::DesignId id);
    void thumbnailChanged(core::DesignId id);
    // A run was kept in or removed from design `id`'s history.
    void runsChanged(core::DesignId id);
    // A practice session was kept (new or updated).
    void practicesChanged();

private:
    template <class R> R announced(R result, core::DesignId saved = 0);

    core::Library m_library;
};

} // namespace studio::widgets
