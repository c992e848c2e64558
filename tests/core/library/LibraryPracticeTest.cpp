// Practice sessions in the library: kept, replaced as the session goes on, listed oldest first
// without their JSON, removed.
#include "LibraryTestSupport.h"

#include <gtest/gtest.h>

namespace studio::core {
namespace {

using test::mentions;

using PracticeTest = test::LibraryFileTest;

PracticeRecord record(const std::string& title, UnixMs started, int earned) {
    return PracticeRecord{"url-shortener",
                          title,
                          started,
                          std::nullopt,
                          earned,
                          11,
                          R"({"missed":[]})",
                          "{\"session\":\"" + title + "\"}"};
}

TEST_F(PracticeTest, SessionsAreKeptReplacedListedAndRemoved) {
    Library library = openLibrary("lib.sqlite");
    const Result<PracticeId> later = library.savePractice(std::nullopt, record("Later", 2000, 5));
    ASSERT_LIBRARY_OK(later);
    const Result<PracticeId> first = library.savePractice(std::nullopt, record("First", 1000, 3));
    ASSERT_LIBRARY_OK(first);

    PracticeRecord submitted = record("Later", 2000, 9);
    submitted.submitted = 2500;
    ASSERT_LIBRARY_OK(library.savePractice(later.value(), submitted));

    const auto entries = library.practices().value();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].id, first.value()); // oldest first
    EXPECT_EQ(entries[1].record.earned, 9);
    EXPECT_EQ(entries[1].record.submitted, 2500);
    EXPECT_EQ(entries[1].record.summary, R"({"missed":[]})");
    EXPECT_TRUE(entries[1].record.session.empty()) << "the list reads no session JSON";
    EXPECT_EQ(library.practiceJson(later.value()).value(), "{\"session\":\"Later\"}");

    ASSERT_LIBRARY_OK(library.removePractice(first.value()));
    EXPECT_EQ(library.practices().value().size(), 1u);
    EXPECT_TRUE(mentions(library.removePractice(first.value()), "no practice session"));
    EXPECT_FALSE(library.savePractice(PracticeId{99}, record("x", 1, 1)).ok());
    EXPECT_FALSE(library.practiceJson(99).ok());
}

} // namespace
} // namespace studio::core
