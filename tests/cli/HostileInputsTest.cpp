// Hostile inputs (issue 14): every line of tests/data/hostile/cases.tsv runs sdstudio once, as
// its own test, and checks its exit code and its words; the big inputs (deep nesting, a file
// over the size limit, a PNG zip bomb) are written here into a temporary folder first.
#include "CliTestSupport.h"
#include "HostileBigInputs.h"
#include "TextChecks.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace studio::cli::test {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(STUDIO_SOURCE_DIR) / "tests" / "data" / "hostile";
constexpr int kTimeoutSeconds = 10;
// Words that are not the studio's: a library or Qt talking past it.
const std::vector<std::string> kForeignWords{"libpng", "qt.", "terminate called", "Assertion"};

// --- The table --------------------------------------------------------------------------

struct HostileCase {
    std::string name;
    int exitCode = 0;
    std::string stream; // "out" or "err"
    std::string expect;
    std::string command;
    std::string setup;
    std::string after;
    int line = 0; // in cases.tsv
};

// gtest names a failing case by its name and line, not its bytes.
void PrintTo(const HostileCase& hostile, std::ostream* out) {
    *out << hostile.name << " (cases.tsv:" << hostile.line << ")";
}

// Problems with the table itself, reported by TableIsWellFormed.
std::vector<std::string>& tableProblems() {
    static std::vector<std::string> problems;
    return problems;
}

std::vector<std::string> splitOn(const std::string& text, const std::string& separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find(separator, start)) != std::string::npos;
         start = end + separator.size())
        parts.push_back(text.substr(start, end - start));
    parts.push_back(text.substr(start));
    return parts;
}

std::string trimmed(const std::string& text) {
    const std::size_t first = text.find_first_not_of(' ');
    const std::size_t last = text.find_last_not_of(' ');
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

bool isCaseName(const std::string& name) {
    if (name.empty())
        return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-'))
            return false;
    return true;
}

std::optional<HostileCase> parseLine(const std::string& line, int number) {
    const std::vector<std::string> columns = splitOn(line, "\t");
    const auto problem = [&](const std::string& what) {
        tableProblems().push_back("cases.tsv:" + std::to_string(number) + ": " + what);
        return std::nullopt;
    };
    if (columns.size() < 5 || columns.size() > 7)
        return problem("expected 5 to 7 tab-separated columns, got " +
                       std::to_string(columns.size()));
    HostileCase hostile;
    hostile.name = columns[0];
    hostile.line = number;
    if (!isCaseName(hostile.name))
        return problem("the name '" + hostile.name + "' is not letters, digits and '-'");
    if (columns[1] != "0" && columns[1] != "1" && columns[1] != "2")
        return problem("the exit code must be 0, 1 or 2, got '" + columns[1] + "'");
    hostile.exitCode = std::stoi(columns[1]);
    hostile.stream = columns[2];
    if (hostile.stream != "out" && hostile.stream != "err")
        return problem("the stream must be out or err, got '" + hostile.stream + "'");
    hostile.expect = columns[3];
    hostile.command = columns[4];
    if (hostile.expect.empty() || hostile.command.empty())
        return problem("a case needs words to expect and a command");
    hostile.setup = columns.size() > 5 ? columns[5] : "";
    hostile.after = columns.size() > 6 ? columns[6] : "";
    return hostile;
}

std::vector<HostileCase> loadCases() {
    std::ifstream in(kData / "cases.tsv");
    if (!in)
        tableProblems().push_back("cannot read " + (kData / "cases.tsv").string());
    std::vector<HostileCase> cases;
    std::set<std::string> names;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line.front() == '#')
            continue;
        auto hostile = parseLine(line, number);
        if (!hostile)
            continue;
        if (!names.insert(hostile->name).second)
            tableProblems().push_back("cases.tsv:" + std::to_string(number) + ": the name '" +
                                      hostile->name + "' is used twice");
        else
            cases.push_back(std::move(*hostile));
    }
    return cases;
}

const std::vector<HostileCase>& allCases() {
    static const std::vector<HostileCase> cases = loadCases();
    return cases;
}

// --- Arguments: escapes, quotes, placeholders ---------------------------------------------

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The character an escape at text[i] (after its backslash) stands for; i moves past it.
char unescapeAt(const std::string& text, std::size_t& i) {
    const char c = text[i];
    if (c == 'n')
        return '\n';
    if (c == 't')
        return '\t';
    if (c == 'x' && i + 2 < text.size() && hexDigit(text[i + 1]) >= 0 &&
        hexDigit(text[i + 2]) >= 0) {
        i += 2;
        return static_cast<char>(hexDigit(text[i - 1]) * 16 + hexDigit(text[i]));
    }
    return c; // \\ and \" and anything else: the character itself
}

std::string unescaped(const std::string& text) {
    std::string result;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            ++i;
            result.push_back(unescapeAt(text, i));
        } else {
            result.push_back(text[i]);
        }
    }
    return result;
}

// Words split at spaces; "..." keeps spaces (and may be empty); escapes as in unescaped().
std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            ++i;
            word.push_back(unescapeAt(text, i));
            inWord = true;
        } else if (c == '"') {
            quoted = !quoted;
            inWord = true;
        } else if (c == ' ' && !quoted) {
            if (inWord)
                words.push_back(word);
            word.clear();
            inWord = false;
        } else {
            word.push_back(c);
            inWord = true;
        }
    }
    if (inWord)
        words.push_back(word);
    return words;
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
        text.replace(at, from.size(), to);
    return text;
}

struct Folders {
    fs::path tmp;
    fs::path gen;
};

std::string withPlaceholders(std::string text, const Folders& folders) {
    text = replaceAll(text, "{data}", kData.string());
    text = replaceAll(text, "{tmp}", folders.tmp.string());
    text = replaceAll(text, "{gen}", folders.gen.string());
    return replaceAll(text, "{source}", STUDIO_SOURCE_DIR);
}

// {many:N:TEXT} as N words, '#' in TEXT replaced by 1..N; any other word as it is.
void appendExpanded(std::vector<std::string>& words, const std::string& word) {
    const std::string prefix = "{many:";
    const std::size_t colon = word.find(':', prefix.size());
    if (word.rfind(prefix, 0) != 0 || word.back() != '}' || colon == std::string::npos) {
        words.push_back(word);
        return;
    }
    const int count = std::stoi(word.substr(prefix.size(), colon - prefix.size()));
    const std::string text = word.substr(colon + 1, word.size() - colon - 2);
    for (int i = 1; i <= count; ++i)
        words.push_back(replaceAll(text, "#", std::to_string(i)));
}

std::vector<std::string> arguments(const std::string& command, const Folders& folders) {
    std::vector<std::string> words;
    for (const std::string& word : splitWords(command))
        appendExpanded(words, withPlaceholders(word, folders));
    return words;
}

// --- The big inputs, written once per process ----------------------------------------------

// A fresh folder of this process, removed at exit.
class TempFolder {
public:
    explicit TempFolder(const std::string& stem)
        : path_(fs::temp_directory_path() / (stem + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    ~TempFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

const fs::path& bigInputs() {
    static const TempFolder folder("sdstudio-hostile-gen");
    static const bool written = (writeBigInputs(folder.path(), kData), true);
    (void)written;
    return folder.path();
}

// --- Steps before and checks after a run ----------------------------------------------------

ProcessResult sdstudio(std::vector<std::string> words) {
    return runSdstudio(std::move(words), kHeadless, kTimeoutSeconds);
}

bool isFifo(const fs::path& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && S_ISFIFO(info.st_mode);
}

// One step or check (`words`: its verb, then its arguments); empty when it went as it should.
std::string runStep(const std::vector<std::string>& words) {
    const std::string& verb = words.front();
    const auto wants = [&](std::size_t count) { return words.size() == count + 1; };
    if (verb == "sdstudio") {
        const ProcessResult result = sdstudio({words.begin() + 1, words.end()});
        return result.exitCode == 0 ? ""
                                    : "exit " + std::to_string(result.exitCode) + ": " + result.err;
    }
    if (verb == "mkfifo" && wants(1))
        return ::mkfifo(words[1].c_str(), 0600) == 0 ? "" : "cannot make the FIFO";
    if (verb == "copy" && wants(2))
        return fs::copy_file(words[1], words[2]) ? "" : "cannot copy";
    if (verb == "symlink" && wants(2)) {
        fs::create_symlink(words[1], words[2]);
        return "";
    }
    if (verb == "fifo" && wants(1))
        return isFifo(words[1]) ? "" : "is no longer a FIFO";
    if (verb == "absent" && wants(1))
        return fs::exists(fs::symlink_status(words[1])) ? "exists" : "";
    if (verb == "same" && wants(2))
        return readFile(words[1]) == readFile(words[2]) ? "" : "the bytes differ";
    return "unknown step or wrong number of arguments";
}

void runSteps(const std::string& steps, const Folders& folders, const std::string& what) {
    for (const std::string& step : splitOn(steps, ";")) {
        if (trimmed(step).empty())
            continue;
        const std::vector<std::string> words = arguments(trimmed(step), folders);
        const std::string problem = runStep(words);
        EXPECT_EQ(problem, "") << what << " step '" << trimmed(step) << "'";
    }
}

// Whether `parts` (separated by " ... ") appear in `text` in that order.
bool containsInOrder(const std::string& text, const std::string& parts) {
    std::size_t from = 0;
    for (const std::string& part : splitOn(parts, " ... ")) {
        const std::size_t at = text.find(part, from);
        if (at == std::string::npos)
            return false;
        from = at + part.size();
    }
    return true;
}

// Long outputs (10,000 lines, 50,000 levels of a place) cut for the failure message.
std::string shortened(const std::string& text) {
    constexpr std::size_t kMax = 2000;
    return text.size() <= kMax
               ? text
               : text.substr(0, kMax) + "... (" + std::to_string(text.size()) + " bytes)";
}

// --- The tests ----------------------------------------------------------------------------

class HostileInputsTest : public ::testing::TestWithParam<HostileCase> {
protected:
    void SetUp() override {
        const HostileCase& hostile = GetParam();
        folders.tmp = fs::temp_directory_path() /
                      ("sdstudio-hostile-" + hostile.name + "-" + std::to_string(::getpid()));
        fs::remove_all(folders.tmp);
        fs::create_directories(folders.tmp);
        const std::string all = hostile.command + hostile.setup + hostile.after;
        if (contains(all, "{gen}"))
            folders.gen = bigInputs();
    }
    void TearDown() override { fs::remove_all(folders.tmp); }

    Folders folders;
};

TEST_P(HostileInputsTest, ExitsWithItsCodeAndWords) {
    const HostileCase& hostile = GetParam();
    SCOPED_TRACE("cases.tsv:" + std::to_string(hostile.line) + " " + hostile.name + ": sdstudio " +
                 hostile.command);
    runSteps(hostile.setup, folders, "setup");
    ASSERT_FALSE(HasFailure());

    const ProcessResult result = sdstudio(arguments(hostile.command, folders));
    ASSERT_NE(result.exitCode, -1) << "did not exit by itself within " << kTimeoutSeconds
                                   << " s (a signal or a hang): " << shortened(result.err);
    EXPECT_EQ(result.exitCode, hostile.exitCode) << shortened(result.err);
    const std::string& words = hostile.stream == "out" ? result.out : result.err;
    const std::string expected = unescaped(withPlaceholders(hostile.expect, folders));
    EXPECT_TRUE(containsInOrder(words, expected))
        << "expected on std" << hostile.stream << ": " << expected
        << "\nstdout: " << shortened(result.out) << "\nstderr: " << shortened(result.err);
    for (const std::string& foreign : kForeignWords)
        EXPECT_FALSE(contains(result.err, foreign)) << shortened(result.err);

    runSteps(hostile.after, folders, "after");
}

std::string caseName(const ::testing::TestParamInfo<HostileCase>& info) {
    return replaceAll(info.param.name, "-", "_");
}

INSTANTIATE_TEST_SUITE_P(Table, HostileInputsTest, ::testing::ValuesIn(allCases()), caseName);

// The table reads whole: no line is dropped unseen, and issue 14's cases are all there.
TEST(HostileInputsTableTest, IsWellFormed) {
    const std::vector<HostileCase>& cases = allCases();
    for (const std::string& problem : tableProblems())
        ADD_FAILURE() << problem;
    std::set<std::string> names;
    for (const HostileCase& hostile : cases)
        names.insert(hostile.name);
    for (const char* name : {"deep-nesting-name",
                             "deep-nesting-property",
                             "nul-then-garbage",
                             "text-after-object",
                             "number-overflow",
                             "duplicate-key",
                             "bad-utf8",
                             "lone-surrogate",
                             "byte-order-mark",
                             "truncated-file",
                             "empty-file",
                             "directory",
                             "missing-file",
                             "newer-version",
                             "unknown-kind",
                             "negative-capacity",
                             "negative-instances",
                             "tiny-rate",
                             "nan-literal",
                             "calc-overflow",
                             "calc-slot-raw-bytes",
                             "unknown-command-typo",
                             "png-no-design",
                             "png-truncated",
                             "export-png-to-fifo",
                             "library-list-name-newline"})
        EXPECT_TRUE(names.count(name)) << "cases.tsv has no case " << name;
}

} // namespace
} // namespace studio::cli::test
