#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace studio::app {

// Exit statuses of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1; // the input is invalid or a check failed
inline constexpr int kExitUsage = 2;  // the command line does not parse

// The application object a command needs; main() creates it before running the command.
enum class Runtime {
    Console,   // QCoreApplication: no display, no GUI classes
    Offscreen, // QApplication on the offscreen platform: renders scenes without a display
    Gui,       // QApplication: the studio's windows
};

// One headless subcommand: `sdstudio NAME [options] ARGUMENTS`. Texts are English (the
// command line does not translate).
struct Command {
    QString name;          // "validate", or two words for a group's command: "library list"
    QString summary;       // one line for `sdstudio --help`
    QStringList arguments; // positional argument names, in order: {"FILE"}
    int required = 0;      // how many of `arguments` must be given; the rest are optional
    // Whether the last of `arguments` may be given any number of times ("KEY=VALUE...").
    bool repeatsLast = false;
    Runtime runtime = Runtime::Console;
    // Adds the command's options and describes its positional arguments.
    std::function<void(QCommandLineParser&)> configure;
    // Runs the command once the command line parsed; `arguments` are its positional
    // arguments (the command's name not included). Returns the exit status.
    std::function<int(const QCommandLineParser&, const QStringList& arguments)> run;

    // The positional arguments as help shows them: "FILE [OUT]".
    QString syntax() const;
};

} // namespace studio::app
