// The widgets layer's one rule (widgets/CMakeLists.txt): its folders form a stack, and a file
// includes only its own folder or folders below it; nothing sits at widgets/'s root; every
// include of this layer says so with "widgets/".
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

const fs::path kWidgets = fs::path(STUDIO_SOURCE_DIR) / "widgets";

// Bottom first; a folder may include itself and anything before it.
const std::vector<std::string> kStack = {
    "base",   "help",      "commands", "palette",     "canvas/items", "canvas",   "overlay",
    "export", "inspector", "library",  "calculators", "simulation",   "practice", "window",
};

int rankOf(const std::string& folder) {
    for (std::size_t i = 0; i < kStack.size(); ++i)
        if (kStack[i] == folder)
            return static_cast<int>(i);
    return -1;
}

std::vector<fs::path> sourcesUnder(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        const auto ext = entry.path().extension();
        if (entry.is_regular_file() && (ext == ".h" || ext == ".cpp"))
            files.push_back(entry.path());
    }
    return files;
}

std::vector<std::string> quotedIncludes(const fs::path& file) {
    static const std::regex include(R"re(^\s*#\s*include\s+"([^"]+)")re");
    std::vector<std::string> names;
    std::ifstream in(file);
    std::smatch match;
    for (std::string line; std::getline(in, line);)
        if (std::regex_search(line, match, include))
            names.push_back(match[1]);
    return names;
}

TEST(LayerRuleTest, EveryWidgetsFolderIsOnTheStack) {
    for (const auto& file : sourcesUnder(kWidgets)) {
        const std::string folder = fs::relative(file.parent_path(), kWidgets).generic_string();
        EXPECT_GE(rankOf(folder), 0) << file << " is in a folder the stack does not name";
    }
}

TEST(LayerRuleTest, FoldersIncludeOnlyDownwards) {
    int checked = 0;
    for (const auto& file : sourcesUnder(kWidgets)) {
        const std::string from = fs::relative(file.parent_path(), kWidgets).generic_string();
        for (const auto& name : quotedIncludes(file)) {
            if (!name.starts_with("widgets/"))
                continue;
            const std::string to = fs::path(name).parent_path().generic_string().substr(8);
            ++checked;
            EXPECT_LE(rankOf(to), rankOf(from)) << file << " includes " << name << ", above it";
            EXPECT_GE(rankOf(to), 0) << file << " includes " << name << ", off the stack";
        }
    }
    EXPECT_GT(checked, 100); // the walk found the layer's includes
}

TEST(LayerRuleTest, IncludesOfThisLayerSayWidgets) {
    // "DesignScene.h" beside the includer, or "library/..." meaning widgets/library, would hide
    // which layer a line means (core has a library/ too).
    for (const auto& dir : {kWidgets, kWidgets.parent_path() / "app"}) {
        for (const auto& file : sourcesUnder(dir)) {
            for (const auto& name : quotedIncludes(file)) {
                if (name.starts_with("widgets/"))
                    continue;
                const bool beside = dir == kWidgets && fs::exists(file.parent_path() / name);
                EXPECT_FALSE(beside || fs::exists(kWidgets / name))
                    << file << " includes \"" << name << "\" without naming its layer";
            }
        }
    }
}

} // namespace
