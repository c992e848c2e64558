#include "QtMessages.h"

#include "Console.h"

#include <QtGlobal>

namespace studio::app {

namespace {

void headlessMessage(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        printErr(QStringLiteral("sdstudio: Qt: ") + message);
}

} // namespace

void quietQtMessages() {
    if (qEnvironmentVariableIntValue("SDSTUDIO_QT_MESSAGES") == 0)
        qInstallMessageHandler(headlessMessage);
}

} // namespace studio::app
