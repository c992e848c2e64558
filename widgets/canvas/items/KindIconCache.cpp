#include "widgets/canvas/items/KindIconCache.h"

#include "widgets/base/KindIcons.h"

#include <QHash>
#include <QIcon>

#include <algorithm>
#include <map>

namespace studio::widgets {

namespace {
// Sizes grow in steps so zooming renders a handful of pixmaps per kind, not one per frame.
int sizeStep(int pixels) {
    pixels = std::clamp(pixels, 8, KindIconCache::kMaxPixels);
    const int step = pixels <= 32 ? 4 : pixels <= 64 ? 8 : 32;
    return (pixels + step - 1) / step * step;
}
} // namespace

const QPixmap& KindIconCache::pixmap(const QString& kindId, int devicePixels) {
    static QHash<QString, std::map<int, QPixmap>> cache;
    const int size = sizeStep(devicePixels);
    auto& sizes = cache[kindId];
    auto it = sizes.find(size);
    if (it == sizes.end()) {
        // Rendered at a pixel ratio of 1: the painter scales it to the exact device size.
        const QPixmap rendered = QIcon(kindIconPath(kindId)).pixmap(QSize(size, size), 1.0);
        it = sizes.emplace(size, rendered).first;
    }
    return it->second;
}

} // namespace studio::widgets
