#pragma once

// Helpers the window tests share: a file in a temporary folder, the text of a message box the
// window showed, a menu of the menu bar by its title.
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace studio::widgets::test {

// Writes `bytes` to `name` in `dir`; returns the path.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
    return path;
}

// The whole text of the message box named `objectName` that `window` showed (empty if none);
// closes it.
inline QString takeMessageBox(const QWidget& window, const char* objectName) {
    auto* box = window.findChild<QMessageBox*>(objectName);
    if (!box)
        return {};
    const QString text = box->text() + '\n' + box->informativeText() + '\n' + box->detailedText();
    box->close();
    delete box;
    return text;
}

// The menu of `window`'s menu bar titled `title` (with its accelerator, "&File"), or nullptr.
inline QMenu* menuTitled(const QMainWindow& window, const QString& title) {
    for (QAction* action : window.menuBar()->actions())
        if (action->text() == title)
            return action->menu();
    return nullptr;
}

} // namespace studio::widgets::test
