// Units that are words go through translation; symbols stay as they are.
#include "InspectorFixture.h"

#include "widgets/inspector/FieldTexts.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTranslator>

namespace studio::widgets::test {
namespace {

// Marks every text it is asked for, so a test sees which texts were translated.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override {
        if (QByteArrayView(context) != "studio::widgets::FieldTexts")
            return {};
        return QStringLiteral("<%1>").arg(QString::fromUtf8(source));
    }
};

class UnitTextsTest : public InspectorTest {
protected:
    UnitTextsTest() { QCoreApplication::installTranslator(&translator); }
    ~UnitTextsTest() override { QCoreApplication::removeTranslator(&translator); }

    MarkingTranslator translator;
};

TEST_F(UnitTextsTest, WordUnitsAreTranslated) {
    for (const char* unit : {"users", "days", "copies", "items", "req/s", "count", "1/day"})
        EXPECT_EQ(FieldTexts::unit(unit), QStringLiteral("<%1>").arg(unit));
    for (const char* unit : {"s", "B", "x", "0..1", ""})
        EXPECT_EQ(FieldTexts::unit(unit), QString::fromUtf8(unit)) << "a symbol stays";
}

TEST_F(UnitTextsTest, TheInspectorShowsTranslatedUnits) {
    InspectorWidget fresh(&document);
    fresh.setSelection({});
    const auto unitOf = [&fresh](const char* key) {
        const auto* label =
            fresh.form()->findChild<QLabel*>(QString::fromLatin1(key) + QStringLiteral("Unit"));
        return label ? label->text() : QStringLiteral("(none)");
    };
    EXPECT_EQ(unitOf("dau"), "<users>");
    EXPECT_EQ(unitOf("retention_days"), "<days>");
    EXPECT_EQ(unitOf("replicas"), "<copies>");
    EXPECT_EQ(unitOf("item_count"), "<items>");
    EXPECT_EQ(unitOf("throughput"), "<req/s>");
    EXPECT_EQ(unitOf("p99_latency"), "s");

    fresh.setSelection({"db"});
    EXPECT_EQ(unitOf("workers"), "<count>") << "the catalog's units too";
}

TEST_F(InspectorTest, TheShareOnlineSaysWhatItIs) {
    inspector.setSelection({});
    auto* share = field<QLineEdit>("concurrent_fraction");
    QString shownLabel;
    for (const QLabel* candidate : inspector.form()->findChildren<QLabel*>())
        if (candidate->buddy() == share)
            shownLabel = candidate->text();
    EXPECT_EQ(shownLabel, "Share online at once");
    EXPECT_TRUE(share->toolTip().contains("from 0 to 1")) << share->toolTip().toStdString();
    EXPECT_TRUE(share->toolTip().contains("Range: 0 .. 1"));
}

} // namespace
} // namespace studio::widgets::test
