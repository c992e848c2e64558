#include "Commands.h"

#include "CalcCommand.h"
#include "EstimateCommand.h"
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
    };
    return table;
}

const Command* findCommand(const QString& name) {
    for (const Command& command : commands())
        if (command.name == name)
            return &command;
    return nullptr;
}

} // namespace studio::app
