// init, count, backup and check: the commands about the store itself.
#include "context.h"

#include "io/entities.h"
#include "io/exporter.h"
#include "store/maintenance.h"
#include "store/migrations.h"

#include <QFileInfo>

namespace tenure::cli {

int initCommand(Context& ctx) {
    QCommandLineParser parser;
    int exitCode = Ok;
    if (!parseCommand(parser, ctx, QStringLiteral("Create an empty store at the current schema version."),
                      exitCode))
        return exitCode;
    const bool existed = QFileInfo::exists(ctx.dbPath);
    auto store = openStore(ctx, store::OpenMode::CreateIfMissing);
    if (!store) return UsageError;
    ctx.out << (existed ? "Store " : "Created store ") << ctx.dbPath << " (schema version "
            << store->schemaVersion() << ")\n";
    return Ok;
}

int countCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("KIND"),
        QStringLiteral("Entity: %1.").arg(io::entityNames().join(QStringLiteral(", "))));
    int exitCode = Ok;
    if (!parseCommand(parser, ctx, QStringLiteral("Print the number of stored rows of an entity."), exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "tenure-cli count: expected KIND (see --help)\n";
        return UsageError;
    }
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    const auto count = store::countRows(*store, parser.positionalArguments().first());
    if (!count) {
        ctx.err << "tenure-cli count: " << count.error() << "\n";
        return UsageError;
    }
    ctx.out << count.value() << "\n";
    return Ok;
}

int exportCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("KIND"),
        QStringLiteral("Entity: %1.").arg(io::entityNames().join(QStringLiteral(", "))));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write to this file (default: standard output)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption segment(
        QStringLiteral("segment"), QStringLiteral("Only customers of this segment."), QStringLiteral("NAME"));
    parser.addOptions({out, segment});
    int exitCode = Ok;
    if (!parseCommand(parser, ctx, QStringLiteral("Export an entity as CSV with the canonical headers."),
                      exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "tenure-cli export: expected KIND (see --help)\n";
        return UsageError;
    }
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    ctx.out.flush();
    const auto written = io::exportCsv(
        *store, {parser.positionalArguments().first(), parser.value(out), parser.value(segment)});
    if (!written) {
        ctx.err << "tenure-cli export: " << written.error() << "\n";
        return UsageError;
    }
    if (parser.isSet(out))
        ctx.err << "Exported " << written.value() << " rows to " << parser.value(out) << "\n";
    return Ok;
}

int backupCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The new backup file (must not exist)."));
    int exitCode = Ok;
    if (!parseCommand(parser, ctx,
                      QStringLiteral("Make a consistent copy of the store, even while it is in use."),
                      exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "tenure-cli backup: expected FILE (see --help)\n";
        return UsageError;
    }
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    const QString destination = parser.positionalArguments().first();
    if (Status s = store::backupStore(*store, destination); !s) {
        ctx.err << "tenure-cli backup: " << s.error() << "\n";
        return UsageError;
    }
    ctx.out << "Backed up " << ctx.dbPath << " to " << destination << "\n";
    return Ok;
}

int checkCommand(Context& ctx) {
    QCommandLineParser parser;
    int exitCode = Ok;
    if (!parseCommand(parser, ctx,
                      QStringLiteral("Check the store's integrity and schema; exit 1 listing the problems."),
                      exitCode))
        return exitCode;
    if (!QFileInfo::exists(ctx.dbPath)) {
        ctx.err << "tenure-cli: " << ctx.dbPath << ": no such store\n";
        return UsageError;
    }
    auto opened = store::Store::open(ctx.dbPath, {store::OpenMode::MustExist});
    if (!opened) {
        ctx.out << "problem: " << opened.error() << "\n";
        return Problem;
    }
    const QStringList problems = store::checkStore(*opened.value());
    for (const QString& p : problems)
        ctx.out << "problem: " << p << "\n";
    if (!problems.isEmpty()) return Problem;
    ctx.out << "ok: " << ctx.dbPath << " (schema version " << store::currentSchemaVersion() << ")\n";
    return Ok;
}

} // namespace tenure::cli
