#include "widgets/inspector/ServiceEditor.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/inspector/FieldRow.h"
#include "widgets/inspector/FieldTexts.h"
#include "widgets/inspector/NumberText.h"
#include "widgets/inspector/RowTable.h"

#include "model/EnumNames.h"

#include <QFormLayout>
#include <QLabel>

#include <set>

namespace studio::widgets {

namespace {

enum Column { ClassColumn, DistributionColumn, MeanColumn, CvColumn };

std::vector<std::pair<core::Distribution, QString>> distributionOptions() {
    return {{core::Distribution::Exponential, ServiceEditor::tr("exponential")},
            {core::Distribution::Deterministic, ServiceEditor::tr("deterministic")},
            {core::Distribution::Lognormal, ServiceEditor::tr("lognormal")},
            {core::Distribution::Hyperexponential, ServiceEditor::tr("hyperexponential")}};
}

RowTable::Options distributionChoices() {
    RowTable::Options options;
    for (const auto& [value, label] : distributionOptions())
        options.emplace_back(QString::fromUtf8(core::toString(value)), label);
    return options;
}

// The request class names the design's workloads define, in order.
std::set<std::string> definedClasses(const core::Design& design) {
    std::set<std::string> names;
    for (const auto& component : design.components)
        if (component.workload)
            for (const auto& requestClass : component.workload->classes)
                names.insert(requestClass.name);
    return names;
}

bool cvIsFixed(core::Distribution distribution) {
    return distribution == core::Distribution::Exponential ||
           distribution == core::Distribution::Deterministic;
}

} // namespace

void ServiceEditor::add(Binder& binder, QFormLayout* layout, StudioDocument* document,
                        bool perClass) {
    using core::Component;
    binder.choice<core::Distribution>(
        layout, QStringLiteral("distribution"), tr("Distribution"),
        tr("How service times vary around their mean."),
        [](Component& c) -> core::Distribution& { return c.service.base.distribution; },
        distributionOptions(),
        [](Component& c, core::Distribution distribution) {
            c.service.base.distribution = distribution;
            c.service.base.cv = core::fittingCv(distribution, c.service.base.cv);
        });
    binder.number(layout, QStringLiteral("mean"), tr("Mean service time"), QStringLiteral("s"),
                  FieldTexts::withRange(tr("Seconds one worker is busy with one request, not "
                                           "counting the time it waits for its calls."),
                                        0, 1e5),
                  [](Component& c) -> double& { return c.service.base.mean; });
    FieldRow* cv = binder.number(
        layout, QStringLiteral("cv"), tr("Variation (cv)"), {},
        tr("Coefficient of variation: standard deviation / mean. 1 for exponential, 0 for "
           "deterministic, above 0 for lognormal, at least 1 for hyperexponential."),
        [](Component& c) -> double& { return c.service.base.cv; });
    binder.addField(cv, [&binder, cv] {
        const auto distribution = binder.common<core::Distribution>(
            [](const Component& c) { return c.service.base.distribution; });
        cv->editor()->setEnabled(!distribution || !cvIsFixed(*distribution));
    });
    if (perClass)
        addClassTable(binder, layout, document);
}

void ServiceEditor::addClassTable(Binder& binder, QFormLayout* layout, StudioDocument* document) {
    auto* table = new RowTable(QStringLiteral("by_class"),
                               {tr("Class"), tr("Distribution"), tr("Mean (s)"), tr("cv")});
    auto* title = new QLabel(tr("Per request class"));
    title->setToolTip(tr("Service times of particular request classes (a database's reads and "
                         "writes); other classes take the times above."));
    layout->addRow(title);
    auto* row = new FieldRow(table, {}, title->toolTip());
    layout->addRow(row);

    const auto current = [&binder]() -> const core::Component* {
        const auto items = binder.items();
        return items.size() == 1 ? items.front() : nullptr;
    };
    binder.addField(row, [table, current] {
        if (const core::Component* component = current())
            showClasses(table, component->service);
    });
    const auto commit = [&binder, row](std::map<std::string, core::ServiceTime> classes) {
        binder.apply(row, tr("per-class service times"),
                     [classes](core::Component& c) { c.service.byClass = classes; });
    };
    QObject::connect(table, &RowTable::edited, &binder, [table, row, current, commit] {
        const core::Component* component = current();
        if (!component)
            return;
        if (auto classes = readClasses(table, row, component->service))
            commit(std::move(*classes));
    });
    QObject::connect(table, &RowTable::addRequested, &binder, [current, commit, document] {
        const core::Component* component = current();
        if (!component)
            return;
        auto classes = component->service.byClass;
        std::string name;
        for (const auto& defined : definedClasses(document->design()))
            if (!classes.count(defined)) {
                name = defined;
                break;
            }
        if (name.empty())
            for (int n = 1; name.empty() || classes.count(name); ++n)
                name = "class-" + std::to_string(n);
        classes[name] = component->service.base;
        commit(std::move(classes));
    });
    QObject::connect(table, &RowTable::removeRequested, &binder, [table, current, commit](int r) {
        const core::Component* component = current();
        if (!component || r < 0)
            return;
        auto classes = component->service.byClass;
        classes.erase(table->text(r, ClassColumn).trimmed().toStdString());
        commit(std::move(classes));
    });
}

void ServiceEditor::showClasses(RowTable* table, const core::ServiceSpec& service) {
    table->clearMarks();
    table->setRowCount(static_cast<int>(service.byClass.size()));
    int r = 0;
    for (const auto& [name, time] : service.byClass) {
        table->setText(r, ClassColumn, QString::fromStdString(name));
        table->setChoice(r, DistributionColumn, distributionChoices(),
                         QString::fromUtf8(core::toString(time.distribution)));
        table->setText(r, MeanColumn, displayNumber(time.mean));
        table->setText(r, CvColumn, displayNumber(time.cv));
        ++r;
    }
    table->setCanRemove(!service.byClass.empty());
}

std::optional<std::map<std::string, core::ServiceTime>>
ServiceEditor::readClasses(RowTable* table, FieldRow* row, const core::ServiceSpec& current) {
    table->clearMarks();
    QStringList errors;
    std::map<std::string, core::ServiceTime> classes;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString place = QStringLiteral("by_class[%1]: ").arg(r);
        const std::string name = table->text(r, ClassColumn).trimmed().toStdString();
        core::ServiceTime time;
        time.distribution =
            core::parseEnum<core::Distribution>(table->choice(r, DistributionColumn).toStdString())
                .value_or(core::Distribution::Exponential);
        const auto mean = parseNumber(table->text(r, MeanColumn));
        const auto cv = parseNumber(table->text(r, CvColumn));
        if (!mean) {
            errors.append(
                place + FieldTexts::notANumber(QStringLiteral("mean"), table->text(r, MeanColumn)));
            table->markCell(r, MeanColumn, errors.back());
        }
        if (!cv) {
            errors.append(place +
                          FieldTexts::notANumber(QStringLiteral("cv"), table->text(r, CvColumn)));
            table->markCell(r, CvColumn, errors.back());
        }
        if (name.empty() || classes.count(name)) {
            errors.append(
                place +
                (name.empty()
                     ? tr("a class name is needed")
                     : tr("class \"%1\" is listed twice").arg(QString::fromStdString(name))));
            table->markCell(r, ClassColumn, errors.back());
        }
        if (!mean || !cv || name.empty() || classes.count(name))
            continue;
        time.mean = *mean;
        time.cv = *cv;
        // A distribution just chosen brings a cv it accepts, as the main field does.
        const auto before = current.byClass.find(name);
        if (before != current.byClass.end() && before->second.distribution != time.distribution &&
            before->second.cv == time.cv)
            time.cv = core::fittingCv(time.distribution, time.cv);
        classes[name] = time;
    }
    if (!errors.isEmpty()) {
        row->setError(errors.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    return classes;
}

} // namespace studio::widgets
