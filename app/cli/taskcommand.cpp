// `tenure-cli tasks`: "my tasks" (the owner defaults to $TENURE_USER), and `tasks done ID`.
#include "context.h"
#include "reporttable.h"

#include "model/dates.h"
#include "store/taskrepository.h"

#include <QDateTime>

namespace tenure::cli {

namespace {

QJsonValue optionalDay(const std::optional<int64_t>& day) {
    return day ? QJsonValue(formatDate(*day)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalInstant(const std::optional<int64_t>& at) {
    return at ? QJsonValue(QDateTime::fromSecsSinceEpoch(*at).toUTC().toString(Qt::ISODate))
              : QJsonValue(QJsonValue::Null);
}

} // namespace

int tasksCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("done ID: mark task ID done."),
                                 QStringLiteral("[done ID]"));
    const QCommandLineOption owner(
        QStringLiteral("owner"),
        QStringLiteral("Only this owner's tasks (default: $TENURE_USER when set, else every owner's)."),
        QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all-owners"), QStringLiteral("Every owner's tasks."));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("open (default), done or all."),
                                    QStringLiteral("open|done|all"), QStringLiteral("open"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                                    QStringLiteral("table|csv|json"), QStringLiteral("table"));
    parser.addOptions({owner, all, status, format});
    int exitCode = Ok;
    if (!parseCommand(parser, ctx,
                      QStringLiteral("List tasks (\"my tasks\"), or mark one done.\n\n"
                                     "  tasks [--owner NAME] [--status open|done|all]   list\n"
                                     "  tasks done ID                                   mark task ID done"),
                      exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        bool ok = false;
        const qlonglong id = args.value(1).toLongLong(&ok);
        if (args.size() != 2 || args[0] != QStringLiteral("done") || !ok) {
            ctx.err << "tenure-cli tasks: expected no action or done ID (see --help)\n";
            return UsageError;
        }
        auto store = openStore(ctx, store::OpenMode::MustExist);
        if (!store) return UsageError;
        if (Status s = store::completeTask(*store, id, QDateTime::currentSecsSinceEpoch()); !s) {
            ctx.err << "tenure-cli tasks: " << s.error() << "\n";
            return Problem;
        }
        ctx.out << "task " << id << " done\n";
        return Ok;
    }
    store::TaskFilter filter;
    const QString statusText = parser.value(status);
    if (statusText == QStringLiteral("open") || statusText == QStringLiteral("done"))
        filter.status = statusText;
    else if (statusText != QStringLiteral("all")) {
        ctx.err << "tenure-cli tasks: --status takes open, done or all\n";
        return UsageError;
    }
    const QString formatText = parser.value(format);
    const ReportFormat fmt = formatText == QStringLiteral("csv")    ? ReportFormat::Csv
                             : formatText == QStringLiteral("json") ? ReportFormat::Json
                                                                    : ReportFormat::Table;
    if (fmt == ReportFormat::Table && formatText != QStringLiteral("table")) {
        ctx.err << "tenure-cli tasks: --format takes table, csv or json\n";
        return UsageError;
    }
    if (parser.isSet(owner))
        filter.owner = parser.value(owner);
    else if (!parser.isSet(all) && !qEnvironmentVariableIsEmpty("TENURE_USER"))
        filter.owner = qEnvironmentVariable("TENURE_USER");
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    const auto tasks = store::loadTasks(*store, filter);
    if (!tasks) {
        ctx.err << "tenure-cli tasks: " << tasks.error() << "\n";
        return Problem;
    }
    ReportTable table;
    table.metric = QStringLiteral("tasks");
    table.columns = {QStringLiteral("id"),     QStringLiteral("customer_id"), QStringLiteral("title"),
                     QStringLiteral("owner"),  QStringLiteral("due_date"),    QStringLiteral("status"),
                     QStringLiteral("source"), QStringLiteral("created_at"),  QStringLiteral("done_at")};
    for (const store::TaskRow& t : tasks.value())
        table.rows.push_back({QJsonValue(static_cast<qint64>(t.id)), t.customerKey, t.title,
                              t.owner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.owner),
                              optionalDay(t.dueDay), t.status, t.source, optionalInstant(t.createdAt),
                              optionalInstant(t.doneAt)});
    printReport(ctx.out, table, fmt);
    return Ok;
}

} // namespace tenure::cli
