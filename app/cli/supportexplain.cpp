#include "supportexplain.h"

#include "reports/explainsupport.h"

namespace tenure::cli {

int explainSupportFigure(Context& ctx, store::Store& store, const SupportExplainArgs& args,
                         ReportTable& table) {
    reports::SupportExplainOptions options;
    if (!args.kpi.isEmpty()) {
        const auto kpi = metrics::supportKpiByName(args.kpi);
        if (!kpi) {
            ctx.err << "tenure-cli report: --kpi takes a field of the support report: "
                    << metrics::supportKpiNames().join(QStringLiteral(", ")) << " (not \"" << args.kpi
                    << "\")\n";
            return UsageError;
        }
        options.kpi = *kpi;
    }
    // PERIOD:GROUP splits at the first colon: no period label holds one, a group value may.
    const qsizetype colon = args.cell.indexOf(u':');
    const auto period = parsePeriodLabel(colon < 0 ? args.cell : args.cell.left(colon), args.unit);
    if (!period) {
        ctx.err << "tenure-cli report: --explain takes a period label such as 2024-07 (for --period "
                << periodUnitName(args.unit) << "), or with --by a cell such as 2024-07:email\n";
        return UsageError;
    }
    if (colon >= 0) {
        if (args.by.isEmpty()) {
            ctx.err << "tenure-cli report: --explain " << args.cell
                    << " names a group: give --by channel, priority or agent as well\n";
            return UsageError;
        }
        options.group = args.cell.mid(colon + 1);
    }
    options.by = args.by;
    options.asOf = args.asOf;
    options.filter = args.filter;
    const auto rows = reports::explainSupportCell(store, *period, options);
    if (!rows) {
        ctx.err << "tenure-cli report: " << rows.error() << "\n";
        return UsageError;
    }
    // The metric's label names the figure once one is chosen; without --kpi it stays as it was.
    table.metric = QStringLiteral("support explain ") +
                   (args.kpi.isEmpty() ? QString() : args.kpi + QStringLiteral(" ")) + args.cell;
    // ticket_id last: the customer_id, role, reason shape of every --explain comes first.
    table.columns = {QStringLiteral("customer_id"), QStringLiteral("role"), QStringLiteral("reason"),
                     QStringLiteral("ticket_id")};
    for (const reports::ExplainRow& row : rows.value())
        table.rows.push_back({row.customer, reports::roleName(row.role), row.reason, row.ticket});
    return Ok;
}

} // namespace tenure::cli
