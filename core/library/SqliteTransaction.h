#pragma once

// Private to core/library: a write transaction (BEGIN IMMEDIATE, so a busy library is
// noticed before anything is written), rolled back unless commit() is reached.

struct sqlite3;

namespace studio::core::sqlite {

class Transaction {
public:
    // Begins; throws sqlite::Failure when the library is busy past its timeout.
    explicit Transaction(sqlite3* db);
    // Rolls back when commit() was not reached (an exception, an early return).
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Throws sqlite::Failure (the transaction is then rolled back by the destructor).
    void commit();

private:
    sqlite3* m_db;
    bool m_open = true;
};

} // namespace studio::core::sqlite
