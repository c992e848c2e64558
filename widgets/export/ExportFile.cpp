#include "widgets/export/ExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace studio::widgets {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("studio::widgets::DesignExport", text);
}

} // namespace

QString cannotWriteExport(const QString& path, const QString& reason) {
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString writeExportFile(const QString& path, const QByteArray& bytes) {
    // QSaveFile would rename its temporary file over a device node (as root) or a pipe.
    const QFileInfo target(path);
    if (target.isDir())
        return cannotWriteExport(path, tr("is a folder"));
    if (target.exists() && !target.isFile())
        return cannotWriteExport(path, tr("is not a regular file"));
    QSaveFile file(path);
    // Unbuffered: a failed write reports its reason (errno) at once, not later as "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWriteExport(path, file.errorString());
    // A write that stops short (the disk filled up) sets no error; the next one fails with it.
    for (qsizetype done = 0; done < bytes.size();) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return cannotWriteExport(path, reason);
        }
        done += written;
    }
    if (!file.commit())
        return cannotWriteExport(path, file.errorString());
    return {};
}

} // namespace studio::widgets
