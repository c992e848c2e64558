#include "Studio.h"

#include "Command.h"
#include "Console.h"
#include "LibraryLocation.h"
#include "Version.h"

#include "widgets/base/Theme.h"
#include "widgets/base/Translation.h"
#include "widgets/library/StudioLibrary.h"
#include "widgets/window/FileActions.h"
#include "widgets/window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace studio::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Studio", text);
}

// Opens the library the studio works in: `requested`, or the default one. When it cannot be
// opened, says why and where, leaves the file as it is, and offers a fresh library beside it
// (the default from then on, when it replaces the default) or to go on with files only.
std::unique_ptr<widgets::StudioLibrary> openStudioLibrary(const QString& requested) {
    QString path = requested.isEmpty() ? defaultLibraryPath() : requested;
    if (path.isEmpty()) {
        QMessageBox::warning(nullptr, tr("No Design Library"),
                             tr("There is no folder for the design library. Designs can still "
                                "be saved as files."));
        return nullptr;
    }
    for (;;) {
        auto library = core::Library::open(QFile::encodeName(path).toStdString());
        if (library.ok()) {
            if (const auto& notice = library.value().notice())
                QMessageBox::information(nullptr, tr("Library Is Read-Only"),
                                         widgets::translatedMessage(*notice));
            return std::make_unique<widgets::StudioLibrary>(std::move(library).value());
        }
        QStringList lines;
        for (const core::Problem& problem : library.problems())
            lines.append(widgets::translatedMessage(problem.message));
        QMessageBox box(QMessageBox::Warning, tr("Cannot Open the Design Library"),
                        tr("The design library %1 cannot be opened. The file is left as it is.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::NoButton);
        box.setInformativeText(lines.join(u'\n'));
        QPushButton* fresh = nullptr;
        if (QFileInfo::exists(path))
            fresh = box.addButton(tr("Start a Fresh Library Beside It"), QMessageBox::AcceptRole);
        box.addButton(tr("Work Without a Library"), QMessageBox::RejectRole);
        box.exec();
        if (!fresh || box.clickedButton() != fresh)
            return nullptr;
        path = QFile::decodeName(
            core::freshLibraryPathBeside(QFile::encodeName(path).toStdString()).c_str());
        if (requested.isEmpty())
            QSettings().setValue(kLibraryPathKey, path);
    }
}

} // namespace

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("sdstudio"));
    QCoreApplication::setOrganizationName(QStringLiteral("sdstudio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(core::studioVersion()));
}

bool hasDisplay() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without these, Qt's platform plugin aborts the process (exit 134) with many lines.
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    return false;
#else
    return true;
#endif
}

int runStudio(int& argc, char** argv, const QStringList& files, const QString& libraryPath) {
    if (!hasDisplay()) {
        printErr(QStringLiteral("sdstudio: no display to open the studio on (DISPLAY and "
                                "WAYLAND_DISPLAY are not set); commands run without one, see "
                                "'sdstudio --help'"));
        return kExitFailed;
    }
    QApplication app(argc, argv);
    describeApplication();

    const QLocale locale;
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator studioTranslator;
    if (widgets::loadStudioTranslation(studioTranslator, locale))
        QCoreApplication::installTranslator(&studioTranslator);
    widgets::applyStoredTheme();

    // Declared before the window, which uses it until it is gone.
    const std::unique_ptr<widgets::StudioLibrary> library = openStudioLibrary(libraryPath);
    widgets::MainWindow window(library.get());
    window.show();
    for (const QString& file : files)
        window.openFile(file);
    // Once the window is up: a draft left by a crash first, else the gallery for a person
    // whose library is still empty.
    QTimer::singleShot(0, &window, [&window, &library, &files] {
        if (!library || window.offerDraft() || !files.isEmpty())
            return;
        const auto designs = library->store().list();
        if (designs.ok() && designs.value().empty() && !library->readOnly())
            window.fileActions()->newFromTemplate();
    });
    return app.exec();
}

} // namespace studio::app
