#include "context.h"
#include "progressbar.h"

#include "io/columnmapping.h"
#include "io/entities.h"
#include "io/importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenure::cli {

namespace {

bool readEncoding(const QString& name, io::TextEncoding& encoding) {
    const QString n = name.toLower().remove(u'-').remove(u'_');
    if (n.isEmpty() || n == QStringLiteral("utf8"))
        encoding = io::TextEncoding::Utf8;
    else if (n == QStringLiteral("latin1") || n == QStringLiteral("iso88591"))
        encoding = io::TextEncoding::Latin1;
    else if (n == QStringLiteral("windows1252") || n == QStringLiteral("cp1252"))
        encoding = io::TextEncoding::Windows1252;
    else
        return false;
    return true;
}

bool readDelimiter(const QString& text, char& delimiter) {
    if (text.isEmpty()) return true;
    if (text == QStringLiteral("tab") || text == QStringLiteral("\\t"))
        delimiter = '\t';
    else if (text.size() == 1 && QStringLiteral(",;|\t").contains(text))
        delimiter = static_cast<char>(text.at(0).toLatin1());
    else
        return false;
    return true;
}

QJsonObject summaryJson(const io::ImportSummary& s) {
    QJsonArray rejected;
    for (const io::RejectedRow& r : s.rejected)
        rejected.append(QJsonObject{{QStringLiteral("line"), static_cast<qint64>(r.line)},
                                    {QStringLiteral("column"), r.column},
                                    {QStringLiteral("column_name"), r.columnName},
                                    {QStringLiteral("reason"), r.reason}});
    QJsonObject o{{QStringLiteral("kind"), s.kind},
                  {QStringLiteral("file"), s.file},
                  {QStringLiteral("read"), static_cast<qint64>(s.read)},
                  {QStringLiteral("inserted"), static_cast<qint64>(s.inserted)},
                  {QStringLiteral("updated"), static_cast<qint64>(s.updated)},
                  {QStringLiteral("unchanged"), static_cast<qint64>(s.unchanged)},
                  {QStringLiteral("skipped"), static_cast<qint64>(s.skipped)},
                  {QStringLiteral("customers_created"), static_cast<qint64>(s.customersCreated)},
                  {QStringLiteral("rejected"), rejected},
                  {QStringLiteral("seconds"), s.seconds},
                  {QStringLiteral("ok"), s.ok()}};
    if (!s.ok()) o.insert(QStringLiteral("error"), s.error);
    return o;
}

void printTable(QTextStream& out, const io::ImportSummary& s) {
    out << (s.ok() ? "Imported " : "Did not import ") << s.kind << " from " << s.file << "\n";
    const auto row = [&out](const char* label, int64_t value) {
        out << "  " << QString::fromLatin1(label).leftJustified(18) << value << "\n";
    };
    row("read", s.read);
    row("inserted", s.inserted);
    row("updated", s.updated);
    row("unchanged", s.unchanged);
    row("skipped (no id)", s.skipped);
    row("customers created", s.customersCreated);
    row("rejected", static_cast<int64_t>(s.rejected.size()));
    out << "  " << QStringLiteral("seconds").leftJustified(18) << QString::number(s.seconds, 'f', 2) << "\n";
    if (!s.attributes.isEmpty())
        out << "  custom attributes: " << s.attributes.join(QStringLiteral(", ")) << "\n";
    if (!s.ignored.isEmpty()) out << "  ignored columns:   " << s.ignored.join(QStringLiteral(", ")) << "\n";
    constexpr int shown = 20;
    for (size_t i = 0; i < s.rejected.size() && i < shown; ++i) {
        const io::RejectedRow& r = s.rejected[i];
        out << "  rejected line " << r.line;
        if (r.column > 0) out << ", column " << r.column << " (" << r.columnName << ")";
        out << ": " << r.reason << "\n";
    }
    if (s.rejected.size() > shown)
        out << "  … and " << (s.rejected.size() - shown) << " more rejected rows\n";
}

} // namespace

int importCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("KIND"),
        QStringLiteral("Entity: %1.").arg(io::entityNames().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 QStringLiteral("Map a canonical column to the file's header (repeatable)."),
                                 QStringLiteral("canonical=Header"));
    const QCommandLineOption mappingFile(QStringLiteral("mapping"), QStringLiteral("A saved mapping (JSON)."),
                                         QStringLiteral("FILE.json"));
    const QCommandLineOption dateFormat(
        QStringLiteral("date-format"),
        QStringLiteral("DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD for slashed dates (default: detected)."),
        QStringLiteral("FMT"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       QStringLiteral("Field delimiter: , ; | or tab (default: detected)."),
                                       QStringLiteral("C"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      QStringLiteral("utf-8 (default), latin1 or windows-1252."),
                                      QStringLiteral("E"));
    const QCommandLineOption onError(
        QStringLiteral("on-error"),
        QStringLiteral("stop: import nothing if a row is bad (default); skip: import the good rows."),
        QStringLiteral("stop|skip"), QStringLiteral("stop"));
    const QCommandLineOption rejects(QStringLiteral("rejects"),
                                     QStringLiteral("With --on-error skip: write bad rows and reasons here."),
                                     QStringLiteral("FILE.csv"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Summary as table (default) or json."),
                                    QStringLiteral("table|json"), QStringLiteral("table"));
    parser.addOptions({map, mappingFile, dateFormat, delimiter, encoding, onError, rejects, format});
    int exitCode = Ok;
    if (!parseCommand(parser, ctx, QStringLiteral("Import a CSV file of one entity, in one transaction."),
                      exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        ctx.err << "tenure-cli import: expected KIND and FILE (see --help)\n";
        return UsageError;
    }

    io::ImportOptions options;
    options.kind = positional[0];
    options.file = positional[1];
    if (!io::findEntity(options.kind)) {
        ctx.err << "tenure-cli import: unknown kind \"" << options.kind
                << "\"; it must be one of: " << io::entityNames().join(QStringLiteral(", ")) << "\n";
        return UsageError;
    }
    QString delimiterText = parser.value(delimiter);
    QString encodingText = parser.value(encoding);
    options.dateFormat = parser.value(dateFormat);
    if (parser.isSet(mappingFile)) {
        const auto loaded = io::loadMappingFile(parser.value(mappingFile));
        if (!loaded) {
            ctx.err << "tenure-cli import: " << loaded.error() << "\n";
            return UsageError;
        }
        options.columnMap = loaded->columnMap;
        if (options.dateFormat.isEmpty()) options.dateFormat = loaded->dateFormat;
        if (delimiterText.isEmpty()) delimiterText = loaded->delimiter;
        if (encodingText.isEmpty()) encodingText = loaded->encoding;
    }
    for (const QString& entry : parser.values(map)) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq <= 0) {
            ctx.err << "tenure-cli import: --map takes canonical=Header, got \"" << entry << "\"\n";
            return UsageError;
        }
        options.columnMap[entry.left(eq).trimmed()] = entry.mid(eq + 1).trimmed();
    }
    if (!readDelimiter(delimiterText, options.csv.delimiter)) {
        ctx.err << "tenure-cli import: unknown --delimiter \"" << delimiterText << "\"; use , ; | or tab\n";
        return UsageError;
    }
    if (!readEncoding(encodingText, options.csv.encoding)) {
        ctx.err << "tenure-cli import: unknown --encoding \"" << encodingText
                << "\"; use utf-8, latin1 or windows-1252\n";
        return UsageError;
    }
    const QString onErrorText = parser.value(onError);
    if (onErrorText != QStringLiteral("stop") && onErrorText != QStringLiteral("skip")) {
        ctx.err << "tenure-cli import: --on-error takes stop or skip\n";
        return UsageError;
    }
    options.onError = onErrorText == QStringLiteral("skip") ? io::OnError::Skip : io::OnError::Stop;
    options.rejectsFile = parser.value(rejects);
    const bool json = parser.value(format) == QStringLiteral("json");
    if (!json && parser.value(format) != QStringLiteral("table")) {
        ctx.err << "tenure-cli import: --format takes table or json\n";
        return UsageError;
    }

    auto store = openStore(ctx, store::OpenMode::CreateIfMissing);
    if (!store) return UsageError;
    ProgressBar bar(ctx.err, QStringLiteral("importing %1").arg(options.kind));
    options.progress = [&bar](int64_t done, int64_t total) {
        bar.update(total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0);
        return true;
    };
    const io::ImportSummary summary = io::importCsv(*store, options);
    bar.finish();

    if (json)
        ctx.out << QJsonDocument(summaryJson(summary)).toJson(QJsonDocument::Compact) << "\n";
    else if (summary.ok() || !summary.rejected.empty())
        printTable(ctx.out, summary);
    if (!summary.ok()) {
        ctx.err << "tenure-cli import: " << summary.error << "\n";
        return summary.failure == io::ImportFailure::Usage ? UsageError : Problem;
    }
    // Every successful import runs the playbooks (JSON output stays one object on stdout). The
    // import has landed: a playbook problem is reported but does not change the exit code.
    runPlaybooksAfterImport(ctx, *store, json ? ctx.err : ctx.out);
    return Ok; // with --on-error skip, rejected rows are what the user asked for
}

} // namespace tenure::cli
