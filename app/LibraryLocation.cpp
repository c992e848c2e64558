#include "LibraryLocation.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace studio::app {

QString defaultLibraryPath() {
    const QString chosen = QSettings().value(kLibraryPathKey).toString();
    if (!chosen.isEmpty())
        return chosen;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    return QDir(folder).filePath(QStringLiteral("library.sqlite"));
}

} // namespace studio::app
