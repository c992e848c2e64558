#include "CommandLine.h"
#include "HugePages.h"
#include "QtMessages.h"
#include "Studio.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char* argv[]) {
    using namespace studio::app;
    restartWithHugePagesForLargeInputs(argv);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Decided before any application object exists: headless commands need no display.
    const CommandLine commandLine(arguments);

    switch (commandLine.runtime()) {
    case Runtime::Gui:
        return runStudio(argc, argv, commandLine.files(), commandLine.libraryPath());
    case Runtime::Offscreen: {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        quietQtMessages();
        // A QApplication, not a QGuiApplication: rendering a DesignScene (a QGraphicsScene)
        // needs the widgets' palette and style.
        QApplication app(argc, argv);
        describeApplication();
        return commandLine.run();
    }
    case Runtime::Console:
        break;
    }
    quietQtMessages();
    QCoreApplication app(argc, argv);
    describeApplication();
    return commandLine.run();
}
