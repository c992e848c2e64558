// One loader for what a person opens: a design file or a PNG exported with its design, told
// apart by the file's first bytes, never its name.
#include "TempFolderTest.h"
#include "TestDesigns.h"

#include "format/AnyDesignFile.h"
#include "format/DesignJson.h"
#include "format/DesignPng.h"
#include "format/PngChunks.h"

#include <gtest/gtest.h>

#if defined(__unix__)
#include <sys/stat.h>
#endif

namespace studio::core {
namespace {

using test::describe;

// A PNG of `chunks` between its header and its (fake) pixels: nothing decodes them.
std::string png(const std::string& chunks) {
    const std::string side("\x00\x00\x00\x10", 4); // 16 x 16, RGBA
    return std::string("\x89PNG\r\n\x1a\n", 8) +
           pngChunk("IHDR", side + side + std::string("\x08\x06\x00\x00\x00", 5)) + chunks +
           pngChunk("IDAT", "not really pixels") + pngChunk("IEND", "");
}

class AnyDesignFileTest : public test::TempFolderTest {
protected:
    // The problems of loading `path`, one a line; fails the test if it loaded.
    static std::string problemsOf(const std::string& path) {
        const auto loaded = loadDesignAnyFile(path);
        EXPECT_FALSE(loaded.ok()) << path;
        return loaded.ok() ? std::string() : describe(loaded.problems());
    }
};

TEST_F(AnyDesignFileTest, ADesignFileLoadsWhateverItsName) {
    const Design design = test::smallDesign();
    for (const char* name : {"design.json", "design.png"}) {
        const auto loaded = loadDesignAnyFile(write(name, designToJson(design)));
        ASSERT_TRUE(loaded.ok()) << name << ": " << describe(loaded.problems());
        EXPECT_EQ(loaded.value().source, DesignSource::DesignFile) << name;
        EXPECT_EQ(loaded.value().design, design) << name;
    }
}

TEST_F(AnyDesignFileTest, APngWithADesignChunkLoadsWhateverItsName) {
    const Design design = test::smallDesign();
    const std::string bytes =
        png(pngInternationalTextChunk(kPngDesignKey, designToJson(design), 6));
    for (const char* name : {"design.png", "design.json"}) {
        const std::string path = write(name, bytes);
        EXPECT_TRUE(isPngFile(path));
        const auto loaded = loadDesignAnyFile(path);
        ASSERT_TRUE(loaded.ok()) << name << ": " << describe(loaded.problems());
        EXPECT_EQ(loaded.value().source, DesignSource::Png) << name;
        EXPECT_EQ(loaded.value().design, design) << name;
    }
}

TEST_F(AnyDesignFileTest, APngWithoutADesignSaysSo) {
    const std::string path =
        write("plain.png", png(pngChunk("tEXt", std::string("Software\0Qt", 11))));
    EXPECT_NE(problemsOf(path).find("holds no design"), std::string::npos) << problemsOf(path);
}

TEST_F(AnyDesignFileTest, AnEmbeddedDesignIsValidatedLikeAFile) {
    Design invalid = test::smallDesign();
    invalid.links.front().to = "ghost";
    const std::string path = write(
        "invalid.png", png(pngInternationalTextChunk(kPngDesignKey, designToJson(invalid), 0)));
    EXPECT_NE(problemsOf(path).find("ghost"), std::string::npos) << problemsOf(path);
}

TEST_F(AnyDesignFileTest, AFileThatIsNeitherIsReadAsADesignFileAndSaysWhy) {
    const std::string path = write("notes.png", "hello");
    EXPECT_FALSE(isPngFile(path));
    const std::string problems = problemsOf(path);
    EXPECT_NE(problems.find("JSON"), std::string::npos) << problems;
    EXPECT_EQ(problems.find("PNG"), std::string::npos) << problems;
}

TEST_F(AnyDesignFileTest, MissingFilesFoldersAndPipesAreRefusedUnread) {
    EXPECT_NE(problemsOf(path("nowhere.png")).find("cannot open: no such file"), std::string::npos);
    EXPECT_NE(problemsOf(m_dir.string()).find("is a directory"), std::string::npos);
#if defined(__unix__)
    const std::string pipe = path("pipe.png");
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
    EXPECT_FALSE(isPngFile(pipe));
    EXPECT_NE(problemsOf(pipe).find("is not a regular file"), std::string::npos);
#endif
}

} // namespace
} // namespace studio::core
