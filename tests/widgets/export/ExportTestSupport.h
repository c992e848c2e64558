#pragma once

// What the export tests share: the bytes an export wrote.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace studio::widgets::test {

// The whole file at `path`; empty when it cannot be read.
inline QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace studio::widgets::test
