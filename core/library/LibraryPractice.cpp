#include "library/Library.h"

#include "library/LibraryGuard.h"
#include "library/SqliteStatement.h"

#include <sqlite3.h>

namespace studio::core {

using library::kContext;

namespace {

Problem missingPractice(const std::string& path, PracticeId id) {
    return makeProblem({}, kContext,
                       SDS_TRANSLATE_NOOP("Library", "the library %1 has no practice session "
                                                     "with id %2"),
                       {path, std::to_string(id)});
}

void bindRecord(sqlite::Statement& statement, const PracticeRecord& r) {
    statement.bind(2, r.templateId)
        .bind(3, r.title)
        .bind(4, r.started)
        .bind(5, r.submitted)
        .bind(6, std::int64_t{r.earned})
        .bind(7, std::int64_t{r.possible})
        .bind(8, r.summary)
        .bind(9, r.session);
}

} // namespace

Result<PracticeId> Library::savePractice(std::optional<PracticeId> id,
                                         const PracticeRecord& record) {
    return guardedWrite([&]() -> Result<PracticeId> {
        if (id) {
            sqlite::Statement update(
                m_db, "UPDATE practice_sessions SET template_id = ?2, title = ?3, "
                      "started_ms = ?4, submitted_ms = ?5, earned = ?6, possible = ?7, "
                      "summary = ?8, session = ?9 WHERE id = ?1");
            update.bind(1, *id);
            bindRecord(update, record);
            update.run();
            if (sqlite3_changes(m_db) == 0)
                return missingPractice(m_path, *id);
            return *id;
        }
        sqlite::Statement insert(
            m_db, "INSERT INTO practice_sessions (template_id, title, started_ms, submitted_ms, "
                  "earned, possible, summary, session) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        bindRecord(insert, record);
        insert.run();
        return sqlite3_last_insert_rowid(m_db);
    });
}

Result<std::vector<PracticeEntry>> Library::practices() const {
    return guarded([&]() -> Result<std::vector<PracticeEntry>> {
        sqlite::Statement select(m_db, "SELECT id, template_id, title, started_ms, submitted_ms, "
                                       "earned, possible, summary FROM practice_sessions "
                                       "ORDER BY started_ms, id");
        std::vector<PracticeEntry> entries;
        while (select.step())
            entries.push_back(
                PracticeEntry{select.integer(0), PracticeRecord{select.text(1),
                                                                select.text(2),
                                                                select.integer(3),
                                                                select.optionalInteger(4),
                                                                static_cast<int>(select.integer(5)),
                                                                static_cast<int>(select.integer(6)),
                                                                select.text(7),
                                                                {}}});
        return entries;
    });
}

Result<std::string> Library::practiceJson(PracticeId id) const {
    return guarded([&]() -> Result<std::string> {
        sqlite::Statement select(m_db, "SELECT session FROM practice_sessions WHERE id = ?1");
        select.bind(1, id);
        if (!select.step())
            return missingPractice(m_path, id);
        return select.text(0);
    });
}

Problems Library::removePractice(PracticeId id) {
    return guardedWrite([&]() -> Problems {
        sqlite::Statement remove(m_db, "DELETE FROM practice_sessions WHERE id = ?1");
        remove.bind(1, id).run();
        if (sqlite3_changes(m_db) == 0)
            return {missingPractice(m_path, id)};
        return {};
    });
}

} // namespace studio::core
