#include "library/Library.h"

#include "format/DesignJson.h"
#include "format/Validator.h"
#include "library/LibraryGuard.h"
#include "library/SqliteStatement.h"

#include <sqlite3.h>

namespace studio::core {

using library::kContext;

namespace {

// What the library keeps beside a design's JSON, from a design that passed validation.
struct CheckedDesign {
    std::string name;
    int componentCount = 0;
};

Result<CheckedDesign> checkDesign(const std::string& json) {
    Result<Design> design = validDesignFromJson(json);
    if (!design)
        return design.problems();
    return CheckedDesign{design.value().name, static_cast<int>(design.value().components.size())};
}

// A name is one line: each line break or other control character, with the spaces around
// it, becomes one space, so a listing's rows cannot be faked by a name; spaces at either end
// are dropped.
std::string oneLine(const std::string& name) {
    std::string line;
    bool gap = false; // after a control character: drop the spaces that follow
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) {
            while (!line.empty() && line.back() == ' ')
                line.pop_back();
            gap = true;
            continue;
        }
        if (gap && c == ' ')
            continue;
        if (gap && !line.empty())
            line += ' ';
        gap = false;
        line += c;
    }
    const auto first = line.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return line.substr(first, line.find_last_not_of(' ') - first + 1);
}

std::optional<Problem> checkName(const std::string& name) {
    if (oneLine(name).empty())
        return makeProblem({}, kContext,
                           SDS_TRANSLATE_NOOP("Library", "a design in the library needs a name"));
    return std::nullopt;
}

// `text` as a LIKE pattern matching names that contain it (with '\' escaping).
std::string containsPattern(const std::string& text) {
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

constexpr const char* kEntryColumns =
    "id, name, template_id, created_ms, updated_ms, revision, component_count, "
    "thumbnail_revision";

LibraryEntry readEntry(const sqlite::Statement& row) {
    LibraryEntry entry;
    entry.id = row.integer(0);
    entry.name = row.text(1);
    entry.templateId = row.text(2);
    entry.created = row.integer(3);
    entry.updated = row.integer(4);
    entry.revision = static_cast<int>(row.integer(5));
    entry.componentCount = static_cast<int>(row.integer(6));
    const auto thumbnail = row.optionalInteger(7);
    entry.hasThumbnail = thumbnail.has_value();
    entry.thumbnailCurrent = thumbnail == entry.revision;
    return entry;
}

VersionId insertVersion(sqlite3* db, DesignId id, int revision, const std::string& name,
                        UnixMs saved, int componentCount, const std::string& json) {
    sqlite::Statement insert(db, "INSERT INTO versions (design_id, revision, name, saved_ms, "
                                 "component_count, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, id).bind(2, revision).bind(3, name).bind(4, saved).bind(5, componentCount);
    insert.bind(6, json).run();
    return sqlite3_last_insert_rowid(db);
}

} // namespace

Result<std::vector<LibraryEntry>> Library::list(const std::string& nameFilter) const {
    return guarded([&]() -> Result<std::vector<LibraryEntry>> {
        // Reads the covering index designs_list only: never a design's JSON.
        sqlite::Statement select(m_db, std::string("SELECT ") + kEntryColumns +
                                           " FROM designs WHERE deleted_ms IS NULL AND name "
                                           "LIKE ?1 ESCAPE '\\' ORDER BY updated_ms DESC, id DESC");
        select.bind(1, containsPattern(nameFilter));
        std::vector<LibraryEntry> entries;
        while (select.step())
            entries.push_back(readEntry(select));
        return entries;
    });
}

Result<LibraryEntry> Library::entry(DesignId id) const {
    return guarded([&]() -> Result<LibraryEntry> {
        sqlite::Statement select(m_db, std::string("SELECT ") + kEntryColumns +
                                           " FROM designs WHERE id = ?1 AND deleted_ms IS NULL");
        select.bind(1, id);
        if (!select.step())
            return missingDesign(id);
        return readEntry(select);
    });
}

Result<std::string> Library::load(DesignId id) const {
    return guarded([&]() -> Result<std::string> {
        sqlite::Statement select(m_db,
                                 "SELECT json FROM designs WHERE id = ?1 AND deleted_ms IS NULL");
        select.bind(1, id);
        if (!select.step())
            return missingDesign(id);
        return select.text(0);
    });
}

Result<DesignId> Library::add(const std::string& json, const std::string& name,
                              const std::string& templateId) {
    if (m_readOnly)
        return refuseWrite();
    Result<CheckedDesign> checked = guarded([&] { return checkDesign(json); });
    if (!checked)
        return checked.problems();
    const std::string title = oneLine(!name.empty()                   ? name
                                      : !checked.value().name.empty() ? checked.value().name
                                                                      : "Untitled design");
    if (auto problem = checkName(title))
        return *problem;
    return guardedWrite([&]() -> Result<DesignId> {
        const UnixMs now = library::now();
        const int components = checked.value().componentCount;
        sqlite::Statement insert(m_db, "INSERT INTO designs (name, template_id, created_ms, "
                                       "updated_ms, revision, component_count, json) "
                                       "VALUES (?1, ?2, ?3, ?3, 1, ?4, ?5)");
        insert.bind(1, title).bind(3, now).bind(4, components).bind(5, json);
        if (templateId.empty())
            insert.bindNull(2);
        else
            insert.bind(2, templateId);
        insert.run();
        const DesignId id = sqlite3_last_insert_rowid(m_db);
        insertVersion(m_db, id, 1, title, now, components, json);
        return id;
    });
}

Result<VersionId> Library::save(DesignId id, const std::string& json,
                                const std::optional<std::string>& name) {
    if (m_readOnly)
        return refuseWrite();
    if (name)
        if (auto problem = checkName(*name))
            return *problem;
    Result<CheckedDesign> checked = guarded([&] { return checkDesign(json); });
    if (!checked)
        return checked.problems();
    return guardedWrite([&]() -> Result<VersionId> {
        sqlite::Statement current(
            m_db, "SELECT name, revision FROM designs WHERE id = ?1 AND deleted_ms IS NULL");
        current.bind(1, id);
        if (!current.step())
            return missingDesign(id);
        const std::string title = name ? oneLine(*name) : current.text(0);
        const int revision = static_cast<int>(current.integer(1)) + 1;
        const UnixMs now = library::now();
        const int components = checked.value().componentCount;
        sqlite::Statement update(m_db, "UPDATE designs SET name = ?2, updated_ms = ?3, "
                                       "revision = ?4, component_count = ?5, json = ?6 "
                                       "WHERE id = ?1");
        update.bind(1, id).bind(2, title).bind(3, now).bind(4, revision).bind(5, components);
        update.bind(6, json).run();
        const VersionId version = insertVersion(m_db, id, revision, title, now, components, json);
        sqlite::Statement(m_db, "DELETE FROM drafts WHERE design_id = ?1").bind(1, id).run();
        return version;
    });
}

Problems Library::rename(DesignId id, const std::string& name) {
    if (m_readOnly)
        return {refuseWrite()};
    if (auto problem = checkName(name))
        return {*problem};
    return guardedWrite([&]() -> Problems {
        sqlite::Statement update(m_db, "UPDATE designs SET name = ?2, updated_ms = ?3 "
                                       "WHERE id = ?1 AND deleted_ms IS NULL");
        update.bind(1, id).bind(2, oneLine(name)).bind(3, library::now()).run();
        if (sqlite3_changes(m_db) == 0)
            return {missingDesign(id)};
        return {};
    });
}

Result<DesignId> Library::duplicate(DesignId id, const std::string& name) {
    return guardedWrite([&]() -> Result<DesignId> {
        sqlite::Statement original(m_db, "SELECT name, template_id, component_count, json, "
                                         "revision, thumbnail_revision FROM designs "
                                         "WHERE id = ?1 AND deleted_ms IS NULL");
        original.bind(1, id);
        if (!original.step())
            return missingDesign(id);
        const std::string title = oneLine(name.empty() ? original.text(0) + " (copy)" : name);
        if (auto problem = checkName(title))
            return *problem;
        const int components = static_cast<int>(original.integer(2));
        const std::string json = original.text(3);
        const bool thumbnailCurrent = original.optionalInteger(5) == original.integer(4);
        const UnixMs now = library::now();
        sqlite::Statement insert(m_db, "INSERT INTO designs (name, template_id, created_ms, "
                                       "updated_ms, revision, component_count, json) "
                                       "VALUES (?1, ?2, ?3, ?3, 1, ?4, ?5)");
        insert.bind(1, title).bind(3, now).bind(4, components).bind(5, json);
        if (original.isNull(1))
            insert.bindNull(2);
        else
            insert.bind(2, original.text(1));
        insert.run();
        const DesignId copy = sqlite3_last_insert_rowid(m_db);
        insertVersion(m_db, copy, 1, title, now, components, json);
        // The copy looks the same, so the thumbnail comes along (current only if it was).
        sqlite::Statement thumbnail(m_db, "INSERT INTO thumbnails (design_id, revision, "
                                          "rendered_ms, png) SELECT ?2, ?3, rendered_ms, png "
                                          "FROM thumbnails WHERE design_id = ?1");
        thumbnail.bind(1, id).bind(2, copy).bind(3, thumbnailCurrent ? 1 : 0).run();
        if (sqlite3_changes(m_db) > 0)
            sqlite::Statement(m_db, "UPDATE designs SET thumbnail_revision = ?2 WHERE id = ?1")
                .bind(1, copy)
                .bind(2, thumbnailCurrent ? 1 : 0)
                .run();
        return copy;
    });
}

Problems Library::remove(DesignId id) {
    return guardedWrite([&]() -> Problems {
        sqlite::Statement update(
            m_db, "UPDATE designs SET deleted_ms = ?2 WHERE id = ?1 AND deleted_ms IS NULL");
        update.bind(1, id).bind(2, library::now()).run();
        if (sqlite3_changes(m_db) == 0)
            return {missingDesign(id)};
        return {};
    });
}

Problems Library::restoreRemoved(DesignId id) {
    return guardedWrite([&]() -> Problems {
        sqlite::Statement update(
            m_db, "UPDATE designs SET deleted_ms = NULL WHERE id = ?1 AND deleted_ms IS NOT NULL");
        update.bind(1, id).run();
        if (sqlite3_changes(m_db) == 0)
            return {makeProblem({}, kContext,
                                SDS_TRANSLATE_NOOP("Library", "the library %1 has no removed "
                                                              "design with id %2 to restore"),
                                {m_path, std::to_string(id)})};
        return {};
    });
}

Problems Library::purgeRemoved() {
    return guardedWrite([&]() -> Problems {
        // Versions, drafts, thumbnails, runs and sessions go with them (ON DELETE CASCADE).
        sqlite::Statement(m_db, "DELETE FROM designs WHERE deleted_ms IS NOT NULL").run();
        return {};
    });
}

Result<std::vector<VersionEntry>> Library::versions(DesignId id) const {
    return guarded([&]() -> Result<std::vector<VersionEntry>> {
        if (Result<LibraryEntry> design = entry(id); !design)
            return design.problems();
        sqlite::Statement select(m_db, "SELECT id, revision, name, saved_ms, component_count "
                                       "FROM versions WHERE design_id = ?1 "
                                       "ORDER BY revision DESC");
        select.bind(1, id);
        std::vector<VersionEntry> versions;
        while (select.step())
            versions.push_back(VersionEntry{
                select.integer(0), id, static_cast<int>(select.integer(1)), select.text(2),
                select.integer(3), static_cast<int>(select.integer(4))});
        return versions;
    });
}

Result<std::string> Library::versionJson(VersionId version) const {
    return guarded([&]() -> Result<std::string> {
        sqlite::Statement select(m_db, "SELECT v.json FROM versions v JOIN designs d ON "
                                       "d.id = v.design_id WHERE v.id = ?1 AND "
                                       "d.deleted_ms IS NULL");
        select.bind(1, version);
        if (!select.step())
            return makeProblem(
                {}, kContext,
                SDS_TRANSLATE_NOOP("Library", "the library %1 has no version with id %2"),
                {m_path, std::to_string(version)});
        return select.text(0);
    });
}

Result<VersionId> Library::restoreVersion(DesignId id, VersionId version) {
    Result<std::string> json = guarded([&]() -> Result<std::string> {
        sqlite::Statement select(m_db, "SELECT json FROM versions WHERE id = ?1 AND "
                                       "design_id = ?2");
        select.bind(1, version).bind(2, id);
        if (!select.step())
            return makeProblem({}, kContext,
                               SDS_TRANSLATE_NOOP("Library", "the library %1 has no version "
                                                             "with id %2 of design %3"),
                               {m_path, std::to_string(version), std::to_string(id)});
        return select.text(0);
    });
    if (!json)
        return json.problems();
    return save(id, json.value());
}

} // namespace studio::core
