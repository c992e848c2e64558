#include "format/DesignFile.h"

#include "format/DesignJson.h"
#include "format/Validator.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace studio::core {

namespace fs = std::filesystem;

namespace {

constexpr const char* kContext = "Validation";
// Far beyond any design people draw; refusing bigger files keeps a wrong pick (a video, a
// disk image) from exhausting memory.
constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

Problem fileProblem(const char* templ, std::vector<std::string> args = {}) {
    Problem problem = makeProblem({}, kContext, templ, std::move(args));
    problem.about = ProblemSubject::design();
    return problem;
}

std::string systemReason(int error) {
    return error ? std::strerror(error) : "unknown error";
}

// A name beside the target that no other save (in this process or another) picks.
fs::path temporaryPath(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    std::ostringstream name;
    name << "." << target.filename().string() << ".saving-" << std::hex << ticks << "-"
         << counter++;
    return target.parent_path() / name.str();
}

Result<std::string> readText(const std::string& path) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found)
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot open: no such file"));
    if (error)
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot open: %1"), {error.message()});
    if (fs::is_directory(status))
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "is a directory, not a design file"));
    // A pipe would block until a writer comes and a device (/dev/zero) never ends: neither
    // has a size to check against the limit.
    if (!fs::is_regular_file(status))
        return fileProblem(SDS_TRANSLATE_NOOP(
            "Validation", "is not a regular file (a pipe, a device or a socket)"));
    const std::uintmax_t size = fs::file_size(path, error);
    if (!error && size > kMaxFileBytes)
        return fileProblem(
            SDS_TRANSLATE_NOOP("Validation",
                               "is %1 MB, far larger than a design file can be (at most %2 MB)"),
            {std::to_string(size >> 20), std::to_string(kMaxFileBytes >> 20)});

    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot open: %1"),
                           {systemReason(errno)});
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad())
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot read: %1"),
                           {systemReason(errno)});
    return text;
}

// Writes `text` to `temp`; returns why not, or an empty string.
std::string writeTemporary(const fs::path& temp, const std::string& text) {
    errno = 0;
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out)
        return systemReason(errno);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    const int writeError = errno;
    const bool written = out.good();
    out.close();
    if (!written || out.fail())
        return systemReason(writeError ? writeError : errno);
    return {};
}

} // namespace

Result<Design> loadDesignFile(const std::string& path, const Catalog& catalog) {
    try {
        Result<std::string> text = readText(path);
        if (!text)
            return text.problems();
        return validDesignFromJson(text.value(), catalog);
    } catch (const std::exception& error) {
        return fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot read: %1"), {error.what()});
    }
}

Problems saveDesignFile(const Design& design, const std::string& path) {
    fs::path temp;
    std::error_code ignored;
    try {
        fs::path target(path);
        // Saving through a symbolic link replaces the file it points to, not the link.
        if (fs::is_symlink(fs::symlink_status(target, ignored)))
            target = fs::weakly_canonical(target);
        if (target.filename().empty())
            return {fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot save: %1 names a folder"),
                                {path})};
        const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        std::error_code error;
        const fs::file_status folderStatus = fs::status(folder, error);
        if (folderStatus.type() == fs::file_type::not_found)
            return {fileProblem(
                SDS_TRANSLATE_NOOP("Validation", "cannot save: the folder %1 does not exist"),
                {folder.string()})};
        if (error)
            return {fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot save: %1"),
                                {error.message()})};
        if (!fs::is_directory(folderStatus))
            return {fileProblem(
                SDS_TRANSLATE_NOOP("Validation", "cannot save: %1 is a file, not a folder"),
                {folder.string()})};
        const fs::file_status targetStatus = fs::status(target, error);
        if (fs::is_directory(targetStatus))
            return {fileProblem(SDS_TRANSLATE_NOOP(
                "Validation", "cannot save: is a directory, not a design file"))};
        // Renaming over a device, a pipe or a socket would replace it with a regular file.
        if (fs::exists(targetStatus) && !fs::is_regular_file(targetStatus))
            return {fileProblem(
                SDS_TRANSLATE_NOOP("Validation",
                                   "cannot save: %1 is not a regular file (a device, a pipe "
                                   "or a socket); choose another name"),
                {target.string()})};

        const std::string text = designToJson(design);
        temp = temporaryPath(target);
        if (const std::string reason = writeTemporary(temp, text); !reason.empty()) {
            fs::remove(temp, ignored);
            return {fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot save: %1"), {reason})};
        }
        // Keep the permissions of the file being replaced.
        if (fs::exists(targetStatus))
            fs::permissions(temp, targetStatus.permissions(), ignored);
        fs::rename(temp, target, error);
        if (error) {
            fs::remove(temp, ignored);
            return {fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot save: %1"),
                                {error.message()})};
        }
        return {};
    } catch (const std::exception& error) {
        if (!temp.empty())
            fs::remove(temp, ignored);
        return {fileProblem(SDS_TRANSLATE_NOOP("Validation", "cannot save: %1"), {error.what()})};
    }
}

} // namespace studio::core
