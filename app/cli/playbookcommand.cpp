// `tenure-cli playbooks`: list the playbooks in force and run them (a run also follows every
// successful import). A run creates one task per playbook, account and trigger occurrence for
// the account's owner; an account never gets a second open task from the same playbook.
#include "context.h"

#include "model/dates.h"
#include "model/localclock.h"
#include "reports/playbookrun.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>

namespace tenure::cli {

namespace {

QString paramsText(const metrics::Playbook& p) {
    switch (p.trigger) {
    case metrics::PlaybookTrigger::HealthBand:
        return QStringLiteral("band=%1").arg(p.band);
    case metrics::PlaybookTrigger::MilestoneOverdue:
        return {};
    case metrics::PlaybookTrigger::DetractorAnswer:
        return QStringLiteral("days=%1 max_score=%2").arg(p.days).arg(p.maxScore);
    case metrics::PlaybookTrigger::TicketOpen:
    case metrics::PlaybookTrigger::RenewalDue:
        return QStringLiteral("days=%1").arg(p.days);
    }
    return {};
}

} // namespace

int64_t todayIn(store::Store& store) {
    LocalClock clock(store.timeZone());
    return clock.localDay(QDateTime::currentSecsSinceEpoch());
}

int runPlaybooksAfterImport(Context& ctx, store::Store& store, QTextStream& out) {
    reports::PlaybookRunOptions options;
    options.today = todayIn(store);
    options.now = QDateTime::currentSecsSinceEpoch();
    const auto result = reports::runPlaybooks(store, options);
    if (!result) {
        ctx.err << "tenure-cli " << ctx.command << ": playbooks: " << result.error() << "\n";
        return Problem;
    }
    out << "playbooks: " << result->created << " tasks created\n";
    return Ok;
}

int playbooksCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list (default) or run."),
                                 QStringLiteral("[list|run]"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QStringLiteral("run: the day of the run (default: today in the store's zone)."),
        QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("list: table (default) or json."),
                                    QStringLiteral("table|json"), QStringLiteral("table"));
    parser.addOptions({asOf, format});
    int exitCode = Ok;
    if (!parseCommand(
            parser, ctx,
            QStringLiteral("List or run the playbooks (rules that create tasks for account owners).\n\n"
                           "  playbooks list            the playbooks in force (the `playbooks` setting, "
                           "else the defaults)\n"
                           "  playbooks run             evaluate every enabled playbook and create tasks"),
            exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (args.size() > 1 || (action != QStringLiteral("list") && action != QStringLiteral("run"))) {
        ctx.err << "tenure-cli playbooks: expected list or run (see --help)\n";
        return UsageError;
    }
    if (parser.value(format) != QStringLiteral("table") && parser.value(format) != QStringLiteral("json")) {
        ctx.err << "tenure-cli playbooks: --format takes table or json\n";
        return UsageError;
    }
    std::optional<int64_t> day;
    if (parser.isSet(asOf)) {
        const QDate d = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!d.isValid()) {
            ctx.err << "tenure-cli playbooks: --as-of takes a date such as 2024-07-31\n";
            return UsageError;
        }
        day = daysFromCivil(d.year(), d.month(), d.day());
    }
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;

    if (action == QStringLiteral("list")) {
        const auto playbooks = reports::playbooksFromSettings(*store);
        if (!playbooks) {
            ctx.err << "tenure-cli playbooks: " << playbooks.error() << "\n";
            return Problem;
        }
        if (parser.value(format) == QStringLiteral("json")) {
            ctx.out
                << QJsonDocument(reports::playbooksToJson(playbooks.value())).toJson(QJsonDocument::Compact)
                << "\n";
            return Ok;
        }
        for (const metrics::Playbook& p : playbooks.value())
            ctx.out << p.name << "\t" << metrics::triggerName(p.trigger) << "\t" << paramsText(p)
                    << "\tdue in " << p.dueInDays << " days\t" << (p.enabled ? "enabled" : "disabled") << "\t"
                    << p.titleTemplate << "\n";
        return Ok;
    }
    reports::PlaybookRunOptions options;
    options.today = day.value_or(todayIn(*store));
    options.now = QDateTime::currentSecsSinceEpoch();
    const auto result = reports::runPlaybooks(*store, options);
    if (!result) {
        ctx.err << "tenure-cli playbooks: " << result.error() << "\n";
        return Problem;
    }
    for (const auto& [name, n] : result->createdPerPlaybook)
        ctx.out << name << ": " << n << " tasks created\n";
    ctx.out << "playbooks: " << result->created << " tasks created\n";
    return Ok;
}

} // namespace tenure::cli
