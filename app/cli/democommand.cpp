#include "context.h"
#include "progressbar.h"

#include "demo/demostore.h"
#include "io/valueparser.h"
#include "reports/playbookrun.h"

#include <QDate>
#include <QDir>

namespace tenure::cli {

int demoCommand(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Number of customers (default 2000)."),
                                       QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."),
                                  QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The day the data ends (default: today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QStringLiteral("Write the canonical CSV files to this folder instead of a store."),
        QStringLiteral("DIR"));
    parser.addOptions({customers, seed, today, out});
    int exitCode = Ok;
    if (!parseCommand(parser, ctx, QStringLiteral("Fill the store with a deterministic demo company."),
                      exitCode))
        return exitCode;

    demo::DemoOptions options;
    bool ok = false;
    options.customers = parser.value(customers).toLongLong(&ok);
    if (!ok || options.customers < 1 || options.customers > 10'000'000) {
        ctx.err << "tenure-cli demo: --customers takes a number from 1 to 10000000\n";
        return UsageError;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        ctx.err << "tenure-cli demo: --seed takes a whole number\n";
        return UsageError;
    }
    const QDate day =
        parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate) : QDate::currentDate();
    if (!day.isValid()) {
        ctx.err << "tenure-cli demo: --today takes a date as YYYY-MM-DD\n";
        return UsageError;
    }
    options.today = QDate(1970, 1, 1).daysTo(day);

    ProgressBar bar(ctx.err, QStringLiteral("demo"));
    if (parser.isSet(out)) {
        const demo::DemoResult result = demo::writeDemoCsv(options, parser.value(out), [&bar](double f) {
            bar.update(f, QStringLiteral("writing demo files"));
            return true;
        });
        bar.finish();
        if (!result.ok) {
            ctx.err << "tenure-cli demo: " << result.error << "\n";
            return UsageError;
        }
        for (const auto& [entity, rows] : result.rows)
            ctx.out << QDir(parser.value(out)).filePath(entity + QStringLiteral(".csv")) << "\t" << rows
                    << "\n";
        return Ok;
    }
    auto store = openStore(ctx, store::OpenMode::CreateIfMissing);
    if (!store) return UsageError;
    const Status filled = demo::fillDemoStore(
        *store, options, [&bar](const QString& message, double f) { bar.update(f, message); });
    bar.finish();
    if (!filled) {
        ctx.err << "tenure-cli demo: " << filled.error() << "\n";
        return Problem;
    }
    // The demo company's playbooks fire as after an import: its accounts' owners have tasks.
    const auto run = reports::runPlaybooks(*store, {options.today, options.today * 86400 + 12 * 3600});
    if (!run) {
        ctx.err << "tenure-cli demo: " << run.error() << "\n";
        return Problem;
    }
    ctx.out << "Filled " << ctx.dbPath << " with a demo company of " << options.customers << " customers\n";
    return Ok;
}

} // namespace tenure::cli
