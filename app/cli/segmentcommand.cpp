// `tenure-cli segments`: the saved segments of the store (rules over customer fields, custom
// attributes and computed metrics), which every --segment NAME then takes.
#include "context.h"

#include "metrics/segmentrules.h"
#include "store/segmentrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tenure::cli {

namespace {

QString description() {
    QString text = QStringLiteral(
        "List, show, save and delete saved segments. A saved segment's name is what every --segment takes\n"
        "(report, export); it wins over a value of the customers' segment field of the same name.\n\n"
        "  segments list                 every saved segment: name, match, rules\n"
        "  segments show NAME            its rules and its number of customers\n"
        "  segments save NAME --match all|any --rule 'FIELD OP VALUE' ...   create or replace\n"
        "  segments delete NAME\n\n"
        "OP: =, !=, <, <=, >, >=, contains, in (VALUE a list separated by commas), is empty, is not empty.\n"
        "Numbers compare as numbers, yes/no as booleans, anything else as text in any case (dates as\n"
        "YYYY-MM-DD). Days are counted to the last day with data.\n\n"
        "Fields: a custom attribute by its name (any column of the customers file that was not mapped),\n"
        "or one of:\n");
    for (const store::SegmentField& f : store::customerSegmentFields())
        text += QStringLiteral("  %1 %2\n").arg(f.name.leftJustified(25), f.description);
    for (const store::SegmentField& f : store::computedSegmentFields())
        text += QStringLiteral("  %1 %2\n").arg(f.name.leftJustified(25), f.description);
    return text;
}

QString rulesText(const metrics::SegmentDefinition& s) {
    QStringList rules;
    for (const metrics::SegmentRule& r : s.rules)
        rules << metrics::ruleText(r);
    return rules.join(s.match == metrics::SegmentMatch::All ? QStringLiteral(" and ")
                                                            : QStringLiteral(" or "));
}

QJsonObject toJson(const metrics::SegmentDefinition& s) {
    QJsonArray rules;
    for (const metrics::SegmentRule& r : s.rules) {
        QJsonObject o{{QStringLiteral("field"), r.field}, {QStringLiteral("op"), metrics::ruleOpToken(r.op)}};
        if (metrics::ruleOpTakesValue(r.op)) o.insert(QStringLiteral("value"), r.value);
        rules.append(o);
    }
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("match"), metrics::segmentMatchName(s.match)},
            {QStringLiteral("rules"), rules}};
}

} // namespace

int segmentsCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list, show, save or delete."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The segment."),
                                 QStringLiteral("[NAME]"));
    const QCommandLineOption match(QStringLiteral("match"),
                                   QStringLiteral("save: all (default) or any of the rules must hold."),
                                   QStringLiteral("all|any"), QStringLiteral("all"));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  QStringLiteral("save: a rule 'FIELD OP VALUE' (repeatable)."),
                                  QStringLiteral("RULE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("list, show: table (default) or json."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    parser.addOptions({match, rule, format});
    int exitCode = Ok;
    if (!parseCommand(parser, ctx, description(), exitCode)) return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    const qsizetype expected = action == QStringLiteral("list") ? 1
                               : action == QStringLiteral("show") || action == QStringLiteral("save") ||
                                       action == QStringLiteral("delete")
                                   ? 2
                                   : -1;
    if (expected < 0 || (args.size() != expected && !(action == QStringLiteral("list") && args.isEmpty()))) {
        ctx.err << "tenure-cli segments: expected list, show NAME, save NAME or delete NAME (see --help)\n";
        return UsageError;
    }
    const bool json = parser.value(format) == QStringLiteral("json");
    if (!json && parser.value(format) != QStringLiteral("table")) {
        ctx.err << "tenure-cli segments: --format takes table or json\n";
        return UsageError;
    }
    metrics::SegmentDefinition segment;
    segment.name = args.value(1).trimmed();
    if (action == QStringLiteral("save")) {
        const auto m = metrics::parseSegmentMatch(parser.value(match));
        if (!m) {
            ctx.err << "tenure-cli segments: --match takes all or any\n";
            return UsageError;
        }
        segment.match = *m;
        for (const QString& text : parser.values(rule)) {
            auto r = metrics::parseRuleText(text);
            if (!r) {
                ctx.err << "tenure-cli segments: " << r.error() << "\n";
                return UsageError;
            }
            segment.rules.push_back(std::move(r.value()));
        }
        if (segment.rules.empty()) {
            ctx.err << "tenure-cli segments: save needs at least one --rule 'FIELD OP VALUE'\n";
            return UsageError;
        }
    }
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;

    if (action == QStringLiteral("list")) {
        const auto all = store::listSavedSegments(*store);
        if (!all) {
            ctx.err << "tenure-cli segments: " << all.error() << "\n";
            return UsageError;
        }
        if (json) {
            QJsonArray array;
            for (const metrics::SegmentDefinition& s : all.value())
                array.append(toJson(s));
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("segments"), array}})
                           .toJson(QJsonDocument::Indented);
        } else {
            for (const metrics::SegmentDefinition& s : all.value())
                ctx.out << s.name << "\t" << metrics::segmentMatchName(s.match) << "\t" << rulesText(s)
                        << "\n";
        }
        return Ok;
    }
    if (action == QStringLiteral("delete")) {
        if (Status s = store::deleteSavedSegment(*store, segment.name); !s) {
            ctx.err << "tenure-cli segments: " << s.error() << "\n";
            return Problem;
        }
        return Ok;
    }
    if (action == QStringLiteral("save")) {
        // A field that is neither a customer field, a metric nor a known attribute is kept (the
        // attribute may come with a later import) but said.
        if (const auto fields = store::segmentFields(*store)) {
            for (const metrics::SegmentRule& r : segment.rules)
                if (std::none_of(fields->begin(), fields->end(), [&r](const store::SegmentField& f) {
                        return f.kind == store::SegmentFieldKind::Attribute
                                   ? f.name == r.field
                                   : f.name.compare(r.field, Qt::CaseInsensitive) == 0;
                    }))
                    ctx.err << "tenure-cli segments: note: no customer field, metric or custom attribute is "
                               "named \""
                            << r.field << "\" yet\n";
        }
        if (Status s = store::saveSegment(*store, segment); !s) {
            ctx.err << "tenure-cli segments: " << s.error() << "\n";
            return UsageError;
        }
        const auto members = store::evaluateSegment(*store, segment);
        if (members) ctx.out << segment.name << ": " << members->size() << " customers\n";
        return Ok;
    }
    // show
    const auto found = store::findSavedSegment(*store, segment.name);
    if (!found || !found.value()) {
        ctx.err << "tenure-cli segments: "
                << (found ? QStringLiteral("no saved segment is named \"%1\"").arg(segment.name)
                          : found.error())
                << "\n";
        return Problem;
    }
    const auto members = store::evaluateSegment(*store, *found.value());
    if (!members) {
        ctx.err << "tenure-cli segments: " << members.error() << "\n";
        return UsageError;
    }
    if (json) {
        QJsonObject o = toJson(*found.value());
        o.insert(QStringLiteral("customers"), static_cast<qint64>(members->size()));
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << "name: " << found.value()->name << "\n"
                << "match: " << metrics::segmentMatchName(found.value()->match) << "\n";
        for (const metrics::SegmentRule& r : found.value()->rules)
            ctx.out << "rule: " << metrics::ruleText(r) << "\n";
        ctx.out << "customers: " << members->size() << "\n";
    }
    return Ok;
}

} // namespace tenure::cli
