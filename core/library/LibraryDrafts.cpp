#include "library/Library.h"

#include "library/LibraryGuard.h"
#include "library/SqliteStatement.h"

#include <sqlite3.h>

namespace studio::core {

using library::kContext;

namespace {

std::int64_t insertDraft(sqlite3* db, std::optional<DesignId> designId, UnixMs now,
                         const std::string& json) {
    sqlite::Statement insert(db, "INSERT INTO drafts (design_id, saved_ms, json) "
                                 "VALUES (?1, ?2, ?3)");
    insert.bind(1, designId).bind(2, now).bind(3, json).run();
    return sqlite3_last_insert_rowid(db);
}

} // namespace

Result<DraftId> Library::saveDraft(std::optional<DesignId> designId, const std::string& json,
                                   std::optional<DraftId> draftId) {
    return guardedWrite([&]() -> Result<DraftId> {
        const UnixMs now = library::now();
        if (designId) {
            if (Result<LibraryEntry> design = entry(*designId); !design)
                return design.problems();
            sqlite::Statement update(
                m_db, "UPDATE drafts SET saved_ms = ?2, json = ?3 WHERE design_id = ?1");
            update.bind(1, *designId).bind(2, now).bind(3, json).run();
            if (sqlite3_changes(m_db) == 0)
                return insertDraft(m_db, designId, now, json);
            sqlite::Statement select(m_db, "SELECT id FROM drafts WHERE design_id = ?1");
            select.bind(1, *designId).step();
            return select.integer(0);
        }
        if (draftId) {
            sqlite::Statement update(m_db, "UPDATE drafts SET saved_ms = ?2, json = ?3 "
                                           "WHERE id = ?1 AND design_id IS NULL");
            update.bind(1, *draftId).bind(2, now).bind(3, json).run();
            if (sqlite3_changes(m_db) > 0)
                return *draftId;
        }
        // A new document's first draft, or one whose earlier draft was discarded meanwhile.
        return insertDraft(m_db, std::nullopt, now, json);
    });
}

Result<std::vector<DraftEntry>> Library::drafts() const {
    return guarded([&]() -> Result<std::vector<DraftEntry>> {
        sqlite::Statement select(m_db, "SELECT r.id, r.design_id, d.name, r.saved_ms FROM "
                                       "drafts r LEFT JOIN designs d ON d.id = r.design_id "
                                       "WHERE r.design_id IS NULL OR d.deleted_ms IS NULL "
                                       "ORDER BY r.saved_ms DESC, r.id DESC");
        std::vector<DraftEntry> drafts;
        while (select.step())
            drafts.push_back(DraftEntry{select.integer(0), select.optionalInteger(1),
                                        select.text(2), select.integer(3)});
        return drafts;
    });
}

Result<std::string> Library::draftJson(DraftId draft) const {
    return guarded([&]() -> Result<std::string> {
        sqlite::Statement select(m_db, "SELECT json FROM drafts WHERE id = ?1");
        select.bind(1, draft);
        if (!select.step())
            return makeProblem(
                {}, kContext,
                SDS_TRANSLATE_NOOP("Library", "the library %1 has no draft with id %2"),
                {m_path, std::to_string(draft)});
        return select.text(0);
    });
}

Problems Library::discardDraft(DraftId draft) {
    return guardedWrite([&]() -> Problems {
        sqlite::Statement(m_db, "DELETE FROM drafts WHERE id = ?1").bind(1, draft).run();
        if (sqlite3_changes(m_db) == 0)
            return {
                makeProblem({}, kContext,
                            SDS_TRANSLATE_NOOP("Library", "the library %1 has no draft with id %2"),
                            {m_path, std::to_string(draft)})};
        return {};
    });
}

Problems Library::setThumbnail(DesignId id, const std::vector<std::uint8_t>& png,
                               std::optional<int> revision) {
    return guardedWrite([&]() -> Problems {
        Result<LibraryEntry> design = entry(id);
        if (!design)
            return design.problems();
        const int rendered = revision.value_or(design.value().revision);
        // A slow render of an older revision never replaces a newer thumbnail.
        sqlite::Statement newer(m_db,
                                "SELECT 1 FROM thumbnails WHERE design_id = ?1 AND revision > ?2");
        if (newer.bind(1, id).bind(2, rendered).step())
            return {};
        sqlite::Statement store(m_db, "INSERT OR REPLACE INTO thumbnails (design_id, revision, "
                                      "rendered_ms, png) VALUES (?1, ?2, ?3, ?4)");
        store.bind(1, id).bind(2, rendered).bind(3, library::now()).bindBlob(4, png).run();
        sqlite::Statement(m_db, "UPDATE designs SET thumbnail_revision = ?2 WHERE id = ?1")
            .bind(1, id)
            .bind(2, rendered)
            .run();
        return {};
    });
}

Result<std::vector<std::uint8_t>> Library::thumbnail(DesignId id) const {
    return guarded([&]() -> Result<std::vector<std::uint8_t>> {
        if (Result<LibraryEntry> design = entry(id); !design)
            return design.problems();
        sqlite::Statement select(m_db, "SELECT png FROM thumbnails WHERE design_id = ?1");
        select.bind(1, id);
        return select.step() ? select.blob(0) : std::vector<std::uint8_t>();
    });
}

} // namespace studio::core
