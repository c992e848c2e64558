#include "widgets/inspector/RequestClassTable.h"

#include "widgets/inspector/FieldRow.h"
#include "widgets/inspector/FieldTexts.h"
#include "widgets/inspector/NumberText.h"
#include "widgets/inspector/RowTable.h"

#include "model/EnumNames.h"
#include "model/RequestMix.h"

#include <QFormLayout>
#include <QLabel>

#include <cstddef>

namespace studio::widgets {

namespace {

enum Column { NameColumn, MixColumn, OperationColumn, RequestColumn, ResponseColumn };

RowTable::Options operationChoices() {
    return {{QStringLiteral("read"), RequestClassTable::tr("read")},
            {QStringLiteral("write"), RequestClassTable::tr("write")}};
}

} // namespace

FieldRow* RequestClassTable::add(Binder& binder, QFormLayout* layout) {
    auto* table =
        new RowTable(QStringLiteral("classes"), {tr("Class"), tr("Mix"), tr("Operation"),
                                                 tr("Request\nbytes"), tr("Response\nbytes")});
    auto* title = new QLabel(tr("Request classes"));
    title->setToolTip(tr("The kinds of request this client sends and their shares of its "
                         "traffic; the mixes add up to 1. Reads may be served by any replica, "
                         "writes are applied by every replica."));
    layout->addRow(title);
    auto* row = new FieldRow(table, {}, title->toolTip());
    layout->addRow(row);

    const auto current = [&binder]() -> const core::Workload* {
        const auto items = binder.items();
        return items.size() == 1 && items.front()->workload ? &*items.front()->workload : nullptr;
    };
    binder.addField(row, [table, current] {
        if (const core::Workload* workload = current())
            show(table, workload->classes);
    });
    const auto commit = [&binder, row](std::vector<core::RequestClass> classes) {
        binder.apply(row, tr("request classes"), [classes](core::Component& c) {
            if (c.workload)
                c.workload->classes = classes;
        });
    };
    QObject::connect(table, &RowTable::edited, &binder, [table, row, commit] {
        if (auto classes = read(table, row))
            commit(std::move(*classes));
    });
    QObject::connect(table, &RowTable::addRequested, &binder, [current, commit] {
        if (const core::Workload* workload = current())
            commit(core::withNewClass(workload->classes));
    });
    QObject::connect(table, &RowTable::removeRequested, &binder, [current, commit](int index) {
        // -1 (no rows) becomes past the end: no class.
        if (const core::Workload* workload = current())
            commit(core::withoutClass(workload->classes, static_cast<std::size_t>(index)));
    });
    return row;
}

void RequestClassTable::show(RowTable* table, const std::vector<core::RequestClass>& classes) {
    table->clearMarks();
    table->setRowCount(static_cast<int>(classes.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const core::RequestClass& requestClass = classes[static_cast<std::size_t>(r)];
        table->setText(r, NameColumn, QString::fromStdString(requestClass.name));
        table->setText(r, MixColumn, displayNumber(requestClass.mix));
        table->setChoice(r, OperationColumn, operationChoices(),
                         QString::fromUtf8(core::toString(requestClass.operation)));
        table->setText(r, RequestColumn, displayNumber(requestClass.requestBytes));
        table->setText(r, ResponseColumn, displayNumber(requestClass.responseBytes));
    }
    table->setCanRemove(classes.size() > 1);
}

std::optional<std::vector<core::RequestClass>> RequestClassTable::read(RowTable* table,
                                                                       FieldRow* row) {
    table->clearMarks();
    QStringList errors;
    std::vector<core::RequestClass> classes;
    const auto number = [&](int r, int column, const char* key) -> double {
        const QString text = table->text(r, column);
        if (const auto value = parseNumber(text))
            return *value;
        errors.append(QStringLiteral("classes[%1]: ").arg(r) +
                      FieldTexts::notANumber(QString::fromLatin1(key), text));
        table->markCell(r, column, errors.back());
        return 0;
    };
    for (int r = 0; r < table->rowCount(); ++r) {
        core::RequestClass requestClass;
        requestClass.name = table->text(r, NameColumn).trimmed().toStdString();
        requestClass.mix = number(r, MixColumn, "mix");
        requestClass.operation =
            core::parseEnum<core::Operation>(table->choice(r, OperationColumn).toStdString())
                .value_or(core::Operation::Read);
        requestClass.requestBytes = number(r, RequestColumn, "request_bytes");
        requestClass.responseBytes = number(r, ResponseColumn, "response_bytes");
        classes.push_back(std::move(requestClass));
    }
    if (!errors.isEmpty()) {
        row->setError(errors.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    return classes;
}

} // namespace studio::widgets
