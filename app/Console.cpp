#include "Console.h"

#include <QByteArray>

#include <cstdio>

namespace studio::app {

namespace {
void print(std::FILE* stream, const QString& line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void printOut(const QString& line) {
    print(stdout, line);
}

void printErr(const QString& line) {
    print(stderr, line);
}

} // namespace studio::app
