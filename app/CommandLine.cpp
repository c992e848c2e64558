#include "CommandLine.h"

#include "CommandSuggestion.h"
#include "Commands.h"
#include "Console.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

namespace studio::app {

namespace {

const QString kProgram = QStringLiteral("sdstudio");

QString studioDescription() {
    QString text =
        QStringLiteral("System Design Studio: sketch a distributed system and ask it questions.\n"
                       "Without a command, opens the studio (and FILE, if given).\n\nCommands:\n");
    QStringList entries;
    for (const Command& command : commands())
        entries.append(command.name + u' ' + command.syntax());
    entries.append(QStringLiteral("help [COMMAND]"));
    qsizetype width = 0;
    for (const QString& entry : entries)
        width = std::max(width, entry.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString summary = i < static_cast<qsizetype>(commands().size())
                                    ? commands()[static_cast<std::size_t>(i)].summary
                                    : QStringLiteral("Show the help of a command.");
        text += QStringLiteral("  ") + entries[i].leftJustified(width + 2) + summary + u'\n';
    }
    text += QStringLiteral("\nRun 'sdstudio help COMMAND' for a command's options.");
    return text;
}

const QString kExitStatus = QStringLiteral(
    "Exit status: 0 success, 1 invalid input or a failed check, 2 a bad command line.");

// A parser for the studio (command == nullptr) or for one subcommand.
std::unique_ptr<QCommandLineParser> makeParser(const Command* command) {
    auto parser = std::make_unique<QCommandLineParser>();
    parser->addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                         QStringLiteral("Show this help and exit.")));
    if (!command) {
        parser->setApplicationDescription(studioDescription());
        parser->addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                             QStringLiteral("Show the version and exit.")));
        parser->addOption(QCommandLineOption(
            QStringLiteral("db"),
            QStringLiteral("The design library to use instead of the default one."),
            QStringLiteral("PATH")));
        parser->addPositionalArgument(QStringLiteral("FILE"),
                                      QStringLiteral("A design file to open in the studio."),
                                      QStringLiteral("[FILE]"));
        return parser;
    }
    parser->setApplicationDescription(command->summary);
    if (command->configure)
        command->configure(*parser);
    return parser;
}

bool helpRequested(const QCommandLineParser& parser) {
    return parser.isSet(QStringLiteral("help"));
}

// The arguments without the command's name (one word, or two for a group's command): what
// its parser reads.
QStringList withoutCommandName(const QStringList& arguments, const Command& command) {
    QStringList rest = arguments;
    rest.remove(1, command.name.count(u' ') + 1);
    return rest;
}

// The command the arguments name: "library list" before "library", then "validate".
const Command* commandNamed(const QStringList& arguments) {
    if (arguments.size() < 2)
        return nullptr;
    if (arguments.size() > 2)
        if (const Command* command = findCommand(arguments.at(1) + u' ' + arguments.at(2)))
            return command;
    return findCommand(arguments.at(1));
}

QString groupError(const QString& group, const QStringList& names) {
    return QStringLiteral("'%1' needs a command: %2").arg(group, names.join(QStringLiteral(", ")));
}

// Whether `word` names a file rather than misspelling a command: "design.json", "./x", "a/b".
bool looksLikePath(const QString& word) {
    return word.contains(u'.') || word.contains(u'/') || word.contains(u'\\');
}

// The error for `word` where a command was expected (`group`: the group whose command it should
// name, or empty for a first word), or an existing file too when `mayBeFile`.
QString unknownCommandError(const QString& word, const QString& group = {},
                            bool mayBeFile = false) {
    const QString suggestion =
        closestName(word, group.isEmpty() ? commandWords() : commandsInGroup(group));
    const QString prefix = group.isEmpty() ? QString() : group + u' ';
    if (!suggestion.isEmpty())
        return QStringLiteral("unknown command '%1'; did you mean '%2'?")
            .arg(prefix + word, prefix + suggestion);
    if (mayBeFile && looksLikePath(word))
        return QStringLiteral("cannot open '%1': no such file").arg(word);
    return QStringLiteral("unknown command '%1'").arg(prefix + word);
}

// A word that starts neither an option nor a file: a command that is not there.
bool isUnknownWord(const QString& word) {
    return !word.isEmpty() && !word.startsWith(u'-') && !QFileInfo::exists(word);
}

// "sdstudio --db X library list" means "sdstudio library list --db X": the library option
// before a command goes after it, where the command's parser takes it.
void moveLibraryOptionAfterCommand(QStringList& arguments) {
    const QLatin1String db("--db");
    if (arguments.size() < 3)
        return;
    const QString& option = arguments.at(1);
    const int words = option == db ? 2 : option.startsWith(QLatin1String("--db=")) ? 1 : 0;
    if (words == 0 || arguments.size() <= words + 1 || arguments.at(words + 1).startsWith(u'-') ||
        QFileInfo::exists(arguments.at(words + 1)))
        return; // no command after it: the studio's own option
    const QStringList moved = arguments.mid(1, words);
    arguments.remove(1, words);
    arguments.append(moved);
}

} // namespace

CommandLine::CommandLine(QStringList arguments)
    : m_arguments(std::move(arguments)) {
    if (m_arguments.isEmpty())
        m_arguments.append(kProgram);
    moveLibraryOptionAfterCommand(m_arguments);
    const QString first = m_arguments.size() > 1 ? m_arguments.at(1) : QString();
    if (first == QLatin1String("help"))
        parseHelp();
    else if (const Command* command = commandNamed(m_arguments))
        parseCommand(*command);
    else if (const QStringList names = commandsInGroup(first); !names.isEmpty())
        parseGroup(first, names);
    else if (isUnknownWord(first))
        fail(unknownCommandError(first, {}, true)); // never the studio: it takes it for a file
    else
        parseStudio();
}

CommandLine::~CommandLine() = default;

Runtime CommandLine::runtime() const {
    switch (m_action) {
    case Action::OpenStudio:
        return Runtime::Gui;
    case Action::RunCommand:
        return m_command->runtime;
    default:
        return Runtime::Console;
    }
}

void CommandLine::fail(const QString& message, const Command* context) {
    m_action = Action::UsageError;
    m_command = context;
    m_error = message;
}

void CommandLine::parseGroup(const QString& group, const QStringList& names) {
    const QString second = m_arguments.size() > 2 ? m_arguments.at(2) : QString();
    // A near miss ("library lst") gets its suggestion, anything else the group's commands.
    if (second.isEmpty() || second.startsWith(u'-') || closestName(second, names).isEmpty())
        return fail(groupError(group, names));
    fail(unknownCommandError(second, group));
}

void CommandLine::parseStudio() {
    m_parser = makeParser(nullptr);
    if (!m_parser->parse(m_arguments))
        return fail(m_parser->errorText());
    if (helpRequested(*m_parser)) {
        m_action = Action::ShowHelp;
        return;
    }
    if (m_parser->isSet(QStringLiteral("version"))) {
        m_action = Action::ShowVersion;
        return;
    }
    m_positionals = m_parser->positionalArguments();
    m_libraryPath = m_parser->value(QStringLiteral("db"));
    if (!m_positionals.isEmpty() && isUnknownWord(m_positionals.first()))
        return fail(unknownCommandError(m_positionals.first(), {}, true));
    if (m_positionals.size() > 1)
        return fail(QStringLiteral("too many arguments (expected at most one FILE)"));
    m_action = Action::OpenStudio;
}

void CommandLine::parseCommand(const Command& command) {
    m_command = &command;
    m_parser = makeParser(&command);
    if (!m_parser->parse(withoutCommandName(m_arguments, command)))
        return fail(m_parser->errorText(), &command);
    if (helpRequested(*m_parser)) {
        m_action = Action::ShowHelp;
        return;
    }
    m_positionals = m_parser->positionalArguments();
    if (m_positionals.size() < command.required)
        return fail(QStringLiteral("missing %1").arg(command.arguments.at(m_positionals.size())),
                    &command);
    if (!command.repeatsLast && m_positionals.size() > command.arguments.size())
        return fail(QStringLiteral("too many arguments (expected %1)").arg(command.syntax()),
                    &command);
    m_action = Action::RunCommand;
}

void CommandLine::parseHelp() {
    const QStringList topics = m_arguments.mid(2);
    if (topics.size() > 2)
        return fail(QStringLiteral("too many arguments (expected help [COMMAND])"));
    m_action = Action::ShowHelp;
    if (topics.isEmpty())
        return;
    m_command = findCommand(topics.join(u' '));
    if (m_command)
        return;
    if (const QStringList names = commandsInGroup(topics.first());
        topics.size() == 1 && !names.isEmpty())
        return fail(groupError(topics.first(), names));
    if (topics.size() == 2 && !commandsInGroup(topics.first()).isEmpty())
        return fail(unknownCommandError(topics.at(1), topics.first()));
    return fail(unknownCommandError(topics.join(u' ')));
}

int CommandLine::run() const {
    switch (m_action) {
    case Action::OpenStudio:
        return kExitOk; // main() opens the studio itself
    case Action::ShowVersion:
        printOut(kProgram + u' ' + QString::fromLatin1(core::studioVersion()));
        return kExitOk;
    case Action::ShowHelp:
        printHelp(m_command);
        return kExitOk;
    case Action::UsageError: {
        const QString prefix = m_command ? kProgram + u' ' + m_command->name : kProgram;
        printErr(prefix + QStringLiteral(": ") + printable(m_error));
        printErr(QStringLiteral("Try '%1 --help' for more information.").arg(prefix));
        return kExitUsage;
    }
    case Action::RunCommand:
        return m_command->run(*m_parser, m_positionals);
    }
    return kExitUsage;
}

void CommandLine::printHelp(const Command* command) const {
    const auto parser = makeParser(command);
    QString text = parser->helpText();
    // Qt's usage line names the program as it was called and lacks the command's name.
    const QString usage = command ? QStringLiteral("Usage: %1 %2 [options] %3")
                                        .arg(kProgram, command->name, command->syntax())
                                  : QStringLiteral("Usage: %1 [options] [FILE]\n"
                                                   "       %1 COMMAND [options] ARGUMENTS...")
                                        .arg(kProgram);
    text.replace(0, text.indexOf(u'\n'), usage);
    printOut(text + u'\n' + kExitStatus);
}

} // namespace studio::app
