#include "LibraryTestSupport.h"

#include "../format/TestDesigns.h"

#include "format/DesignJson.h"

#include <sqlite3.h>

#include <fstream>
#include <iterator>

namespace studio::core::test {

namespace fs = std::filesystem;

std::string designJson(const std::string& name) {
    Design design = smallDesign();
    design.name = name;
    return designToJson(design);
}

std::string invalidDesignJson() {
    Design design = smallDesign();
    design.links.front().to = "no-such-component";
    return designToJson(design);
}

std::vector<std::uint8_t> readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

namespace {

sqlite3* rawOpen(const std::string& path) {
    sqlite3* db = nullptr;
    const int code =
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    EXPECT_EQ(code, SQLITE_OK) << path << ": " << sqlite3_errstr(code);
    return db;
}

} // namespace

void rawExecute(const std::string& path, const std::string& sql) {
    sqlite3* db = rawOpen(path);
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << sql << ": " << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

std::int64_t rawInteger(const std::string& path, const std::string& sql) {
    sqlite3* db = rawOpen(path);
    sqlite3_stmt* statement = nullptr;
    std::int64_t value = -1;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK) << sql;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

void LibraryFileTest::TearDown() {
    std::error_code ignored;
    fs::permissions(m_dir, fs::perms::owner_all, fs::perm_options::add, ignored);
    for (const auto& entry : fs::directory_iterator(m_dir, ignored))
        fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    TempFolderTest::TearDown();
}

Library LibraryFileTest::openLibrary(const std::string& file, const LibraryOptions& options) {
    Result<Library> library = Library::open(path(file), options);
    if (!library.ok()) {
        ADD_FAILURE() << describeProblems(library);
        // Continue on a library in memory, so the failure above is the one reported.
        return std::move(Library::open(":memory:").value());
    }
    return std::move(library).value();
}

std::string describeProblems(const Problems& problems) {
    std::string text;
    for (const Problem& problem : problems)
        text += problem.text() + "\n";
    return text;
}

bool mentions(const Problems& problems, const std::string& fragment) {
    for (const Problem& problem : problems)
        if (problem.text().find(fragment) != std::string::npos)
            return true;
    return false;
}

} // namespace studio::core::test
