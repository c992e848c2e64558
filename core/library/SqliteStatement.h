#pragma once

// Private to core/library: one prepared SQLite statement, finalized when it goes away.
// Every failure throws sqlite::Failure.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace studio::core::sqlite {

class Statement {
public:
    // Prepares `sql` (one statement) on `db`, which must outlive the statement.
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters count from 1, as in SQL's ?1, ?2...
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, const std::vector<std::uint8_t>& bytes);
    Statement& bindBlob(int index, std::string_view bytes);

    // Runs to the next row: true when there is one, false when the statement is done.
    bool step();
    // Runs a statement that returns no rows (or whose rows are not needed) to its end.
    void run();
    // Rewinds to run again with new parameters.
    void reset();

    // Columns count from 0.
    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::string text(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    std::string blobBytes(int column) const; // the same in a string

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

// Runs `sql` (one or more statements without parameters; schema changes and pragmas).
void execute(sqlite3* db, const char* sql);

// The first column of the first row of `sql` as an integer (a pragma's value).
std::int64_t queryInteger(sqlite3* db, std::string_view sql);

} // namespace studio::core::sqlite
