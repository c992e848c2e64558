#include "TemplateTestSupport.h"

#include "../format/TestDesigns.h"
#include "templates/TemplateJson.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace studio::core::test {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string testTemplateText() {
    return readFile(std::string(STUDIO_SOURCE_DIR) +
                    "/tests/core/templates/data/test-template.json");
}

nlohmann::ordered_json testTemplateJson() {
    return nlohmann::ordered_json::parse(testTemplateText());
}

Template testTemplate() {
    const auto parsed = templateFromJson(testTemplateText(), "test-template");
    EXPECT_TRUE(parsed.ok()) << describe(parsed.problems());
    return parsed.ok() ? parsed.value() : Template{};
}

} // namespace studio::core::test
