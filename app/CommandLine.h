#pragma once

#include "Command.h"

#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace studio::app {

// Decides from the arguments alone, before any application object exists, what the program
// does and which application object that needs:
//   sdstudio [--db PATH] [FILE]      the studio (Runtime::Gui), opening FILE if given
//   sdstudio COMMAND [ARGS]          a headless subcommand (see commands())
//   sdstudio help [COMMAND]          help, like --help
//   sdstudio --help | --version      text only (Runtime::Console)
// A command line that does not parse is a Console outcome too: run() prints one line of
// error and a hint, and returns kExitUsage. So is a first word that is neither a command nor
// an existing file ("unknown command 'simulat'; did you mean 'simulate'?"): it never opens
// the studio.
class CommandLine {
public:
    explicit CommandLine(QStringList arguments);
    ~CommandLine();

    Runtime runtime() const;
    bool opensStudio() const { return m_action == Action::OpenStudio; }
    // The files to open in the studio.
    const QStringList& files() const { return m_positionals; }
    // The library the studio opens (`--db PATH`); empty: the default library.
    const QString& libraryPath() const { return m_libraryPath; }

    // Runs everything but the studio: help, version, usage errors and subcommands. Needs the
    // application object runtime() asks for. Returns the exit status.
    int run() const;

private:
    enum class Action { OpenStudio, ShowHelp, ShowVersion, UsageError, RunCommand };

    void parseStudio();
    void parseGroup(const QString& group, const QStringList& names);
    void parseCommand(const Command& command);
    void parseHelp();
    void fail(const QString& message, const Command* context = nullptr);
    void printHelp(const Command* command) const;

    QStringList m_arguments;
    Action m_action = Action::OpenStudio;
    const Command* m_command = nullptr; // the command to run, or whose help or error it is
    std::unique_ptr<QCommandLineParser> m_parser;
    QStringList m_positionals;
    QString m_error;
    QString m_libraryPath;
};

} // namespace studio::app
