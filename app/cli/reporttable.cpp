#include "reporttable.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tenure::cli {

namespace {

QString tableCell(const QJsonValue& v, bool percent) {
    if (v.isNull() || v.isUndefined()) return QStringLiteral("—");
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (percent) return QString::number(d, 'f', 1);
        if (d == static_cast<double>(static_cast<qint64>(d))) return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'f', 2);
    }
    if (v.isBool()) return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << tableCell(item.isObject() ? item.toObject().value(QStringLiteral("value")) : item,
                               false);
        return parts.join(u' ');
    }
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + tableCell(it.value(), false);
        return parts.join(QStringLiteral("; "));
    }
    return v.toString();
}

QString csvCell(QJsonValue v) {
    if (v.isNull() || v.isUndefined()) return {};
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject())
        v = QJsonValue(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
    QString s = v.toString();
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        s = u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}

} // namespace

void printReport(QTextStream& out, const ReportTable& table, ReportFormat format) {
    if (format == ReportFormat::Json) {
        QJsonArray rows;
        for (const auto& row : table.rows) {
            QJsonObject o;
            for (int c = 0; c < table.columns.size(); ++c)
                o.insert(table.columns[c], row[static_cast<size_t>(c)]);
            rows.append(o);
        }
        QJsonObject root{
            {QStringLiteral("metric"), table.metric},
            {QStringLiteral("period"), table.period.isEmpty() ? QJsonValue() : QJsonValue(table.period)},
            {QStringLiteral("generated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("rows"), rows}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == ReportFormat::Csv) {
        out << table.columns.join(u',') << "\n";
        for (const auto& row : table.rows) {
            QStringList cells;
            for (const QJsonValue& v : row)
                cells << csvCell(v);
            out << cells.join(u',') << "\n";
        }
        return;
    }
    std::vector<QStringList> text;
    std::vector<qsizetype> width(static_cast<size_t>(table.columns.size()));
    for (int c = 0; c < table.columns.size(); ++c)
        width[static_cast<size_t>(c)] = table.columns[c].size();
    for (const auto& row : table.rows) {
        QStringList cells;
        for (int c = 0; c < table.columns.size(); ++c) {
            cells << tableCell(row[static_cast<size_t>(c)], table.percentColumns.contains(table.columns[c]));
            width[static_cast<size_t>(c)] = std::max(width[static_cast<size_t>(c)], cells.back().size());
        }
        text.push_back(cells);
    }
    // Numbers are right-aligned, text left-aligned.
    std::vector<bool> numeric(static_cast<size_t>(table.columns.size()), true);
    for (const auto& row : table.rows)
        for (size_t c = 0; c < row.size(); ++c)
            if (row[c].isString()) numeric[c] = false;
    const auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c) {
            padded << (numeric[static_cast<size_t>(c)]
                           ? cells[c].rightJustified(width[static_cast<size_t>(c)])
                           : cells[c].leftJustified(width[static_cast<size_t>(c)]));
        }
        // Only the end is trimmed: an empty or right-aligned first cell keeps its padding, or
        // the line's cells would shift under the wrong headers.
        QString joined = padded.join(QStringLiteral("  "));
        while (joined.endsWith(u' '))
            joined.chop(1);
        out << joined << "\n";
    };
    line(table.columns);
    for (const QStringList& cells : text)
        line(cells);
}

} // namespace tenure::cli
