#include "widgets/inspector/DesignForm.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/inspector/FieldRow.h"
#include "widgets/inspector/FieldTexts.h"
#include "widgets/inspector/NumberText.h"
#include "widgets/inspector/RowTable.h"
#include "widgets/inspector/TextPairList.h"

#include "model/EnumNames.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

#include <set>

namespace studio::widgets {

using core::Design;

namespace {

enum LatencyColumn { ClassColumn, SecondsColumn };

} // namespace

DesignForm::DesignForm(StudioDocument* document, QWidget* parent)
    : InspectorForm(document, parent) {
    setObjectName(QStringLiteral("designForm"));
    m_binder = new Binder(
        this, [this] { return std::vector<const Design*>{&m_document->design()}; },
        [this](const Binder::Mutation& mutate, FieldRow* row, const QString& what) {
            return m_committer.editDesign(mutate, row, what);
        });
    Binder& b = *m_binder;

    QFormLayout* general = addSection(tr("Design"), QStringLiteral("design"));
    b.text(general, QStringLiteral("name"), tr("Name"), tr("The design's name."),
           [](Design& d) -> std::string& { return d.name; });
    b.multiLine(general, QStringLiteral("description"), tr("Description"),
                tr("The prompt: what the system is for."),
                [](Design& d) -> std::string& { return d.description; });
    addEstimation();
    addRequirements();

    QFormLayout* notes = addSection(tr("Notes"), QStringLiteral("notesSection"));
    addPairs(
        notes,
        new TextPairList(QStringLiteral("notes"), QStringLiteral("title"), tr("Title"),
                         QStringLiteral("text"), tr("Trade-off, decision or open question"),
                         tr("Add a note")),
        tr("notes"),
        [](const Design& d) {
            Pairs pairs;
            for (const auto& note : d.notes)
                pairs.emplace_back(QString::fromStdString(note.title),
                                   QString::fromStdString(note.text));
            return pairs;
        },
        [](Design& d, const Pairs& pairs) {
            d.notes.clear();
            for (const auto& [title, text] : pairs)
                d.notes.push_back({title.toStdString(), text.toStdString()});
        });
    QFormLayout* assumptions = addSection(tr("Assumptions"), QStringLiteral("assumptionsSection"));
    addPairs(
        assumptions,
        new TextPairList(QStringLiteral("assumptions"), QStringLiteral("subject"),
                         tr("Subject (e.g. estimation.dau)"), QStringLiteral("text"),
                         tr("The figure assumed, and why"), tr("Add an assumption")),
        tr("assumptions"),
        [](const Design& d) {
            Pairs pairs;
            for (const auto& assumption : d.assumptions)
                pairs.emplace_back(QString::fromStdString(assumption.subject),
                                   QString::fromStdString(assumption.text));
            return pairs;
        },
        [](Design& d, const Pairs& pairs) {
            d.assumptions.clear();
            for (const auto& [subject, text] : pairs)
                d.assumptions.push_back({subject.toStdString(), text.toStdString()});
        });
    finish();
    refresh();
}

QString DesignForm::estimationHelp(std::string_view key) {
    if (key == "concurrent_fraction")
        return tr("The share of the daily active users online at the same time, from 0 to 1 "
                  "(0.05 = 5%); not a count of users.");
    return {};
}

void DesignForm::addEstimation() {
    QFormLayout* section = addSection(tr("Estimation"), QStringLiteral("estimation"));
    for (const auto& field : core::estimationFields())
        m_binder->number(
            section, QString::fromLatin1(field.key),
            QCoreApplication::translate("Estimation", field.label), FieldTexts::unit(field.unit),
            FieldTexts::withRange(estimationHelp(field.key), field.min, field.max),
            [member = field.member](Design& d) -> double& { return d.estimation.*member; });
}

void DesignForm::addRequirements() {
    QFormLayout* section = addSection(tr("Requirements"), QStringLiteral("requirements"));
    Binder& b = *m_binder;
    b.lines(section, QStringLiteral("functional"), tr("Functional"),
            tr("What the design must do, one requirement a line."),
            [](Design& d) -> std::vector<std::string>& { return d.requirements.functional; });
    b.optionalNumber(section, QStringLiteral("p99_latency"), tr("p99 latency"), QStringLiteral("s"),
                     tr("End-to-end target for every request class; blank = none."),
                     [](Design& d) -> std::optional<double>& { return d.requirements.p99Latency; });
    b.optionalNumber(
        section, QStringLiteral("availability"), tr("Availability"), QStringLiteral("0..1"),
        tr("Fraction of time up, e.g. 0.999; blank = none."),
        [](Design& d) -> std::optional<double>& { return d.requirements.availability; });
    b.optionalNumber(section, QStringLiteral("throughput"), tr("Throughput"),
                     FieldTexts::unit("req/s"),
                     tr("Requests per second the design must sustain at peak; blank = none."),
                     [](Design& d) -> std::optional<double>& { return d.requirements.throughput; });
    b.optionalNumber(section, QStringLiteral("durability"), tr("Durability"),
                     QStringLiteral("0..1"),
                     tr("Probability a stored object survives a year; blank = none."),
                     [](Design& d) -> std::optional<double>& { return d.requirements.durability; });
    b.choice<core::Consistency>(
        section, QStringLiteral("consistency"), tr("Consistency"),
        tr("What readers may see after a write."),
        [](Design& d) -> core::Consistency& { return d.requirements.consistency; },
        {{core::Consistency::Unspecified, tr("unspecified")},
         {core::Consistency::Strong, tr("strong")},
         {core::Consistency::Eventual, tr("eventual")},
         {core::Consistency::Causal, tr("causal")},
         {core::Consistency::ReadYourWrites, tr("read your writes")}});
    addLatencyByClass(section);
}

void DesignForm::addLatencyByClass(QFormLayout* layout) {
    auto* table =
        new RowTable(QStringLiteral("p99_latency_by_class"), {tr("Class"), tr("p99 (s)")});
    auto* title = new QLabel(tr("p99 latency by class"));
    title->setToolTip(tr("End-to-end targets of particular request classes."));
    layout->addRow(title);
    auto* row = new FieldRow(table, {}, title->toolTip());
    layout->addRow(row);

    m_binder->addField(row, [this, table] {
        const auto& targets = m_document->design().requirements.p99LatencyByClass;
        table->clearMarks();
        table->setRowCount(static_cast<int>(targets.size()));
        int r = 0;
        for (const auto& [name, seconds] : targets) {
            table->setText(r, ClassColumn, QString::fromStdString(name));
            table->setText(r, SecondsColumn, displayNumber(seconds));
            ++r;
        }
        table->setCanRemove(!targets.empty());
    });
    const auto commit = [this, row](std::map<std::string, double> targets) {
        m_binder->apply(row, tr("p99 latency by class"),
                        [targets](Design& d) { d.requirements.p99LatencyByClass = targets; });
    };
    connect(table, &RowTable::edited, this, [table, row, commit] {
        table->clearMarks();
        QStringList errors;
        std::map<std::string, double> targets;
        for (int r = 0; r < table->rowCount(); ++r) {
            const std::string name = table->text(r, ClassColumn).trimmed().toStdString();
            const auto seconds = parseNumber(table->text(r, SecondsColumn));
            if (!seconds) {
                errors.append(FieldTexts::notANumber(QStringLiteral("p99_latency_by_class"),
                                                     table->text(r, SecondsColumn)));
                table->markCell(r, SecondsColumn, errors.back());
            }
            if (name.empty() || targets.count(name)) {
                errors.append(
                    name.empty()
                        ? tr("a class name is needed")
                        : tr("class \"%1\" is listed twice").arg(QString::fromStdString(name)));
                table->markCell(r, ClassColumn, errors.back());
            }
            if (seconds && !name.empty())
                targets.emplace(name, *seconds);
        }
        if (!errors.isEmpty())
            row->setError(errors.join(QLatin1Char('\n')));
        else
            commit(std::move(targets));
    });
    connect(table, &RowTable::addRequested, this, [this, commit] {
        const Design& design = m_document->design();
        auto targets = design.requirements.p99LatencyByClass;
        std::set<std::string> defined;
        for (const auto& component : design.components)
            if (component.workload)
                for (const auto& requestClass : component.workload->classes)
                    defined.insert(requestClass.name);
        std::string name;
        for (const auto& candidate : defined)
            if (!targets.count(candidate)) {
                name = candidate;
                break;
            }
        for (int n = 1; name.empty() || targets.count(name); ++n)
            name = "class-" + std::to_string(n);
        targets[name] = design.requirements.p99Latency.value_or(0.5);
        commit(std::move(targets));
    });
    connect(table, &RowTable::removeRequested, this, [this, table, commit](int r) {
        auto targets = m_document->design().requirements.p99LatencyByClass;
        if (r >= 0)
            targets.erase(table->text(r, ClassColumn).trimmed().toStdString());
        commit(std::move(targets));
    });
}

void DesignForm::addPairs(QFormLayout* layout, TextPairList* list, const QString& what,
                          std::function<Pairs(const Design&)> get,
                          std::function<void(Design&, const Pairs&)> set) {
    auto* row = new FieldRow(list, {}, {});
    layout->addRow(row);
    m_binder->addField(row, [this, list, get] { list->setPairs(get(m_document->design())); });
    const auto commit = [this, row, what, set](const Pairs& pairs) {
        m_binder->apply(row, what, [set, pairs](Design& d) { set(d, pairs); });
    };
    connect(list, &TextPairList::edited, this, [list, commit] { commit(list->pairs()); });
    connect(list, &TextPairList::removeRequested, this, [this, get, commit](int index) {
        Pairs pairs = get(m_document->design());
        if (index >= 0 && index < static_cast<int>(pairs.size()))
            pairs.erase(pairs.begin() + index);
        commit(pairs);
    });
    connect(list, &TextPairList::addRequested, this, [this, get, commit] {
        Pairs pairs = get(m_document->design());
        pairs.emplace_back();
        commit(pairs);
    });
}

bool DesignForm::refresh() {
    const Design& design = m_document->design();
    setHeading({},
               design.name.empty() ? tr("Untitled design") : QString::fromStdString(design.name),
               tr("Design"));
    m_binder->refresh();
    return true;
}

} // namespace studio::widgets
