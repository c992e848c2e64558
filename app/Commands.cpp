#include "Commands.h"

#include "CalcCommand.h"
#include "CapacityCommand.h"
#include "EstimateCommand.h"
#include "ExportCommand.h"
#include "LibraryCommands.h"
#include "ScoreCommand.h"
#include "SimulateCommand.h"
#include "TemplatesCommand.h"
#include "ValidateCommand.h"

namespace studio::app {

QString Command::syntax() const {
    QStringList parts;
    for (qsizetype i = 0; i < arguments.size(); ++i)
        parts.append(i < required ? arguments.at(i) : QLatin1Char('[') + arguments.at(i) + u']');
    return parts.join(u' ');
}

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        validateCommand(),
        calcCommand(),
        estimateCommand(),
        simulateCommand(),
        capacityCommand(),
        scoreCommand(),
        exportCommand(),
        templatesCommand(),
        newCommand(),
        // The library group: `sdstudio library list|import|export`.
        libraryListCommand(),
        libraryImportCommand(),
        libraryExportCommand(),
    };
    return table;
}

const Command* findCommand(const QString& name) {
    for (const Command& command : commands())
        if (command.name == name)
            return &command;
    return nullptr;
}

QStringList commandsInGroup(const QString& group) {
    QStringList names;
    const QString prefix = group + u' ';
    for (const Command& command : commands())
        if (command.name.startsWith(prefix))
            names.append(command.name.mid(prefix.size()));
    return names;
}

} // namespace studio::app
