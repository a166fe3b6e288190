#include "riskcommand.h"

#include "reports/riskreport.h"

#include <QJsonArray>

#include <cmath>

namespace tenure::cli {

namespace {

// "Contract=Month-to-month (+0.82)": the column, the customer's value, the effect on log-odds.
QString factorText(const reports::RiskFactorText& f) {
    return f.column + u'=' + f.value + QStringLiteral(" (") +
           (f.effect >= 0 ? QStringLiteral("+") : QString()) + QString::number(f.effect, 'f', 2) + u')';
}

QJsonValue factorList(const std::vector<reports::RiskFactorText>& factors, ReportFormat format) {
    QStringList texts;
    for (const auto& f : factors)
        texts << factorText(f);
    if (format == ReportFormat::Json) return QJsonArray::fromStringList(texts);
    return texts.join(QStringLiteral("; "));
}

} // namespace

int reportRisk(Context& ctx, const store::CustomerFilter& filter, ReportFormat format, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    reports::RiskReportOptions options;
    options.filter = filter;
    const auto report = reports::computeRiskReport(*store, options);
    if (!report) {
        ctx.err << "tenure-cli report risk: " << report.error() << "\n";
        return Problem;
    }
    ctx.err << "risk model: " << metrics::riskModelKindName(report->kind) << ", cross-validated ROC AUC "
            << QString::number(report->cvAuc, 'f', 3) << " on " << report->trainingCustomers << " customers ("
            << report->trainingChurned << " churned); trained now on the store's current data\n";
    table.period.clear();
    table.columns = {QStringLiteral("customer_id"), QStringLiteral("churn_probability"),
                     QStringLiteral("factors_up"), QStringLiteral("factors_down")};
    for (const reports::RiskRow& row : report->rows)
        table.rows.push_back({row.customerKey, std::round(row.probability * 10000) / 10000,
                              factorList(row.up, format), factorList(row.down, format)});
    return Ok;
}

} // namespace tenure::cli
