#include "format/AnyDesignFile.h"

#include "format/DesignFile.h"
#include "format/DesignPng.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace studio::core {

namespace {

Problem fileProblem(const char* templ, std::vector<std::string> args = {}) {
    return makeProblem({}, "Validation", templ, std::move(args));
}

Result<Design> readPng(const std::string& path, const Catalog& catalog) {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot open: %1"),
                           {std::strerror(errno)});
    try {
        return designFromPng(in, catalog);
    } catch (const std::exception& failure) {
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot read: %1"), {failure.what()});
    }
}

} // namespace

Result<LoadedDesign> loadDesignAnyFile(const std::string& path, const Catalog& catalog) {
    // Only a regular file is a PNG: what is missing, a folder, a pipe or a device is the
    // design file reader's to refuse (unread: a pipe would wait for a writer).
    const DesignSource source = isPngFile(path) ? DesignSource::Png : DesignSource::DesignFile;
    Result<Design> design =
        source == DesignSource::Png ? readPng(path, catalog) : loadDesignFile(path, catalog);
    if (!design)
        return design.problems();
    return LoadedDesign{std::move(design).value(), source};
}

} // namespace studio::core
