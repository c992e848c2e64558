#include "Studio.h"

#include "MainWindow.h"
#include "Translation.h"
#include "Version.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace studio::app {

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("sdstudio"));
    QCoreApplication::setOrganizationName(QStringLiteral("sdstudio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(core::studioVersion()));
}

int runStudio(int& argc, char** argv, const QStringList& files) {
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

    widgets::MainWindow window;
    window.show();
    for (const QString& file : files)
        window.openFile(file);
    return app.exec();
}

} // namespace studio::app
