#include "widgets/base/KindIcons.h"

#include <QFile>
#include <QHash>

namespace studio::widgets {

QString kindIconPath(const QString& kindId) {
    const QString path = QStringLiteral(":/icons/%1.svg").arg(kindId);
    return QFile::exists(path) ? path : QStringLiteral(":/icons/generic_box.svg");
}

QIcon kindIcon(const QString& kindId) {
    static QHash<QString, QIcon> cache;
    auto it = cache.find(kindId);
    if (it == cache.end())
        it = cache.insert(kindId, QIcon(kindIconPath(kindId)));
    return *it;
}

} // namespace studio::widgets
