// Writing an export: never over something that is not a regular file, and a failed write
// says why in the system's words.
#include "ExportTestSupport.h"
#include "SampleDesign.h"

#include "widgets/export/DesignExport.h"
#include "widgets/export/ExportFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>

#include <sys/resource.h>
#include <sys/stat.h>

namespace studio::widgets {
namespace {

bool isFifo(const QString& path) {
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISFIFO(status.st_mode);
}

using Writer = std::function<QString(const QString&)>;

std::vector<std::pair<const char*, Writer>> writers() {
    const core::Design design = test::sampleDesign();
    return {
        {"bytes", [](const QString& path) { return writeExportFile(path, "bytes"); }},
        {"png", [design](const QString& path) { return writePng(design, path, {}); }},
        {"svg", [design](const QString& path) { return writeSvg(design, path); }},
        {"pdf", [design](const QString& path) { return writePdf(design, path); }},
    };
}

// As root, QSaveFile's rename replaced a device node with a regular file; a pipe stands in
// for the device here.
TEST(ExportFileTest, ATargetThatIsNotARegularFileIsRefused) {
    QTemporaryDir dir;
    const QString pipe = dir.filePath("pipe");
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0) << std::strerror(errno);
    for (const auto& [name, write] : writers()) {
        const QString error = write(pipe);
        EXPECT_TRUE(error.contains(QStringLiteral("is not a regular file")))
            << name << ": " << error.toStdString();
        EXPECT_TRUE(isFifo(pipe)) << name;
        EXPECT_TRUE(write(dir.path()).contains(QStringLiteral("is a folder"))) << name;
    }
}

TEST(ExportFileTest, WritesAndReplacesARegularFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath("out.bin");
    EXPECT_EQ(writeExportFile(path, "first"), QString());
    EXPECT_EQ(writeExportFile(path, "second"), QString());
    EXPECT_EQ(test::readAll(path), QByteArray("second"));
}

// A full disk and the file size limit fail a write the same way (ENOSPC, EFBIG): the error
// gives the system's reason, never Qt's "Unknown error", and the earlier file stays.
TEST(ExportFileTest, AFailedWriteSaysWhy) {
    QTemporaryDir dir;
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    for (const auto& [name, write] : writers()) {
        if (std::string(name) == "bytes")
            continue;
        const QString path = dir.filePath(QStringLiteral("out.") + name);
        ASSERT_EQ(writeExportFile(path, "earlier"), QString());
        rlimit small = saved;
        small.rlim_cur = 2048; // bytes: less than any export
        ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
        const QString error = write(path);
        setrlimit(RLIMIT_FSIZE, &saved);
        EXPECT_TRUE(error.contains(QString::fromLocal8Bit(std::strerror(EFBIG))))
            << name << ": " << error.toStdString();
        EXPECT_FALSE(error.contains(QStringLiteral("Unknown error"))) << name;
        EXPECT_EQ(test::readAll(path), QByteArray("earlier")) << name;
    }
    std::signal(SIGXFSZ, previousHandler);
}

} // namespace
} // namespace studio::widgets
