// The library's first design shows whole in the panel: its thumbnail, name and date, also when
// its thumbnail is drawn after the panel first laid the list out.
#include "LibraryFixture.h"

#include "widgets/library/LibraryModel.h"
#include "widgets/library/LibraryPanel.h"
#include "widgets/library/ThumbnailQueue.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QImage>
#include <QListView>
#include <QTest>

namespace studio::widgets {
namespace {

class LibraryFirstDesignTest : public test::LibraryFixture {
protected:
    static QByteArray png(const QSize& size) {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    // The row's rectangle holds the whole thumbnail and both lines of text, and lies inside
    // the list's viewport.
    static void expectWhole(const LibraryPanel& panel, const QModelIndex& index) {
        QListView* view = panel.view();
        const QRect item = view->visualRect(index);
        const int lines = 2 * QFontMetrics(view->font()).height();
        EXPECT_GE(item.height(), view->iconSize().height() + lines);
        EXPECT_GE(item.width(), view->iconSize().width());
        EXPECT_TRUE(view->viewport()->rect().contains(item))
            << "item " << item.x() << "," << item.y() << " " << item.width() << "x" << item.height()
            << " in " << view->viewport()->width() << "x" << view->viewport()->height();
    }
};

TEST_F(LibraryFirstDesignTest, ShowsTheOnlyDesignWhole) {
    const core::DesignId id = addSample("Orders");
    LibraryPanel panel(library.get());
    panel.resize(panel.sizeHint().expandedTo(QSize(100, 300)));
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    ASSERT_EQ(panel.model()->rowCount(), 1);
    expectWhole(panel, panel.model()->index(0));

    // Its thumbnail arrives later, as the queue draws it once the studio is idle.
    const int revision = library->store().entry(id).value().revision;
    ASSERT_TRUE(library->setThumbnail(id, png(ThumbnailQueue::kSize), revision).empty());
    QApplication::processEvents();
    expectWhole(panel, panel.model()->index(0));
}

} // namespace
} // namespace studio::widgets
