#include "inspector/RequestClassTable.h"

#include "inspector/FieldRow.h"
#include "inspector/FieldTexts.h"
#include "inspector/NumberText.h"
#include "inspector/RowTable.h"
#include "model/EnumNames.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

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
            commit(withNewClass(workload->classes));
    });
    QObject::connect(table, &RowTable::removeRequested, &binder, [current, commit](int index) {
        if (const core::Workload* workload = current())
            commit(without(workload->classes, index));
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

std::vector<core::RequestClass>
RequestClassTable::withNewClass(std::vector<core::RequestClass> classes) {
    core::RequestClass added{"write", 1.0, core::Operation::Write, 1000, 200};
    const auto taken = [&](const std::string& name) {
        return std::any_of(classes.begin(), classes.end(),
                           [&](const core::RequestClass& c) { return c.name == name; });
    };
    for (int n = 2; taken(added.name); ++n)
        added.name = "class-" + std::to_string(n);
    if (!classes.empty()) {
        added.mix = classes.back().mix / 2;
        classes.back().mix -= added.mix;
    }
    classes.push_back(added);
    return classes;
}

std::vector<core::RequestClass> RequestClassTable::without(std::vector<core::RequestClass> classes,
                                                           int index) {
    if (index < 0 || classes.size() < 2 || static_cast<std::size_t>(index) >= classes.size())
        return classes;
    const double mix = classes[static_cast<std::size_t>(index)].mix;
    classes.erase(classes.begin() + index);
    classes.front().mix += mix;
    return classes;
}

} // namespace studio::widgets
