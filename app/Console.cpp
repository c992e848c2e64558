#include "Console.h"

#include "Command.h"

#include <QByteArray>

#include <cstdio>

namespace studio::app {

namespace {
QString escaped(const QString& text, bool keepLines) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u != 0x7f) || u == '\t' || (keepLines && u == '\n'))
            out += c;
        else if (u == '\n')
            out += QStringLiteral("\\n");
        else
            out += QStringLiteral("\\x%1").arg(static_cast<int>(u), 2, 16, QLatin1Char('0'));
    }
    return out;
}

void print(std::FILE* stream, const QString& line) {
    const QByteArray bytes = escaped(line, true).toUtf8() + '\n';
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

QString printable(const QString& text) {
    return escaped(text, false);
}

QString printable(const std::string& text) {
    return escaped(QString::fromStdString(text), false);
}

int printUsageError(const QString& command, const QString& message) {
    printErr(QStringLiteral("sdstudio %1: %2").arg(command, printable(message)));
    printErr(QStringLiteral("Try 'sdstudio %1 --help' for more information.").arg(command));
    return kExitUsage;
}

int printProblems(const QString& file, const core::Problems& problems) {
    for (const core::Problem& problem : problems)
        printErr(printable(file + QStringLiteral(": ") + QString::fromStdString(problem.text())));
    return kExitFailed;
}

QString tableRow(const QStringList& cells, const QList<int>& widths) {
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const int w = widths.value(i, 0);
        line += i == 0 ? cells[i].leftJustified(w) : u' ' + cells[i].rightJustified(w);
    }
    return line;
}

} // namespace studio::app
