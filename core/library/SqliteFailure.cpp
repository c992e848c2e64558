#include "library/SqliteFailure.h"

#include <sqlite3.h>

namespace studio::core::sqlite {

Failure::Failure(int code, const std::string& detail)
    : std::runtime_error(detail)
    , m_code(code) {}

void check(sqlite3* db, int code) {
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE)
        return;
    // sqlite3_errmsg describes the most recent failure on `db`; fall back to the code's text.
    const char* detail =
        db && sqlite3_extended_errcode(db) == code ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw Failure(code, detail ? detail : "unknown SQLite error");
}

} // namespace studio::core::sqlite
