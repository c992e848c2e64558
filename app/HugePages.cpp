#include "HugePages.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

#include <unistd.h>

namespace studio::app {

namespace {
constexpr const char* kTunable = "glibc.malloc.hugetlb";
constexpr std::uintmax_t kLargeInput = 8u << 20; // bytes

bool namesLargeFile(char* argv[]) {
    for (int i = 1; argv[i]; ++i) {
        std::error_code error;
        const std::uintmax_t size = std::filesystem::file_size(argv[i], error);
        if (!error && size >= kLargeInput)
            return true;
    }
    return false;
}
} // namespace

void restartWithHugePagesForLargeInputs(char* argv[]) {
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if ((tunables && std::strstr(tunables, kTunable)) || !namesLargeFile(argv))
        return;
    std::string value = tunables && *tunables ? std::string(tunables) + ":" : std::string();
    value += kTunable;
    value += "=1";
    if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    ::unsetenv("GLIBC_TUNABLES"); // exec failed: go on as we are
    if (tunables)
        ::setenv("GLIBC_TUNABLES", tunables, 1);
}

} // namespace studio::app
