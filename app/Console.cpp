#include "Console.h"

#include "Command.h"

#include <QByteArray>

#include <cstdio>

namespace studio::app {

namespace {
void print(std::FILE* stream, const QString& line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}
} // namespace

// Standard output stays buffered (a 200,000-row estimate flushed line by line spent a
// second in write calls); it is flushed before every error line so both keep their order.
void printOut(const QString& line) {
    print(stdout, line);
}

void printErr(const QString& line) {
    std::fflush(stdout);
    print(stderr, line);
}

int printUsageError(const QString& command, const QString& message) {
    printErr(QStringLiteral("sdstudio %1: %2").arg(command, message));
    printErr(QStringLiteral("Try 'sdstudio %1 --help' for more information.").arg(command));
    return kExitUsage;
}

int printProblems(const QString& file, const core::Problems& problems) {
    for (const core::Problem& problem : problems)
        printErr(file + QStringLiteral(": ") + QString::fromStdString(problem.text()));
    return kExitFailed;
}

} // namespace studio::app
