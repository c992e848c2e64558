#include "widgets/library/StudioLibrary.h"

#include "format/DesignJson.h"

#include <QFile>

namespace studio::widgets {

namespace {

bool succeeded(const core::Problems& problems) {
    return problems.empty();
}
template <class T> bool succeeded(const core::Result<T>& result) {
    return result.ok();
}

} // namespace

StudioLibrary::StudioLibrary(core::Library library, QObject* parent)
    : QObject(parent)
    , m_library(std::move(library)) {}

QString StudioLibrary::path() const {
    return QFile::decodeName(m_library.path().c_str());
}

template <class R> R StudioLibrary::announced(R result, core::DesignId saved) {
    if (succeeded(result)) {
        emit changed();
        if (saved)
            emit designSaved(saved);
    }
    return result;
}

core::Result<core::Design> StudioLibrary::loadDesign(core::DesignId id) const {
    auto json = m_library.load(id);
    if (!json.ok())
        return json.problems();
    auto design = core::designFromJson(json.value());
    // The entry's name is the design's name (a rename in the library changes only the entry).
    if (const auto entry = m_library.entry(id); design.ok() && entry.ok())
        design.value().name = entry.value().name;
    return design;
}

core::Result<core::DesignId> StudioLibrary::add(const core::Design& design,
                                                const std::string& templateId) {
    auto result = m_library.add(core::designToJson(design), design.name, templateId);
    const core::DesignId id = result.ok() ? result.value() : 0;
    return announced(std::move(result), id);
}

core::Result<core::VersionId> StudioLibrary::save(core::DesignId id, const core::Design& design) {
    std::optional<std::string> name;
    if (!design.name.empty())
        name = design.name; // an unnamed design keeps its entry's name
    return announced(m_library.save(id, core::designToJson(design), name), id);
}

core::Problems StudioLibrary::rename(core::DesignId id, const QString& name) {
    return announced(m_library.rename(id, name.toStdString()));
}

core::Result<core::DesignId> StudioLibrary::duplicate(core::DesignId id) {
    return announced(m_library.duplicate(id));
}

core::Problems StudioLibrary::remove(core::DesignId id) {
    return announced(m_library.remove(id));
}

core::Problems StudioLibrary::restoreRemoved(core::DesignId id) {
    return announced(m_library.restoreRemoved(id));
}

core::Result<core::VersionId> StudioLibrary::restoreVersion(core::DesignId id,
                                                            core::VersionId version) {
    return announced(m_library.restoreVersion(id, version), id);
}

core::Result<core::DraftId> StudioLibrary::saveDraft(std::optional<core::DesignId> id,
                                                     const core::Design& design,
                                                     std::optional<core::DraftId> draft) {
    return m_library.saveDraft(id, core::designToJson(design), draft);
}

core::Problems StudioLibrary::discardDraft(core::DraftId draft) {
    return m_library.discardDraft(draft);
}

core::Problems StudioLibrary::setThumbnail(core::DesignId id, const QByteArray& png, int revision) {
    const std::vector<std::uint8_t> bytes(png.begin(), png.end());
    core::Problems problems = m_library.setThumbnail(id, bytes, revision);
    if (problems.empty())
        emit thumbnailChanged(id);
    return problems;
}

core::Result<core::RunId> StudioLibrary::addRun(core::DesignId id, const core::NewRun& run) {
    core::Result<core::RunId> added = m_library.addRun(id, run);
    if (added)
        emit runsChanged(id);
    return added;
}

core::Problems StudioLibrary::removeRun(core::DesignId id, core::RunId run) {
    core::Problems problems = m_library.removeRun(run);
    if (problems.empty())
        emit runsChanged(id);
    return problems;
}

core::Result<core::PracticeId> StudioLibrary::savePractice(std::optional<core::PracticeId> id,
                                                           const core::PracticeRecord& record) {
    core::Result<core::PracticeId> kept = m_library.savePractice(id, record);
    if (kept)
        emit practicesChanged();
    return kept;
}

core::Problems StudioLibrary::removePractice(core::PracticeId id) {
    core::Problems problems = m_library.removePractice(id);
    if (problems.empty())
        emit practicesChanged();
    return problems;
}

} // namespace studio::widgets
