#pragma once

// Private to core/library: an SQLite call that failed, thrown inside the library and turned
// into a Problem at its public boundary (Library), so no exception leaves core.

#include <stdexcept>
#include <string>

struct sqlite3;

namespace studio::core::sqlite {

class Failure : public std::runtime_error {
public:
    // `code` is SQLite's extended result code; `detail` its message (sqlite3_errmsg).
    Failure(int code, const std::string& detail);

    int code() const { return m_code; }
    int primaryCode() const { return m_code & 0xff; }

private:
    int m_code;
};

// Throws a Failure for `code` (with `db`'s message) unless it is SQLITE_OK, ROW or DONE.
void check(sqlite3* db, int code);

} // namespace studio::core::sqlite
