#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace tenure::cli {

// A report's rows before they are printed as a table, CSV or the JSON of cli.md. Cells are
// JSON values: numbers, text, or null for an undefined ratio (shown as "—" in a table).
struct ReportTable {
    QString metric;
    QString period; // the period unit, or empty
    QStringList columns;
    QStringList percentColumns; // printed with one decimal in a table
    std::vector<std::vector<QJsonValue>> rows;
};

enum class ReportFormat { Table, Csv, Json };

void printReport(QTextStream& out, const ReportTable& table, ReportFormat format);

} // namespace tenure::cli
