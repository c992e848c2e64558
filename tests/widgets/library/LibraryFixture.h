#pragma once

#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/library/StudioLibrary.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace studio::widgets::test {

// A real library file in a temporary folder and an open document.
class LibraryFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        auto opened = core::Library::open(dir.filePath("library.sqlite").toStdString());
        ASSERT_TRUE(opened.ok());
        library = std::make_unique<StudioLibrary>(std::move(opened).value());
    }

    core::DesignId addSample(const std::string& name) {
        core::Design design = sampleDesign();
        design.name = name;
        auto added = library->add(design);
        EXPECT_TRUE(added.ok());
        return added.ok() ? added.value() : 0;
    }

    QTemporaryDir dir;
    std::unique_ptr<StudioLibrary> library;
    StudioDocument document;
};

} // namespace studio::widgets::test
