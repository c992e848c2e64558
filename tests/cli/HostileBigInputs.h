#pragma once

#include <filesystem>

namespace studio::cli::test {

// Writes the hostile inputs too big to keep in the repository into `folder`: deep-name.json
// and deep-property.json (50,000 levels of nesting in valid.json of `data`, the folder
// tests/data/hostile), deep-unclosed.json, deep-design.png, too-big.json (65 MB, sparse) and
// bomb.png (a zTXt chunk inflating to 80 MB).
void writeBigInputs(const std::filesystem::path& folder, const std::filesystem::path& data);

} // namespace studio::cli::test
