#pragma once

// Small text helpers the command-line tests share.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace studio::cli::test {

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The whole file, bytes as they are; empty when it cannot be read.
inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace studio::cli::test
