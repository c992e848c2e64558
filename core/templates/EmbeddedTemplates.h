#pragma once

#include <span>
#include <string_view>

namespace studio::core {

// One file of templates/ as the build embedded it in the core library.
struct EmbeddedTemplate {
    std::string_view fileName; // "url-shortener.json"
    std::string_view text;     // the file's bytes (UTF-8 JSON)
};

// Every templates/*.json at build time, sorted by file name. Defined in a source the build
// generates (EmbedTemplates.cmake); static storage, valid for the whole program.
std::span<const EmbeddedTemplate> embeddedTemplates();

} // namespace studio::core
