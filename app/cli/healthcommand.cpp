// `tenure-cli report health`: each account's health score with its components, at-risk signals
// and journey stage; --snapshot-history records the scores, --backtest checks the weights
// against what happened. Dispatched from `report` (reportcommand.cpp) when METRIC is health.
#include "context.h"
#include "reporttable.h"

#include "model/dates.h"
#include "reports/healthreport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tenure::cli {

namespace {

using metrics::HealthComponent;
using metrics::healthComponentCount;

const QStringList valueOptions{
    QStringLiteral("--period"), QStringLiteral("--from"),    QStringLiteral("--to"),
    QStringLiteral("--by"),     QStringLiteral("--segment"), QStringLiteral("--explain"),
    QStringLiteral("--format"), QStringLiteral("--basis"),   QStringLiteral("--activity"),
    QStringLiteral("--as-of"),  QStringLiteral("--band")};

QJsonValue optional(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString componentName(size_t i) {
    return QLatin1String(metrics::healthComponentName(static_cast<HealthComponent>(i)));
}

QStringList flatColumns() {
    QStringList columns{QStringLiteral("customer_id"),    QStringLiteral("score"),
                        QStringLiteral("band"),           QStringLiteral("stage"),
                        QStringLiteral("previous_score"), QStringLiteral("churn_probability")};
    for (size_t i = 0; i < healthComponentCount; ++i)
        columns << componentName(i) << componentName(i) + QStringLiteral("_weight")
                << componentName(i) + QStringLiteral("_contribution");
    columns << QStringLiteral("signals");
    return columns;
}

// The cells of one row for table and CSV, components flattened; empty for undefined.
QStringList flatCells(const reports::HealthRow& row) {
    const auto num = [](const std::optional<double>& v, int decimals) {
        return v ? QString::number(*v, 'f', decimals) : QString();
    };
    const metrics::HealthScore& h = row.health.health;
    QStringList cells{row.customerKey,
                      num(h.score, 2),
                      h.band ? QLatin1String(metrics::healthBandName(*h.band)) : QString(),
                      QLatin1String(metrics::journeyStageName(row.health.stage)),
                      num(row.previousScore, 2),
                      num(row.churnProbability, 4)};
    for (size_t i = 0; i < healthComponentCount; ++i) {
        const auto c = std::find_if(h.components.begin(), h.components.end(), [i](const auto& c) {
            return c.component == static_cast<HealthComponent>(i);
        });
        const bool has = c != h.components.end();
        cells << num(has ? std::optional(c->value) : std::nullopt, 2)
              << num(has ? std::optional(c->weight) : std::nullopt, 4)
              << num(has ? std::optional(c->contribution) : std::nullopt, 2);
    }
    QStringList signals;
    for (const metrics::SignalHit& s : row.health.signals)
        signals << QLatin1String(metrics::riskSignalName(s.signal));
    cells << signals.join(u' ');
    return cells;
}

QJsonObject jsonRow(const reports::HealthRow& row) {
    const metrics::HealthScore& h = row.health.health;
    QJsonObject components;
    for (const metrics::ComponentContribution& c : h.components)
        components.insert(QLatin1String(metrics::healthComponentName(c.component)),
                          QJsonObject{{QStringLiteral("value"), c.value},
                                      {QStringLiteral("weight"), c.weight},
                                      {QStringLiteral("contribution"), c.contribution}});
    QJsonArray signals;
    QJsonObject evidence;
    for (const metrics::SignalHit& s : row.health.signals) {
        signals.append(QLatin1String(metrics::riskSignalName(s.signal)));
        evidence.insert(QLatin1String(metrics::riskSignalName(s.signal)), s.evidence);
    }
    return {{QStringLiteral("customer_id"), row.customerKey},
            {QStringLiteral("score"), optional(h.score)},
            {QStringLiteral("band"), h.band ? QJsonValue(QLatin1String(metrics::healthBandName(*h.band)))
                                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("components"), components},
            {QStringLiteral("signals"), signals},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("churn_probability"), optional(row.churnProbability)},
            {QStringLiteral("stage"), QLatin1String(metrics::journeyStageName(row.health.stage))},
            {QStringLiteral("previous_score"), optional(row.previousScore)},
            {QStringLiteral("score_change"), row.previousScore && h.score
                                                 ? QJsonValue(*h.score - *row.previousScore)
                                                 : QJsonValue(QJsonValue::Null)}};
}

QString csvField(QString s) {
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        s = u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}

// Rows are written as they are formatted: a million accounts never become one document.
void printRows(QTextStream& out, const reports::HealthReport& report,
               const std::vector<const reports::HealthRow*>& rows, ReportFormat format) {
    if (format == ReportFormat::Json) {
        out << "{\n  \"metric\": \"health\",\n  \"period\": null,\n  \"as_of\": \""
            << (report.asOfDay == metrics::noDay ? QString() : formatDate(report.asOfDay))
            << "\",\n  \"generated_at\": \"" << QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
            << "\",\n  \"rows\": [";
        for (size_t i = 0; i < rows.size(); ++i)
            out << (i ? ",\n    " : "\n    ")
                << QString::fromUtf8(QJsonDocument(jsonRow(*rows[i])).toJson(QJsonDocument::Compact));
        out << "\n  ]\n}\n";
        return;
    }
    const QStringList columns = flatColumns();
    if (format == ReportFormat::Csv) {
        out << columns.join(u',') << "\n";
        for (const reports::HealthRow* row : rows) {
            QStringList cells = flatCells(*row);
            for (QString& c : cells)
                c = csvField(c);
            out << cells.join(u',') << "\n";
        }
        return;
    }
    // Table: widths from the headers and the longest customer id; numbers right-aligned.
    std::vector<qsizetype> width;
    for (const QString& c : columns)
        width.push_back(std::max<qsizetype>(c.size(), 7));
    for (const reports::HealthRow* row : rows)
        width[0] = std::max(width[0], row->customerKey.size());
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c) {
            const QString cell =
                cells[c].isEmpty() && c > 0 && c + 1 < cells.size() ? QStringLiteral("—") : cells[c];
            const bool left = c == 0 || c == 2 || c == 3 || c + 1 == cells.size();
            if (c) text += QStringLiteral("  ");
            text += left ? cell.leftJustified(width[size_t(c)]) : cell.rightJustified(width[size_t(c)]);
        }
        out << text.trimmed() << "\n";
    };
    line(columns);
    for (const reports::HealthRow* row : rows)
        line(flatCells(*row));
}

int printBacktest(Context& ctx, const metrics::HealthBacktest& b, ReportFormat format) {
    ReportTable table;
    table.metric = QStringLiteral("health backtest");
    table.columns = {QStringLiteral("band"), QStringLiteral("accounts"), QStringLiteral("churned_90d"),
                     QStringLiteral("churn_rate_pct")};
    table.percentColumns = {QStringLiteral("churn_rate_pct")};
    const auto count = [](int64_t v) { return QJsonValue(static_cast<qint64>(v)); };
    for (size_t i = 0; i < b.bands.size(); ++i)
        table.rows.push_back({QLatin1String(metrics::healthBandName(static_cast<metrics::HealthBand>(i))),
                              count(b.bands[i].accounts), count(b.bands[i].churned90d),
                              optional(b.bands[i].churnRatePct)});
    if (b.unscored.accounts > 0)
        table.rows.push_back({QStringLiteral("no_score"), count(b.unscored.accounts),
                              count(b.unscored.churned90d), optional(b.unscored.churnRatePct)});
    // Of the accounts that churned within 90 days of an evaluated month-end, those never at_risk.
    table.rows.push_back({QStringLiteral("churners never flagged"), count(b.churners),
                          count(b.churnersNeverFlagged), optional(b.neverFlaggedPct)});
    if (format == ReportFormat::Table && !b.days.empty())
        ctx.err << "health back-test over " << b.days.size() << " month-ends, " << formatDate(b.days.front())
                << " to " << formatDate(b.days.back()) << "\n";
    printReport(ctx.out, table, format);
    return Ok;
}

} // namespace

bool isHealthReport(const QStringList& args) {
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (valueOptions.contains(args[i])) {
            ++i;
            continue;
        }
        if (!args[i].startsWith(u'-')) return args[i] == QStringLiteral("health");
    }
    return false;
}

int healthReportCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("health"), QStringLiteral("The health report."));
    const QCommandLineOption segment(
        QStringLiteral("segment"), QStringLiteral("Only customers of this segment."), QStringLiteral("NAME"));
    const QCommandLineOption band(QStringLiteral("band"),
                                  QStringLiteral("Only accounts of this band: healthy, "
                                                 "neutral or at_risk."),
                                  QStringLiteral("BAND"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Score as of this day (default: the data's last day)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption churned(QStringLiteral("include-churned"),
                                     QStringLiteral("Also list churned accounts (stage churned, no score)."));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot-history"),
        QStringLiteral("Record the scores as of the day in the store's history."));
    const QCommandLineOption backtest(
        QStringLiteral("backtest"),
        QStringLiteral(
            "Score every past month-end with the current weights and count who churned within 90 days."));
    const QCommandLineOption noRisk(
        QStringLiteral("no-risk"),
        QStringLiteral("Leave churn_probability empty instead of training the churn-risk model."));
    parser.addOptions({segment, band, asOf, format, churned, snapshot, backtest, noRisk});
    int exitCode = Ok;
    if (!parseCommand(parser, ctx, QStringLiteral("Health score, signals and journey stage of each account."),
                      exitCode))
        return exitCode;
    if (parser.positionalArguments() != QStringList{QStringLiteral("health")}) {
        ctx.err << "tenure-cli report health: unexpected arguments (see --help)\n";
        return UsageError;
    }
    reports::HealthOptions options;
    options.filter.segment = parser.value(segment);
    options.includeChurned = parser.isSet(churned);
    options.churnProbability = !parser.isSet(noRisk) && !parser.isSet(snapshot) && !parser.isSet(backtest);
    if (parser.isSet(asOf)) {
        const QDate d = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!d.isValid()) {
            ctx.err << "tenure-cli report health: --as-of takes a date as YYYY-MM-DD\n";
            return UsageError;
        }
        options.asOfDay = daysFromCivil(d.year(), d.month(), d.day());
    }
    const QString bandName = parser.value(band);
    if (!bandName.isEmpty() && bandName != QStringLiteral("healthy") &&
        bandName != QStringLiteral("neutral") && bandName != QStringLiteral("at_risk")) {
        ctx.err << "tenure-cli report health: --band takes healthy, neutral or at_risk\n";
        return UsageError;
    }
    const QString formatName = parser.value(format);
    const ReportFormat f = formatName == QStringLiteral("json")  ? ReportFormat::Json
                           : formatName == QStringLiteral("csv") ? ReportFormat::Csv
                                                                 : ReportFormat::Table;
    if (f == ReportFormat::Table && formatName != QStringLiteral("table")) {
        ctx.err << "tenure-cli report health: --format takes table, csv or json\n";
        return UsageError;
    }
    if (parser.isSet(snapshot) && parser.isSet(backtest)) {
        ctx.err << "tenure-cli report health: --snapshot-history and --backtest are separate runs\n";
        return UsageError;
    }
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    if (parser.isSet(backtest)) {
        const auto b = reports::computeHealthBacktest(*store, options);
        if (!b) {
            ctx.err << "tenure-cli report health: " << b.error() << "\n";
            return UsageError;
        }
        return printBacktest(ctx, b.value(), f);
    }
    const auto report = reports::computeHealth(*store, options);
    if (!report) {
        ctx.err << "tenure-cli report health: " << report.error() << "\n";
        return UsageError;
    }
    if (parser.isSet(snapshot)) {
        const auto written = reports::recordHealth(*store, report.value());
        if (!written) {
            ctx.err << "tenure-cli report health: " << written.error() << "\n";
            return UsageError;
        }
        ctx.out << "recorded " << written.value() << " health scores as of "
                << (report->asOfDay == metrics::noDay ? QStringLiteral("—") : formatDate(report->asOfDay))
                << "\n";
        return Ok;
    }
    std::vector<const reports::HealthRow*> rows;
    rows.reserve(report->rows.size());
    for (const reports::HealthRow& row : report->rows)
        if (bandName.isEmpty() ||
            (row.health.health.band &&
             bandName == QLatin1String(metrics::healthBandName(*row.health.health.band))))
            rows.push_back(&row);
    printRows(ctx.out, report.value(), rows, f);
    return Ok;
}

} // namespace tenure::cli
