#include "library/SqliteTransaction.h"

#include "library/SqliteStatement.h"

#include <sqlite3.h>

namespace studio::core::sqlite {

Transaction::Transaction(sqlite3* db)
    : m_db(db) {
    Statement(m_db, "BEGIN IMMEDIATE").run();
}

Transaction::~Transaction() {
    // A failed COMMIT (disk full, busy) may leave the transaction open; undo it. Errors are
    // ignored: SQLite may already have rolled back by itself.
    if (m_open && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    Statement(m_db, "COMMIT").run();
    m_open = false;
}

} // namespace studio::core::sqlite
