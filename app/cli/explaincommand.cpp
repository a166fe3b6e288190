// `tenure-cli report … --explain PERIOD --kpi NAME`: which figure of a report's row to explain,
// and the rows behind it. Kept apart from reportcommand.cpp, which prints the figures.
#include "explaincommand.h"

#include "reports/churnreport.h"
#include "reports/explain.h"
#include "reports/loyaltyreport.h"
#include "reports/onboardingreport.h"

#include <QStringList>

#include <utility>

namespace tenure::cli {

namespace {

// The figures each report's default explanation covers: its rows add up to all of them.
const QStringList& defaultKpis(const QString& metric) {
    static const QStringList revenue{QStringLiteral("mrr_start"), QStringLiteral("new"),
                                     QStringLiteral("expansion"), QStringLiteral("contraction"),
                                     QStringLiteral("churned"),   QStringLiteral("reactivation"),
                                     QStringLiteral("mrr_end"),   QStringLiteral("gross_mrr_churn_pct"),
                                     QStringLiteral("nrr_pct"),   QStringLiteral("grr_pct")};
    static const QStringList loyalty{QStringLiteral("members"), QStringLiteral("active_members")};
    static const QStringList onboarding{QStringLiteral("customers"), QStringLiteral("completed")};
    static const QStringList none;
    return metric == QLatin1String("revenue")      ? revenue
           : metric == QLatin1String("loyalty")    ? loyalty
           : metric == QLatin1String("onboarding") ? onboarding
                                                   : none;
}

const QStringList& otherKpis(const QString& metric) {
    static const QStringList revenue{QStringLiteral("arpa"), QStringLiteral("clv")};
    static const QStringList loyalty{QStringLiteral("points_earned"),       QStringLiteral("points_redeemed"),
                                     QStringLiteral("points_outstanding"),  QStringLiteral("redemption_pct"),
                                     QStringLiteral("repeat_purchase_pct"), QStringLiteral("tiers")};
    static const QStringList onboarding{QStringLiteral("days_to_onboard_avg"),
                                        QStringLiteral("interactions_avg"), QStringLiteral("milestone:NAME")};
    static const QStringList none;
    return metric == QLatin1String("revenue")      ? revenue
           : metric == QLatin1String("loyalty")    ? loyalty
           : metric == QLatin1String("onboarding") ? onboarding
                                                   : none;
}

const QString milestonePrefix = QStringLiteral("milestone:");

// Named as support's explanations are: "revenue explain arpa 2025-03".
QString metricLabel(const KpiRequest& r) {
    return r.metric + QStringLiteral(" explain ") + r.kpi + QLatin1Char(' ') + r.label;
}

// The rows of a customer explanation, in the columns every --explain prints.
void putRows(const KpiRequest& r, const std::vector<reports::ExplainRow>& rows, ReportTable& table) {
    table.metric = metricLabel(r);
    table.columns = {QStringLiteral("customer_id"), QStringLiteral("role"), QStringLiteral("reason")};
    for (const reports::ExplainRow& row : rows)
        table.rows.push_back({row.customer, reports::roleName(row.role), row.reason});
}

int put(Context& ctx, const KpiRequest& r, const Expected<std::vector<reports::ExplainRow>>& rows,
        ReportTable& table) {
    if (!rows) {
        ctx.err << "tenure-cli report: " << rows.error() << "\n";
        return UsageError;
    }
    putRows(r, rows.value(), table);
    return Ok;
}

int explainRevenueKpi(Context& ctx, store::Store& store, const KpiRequest& r, const Period& period,
                      ReportTable& table) {
    if (r.kpi == QLatin1String("arpa"))
        return put(ctx, r, reports::explainArpaCell(store, r.filter, period), table);
    // CLV's terms are not customers: its ARPA, margin and months of churn.
    reports::ChurnReportOptions options;
    options.unit = r.unit;
    options.from = r.from;
    options.to = r.to;
    options.filter = r.filter;
    const auto terms = reports::explainClvCell(store, options, period);
    if (!terms) {
        ctx.err << "tenure-cli report: " << terms.error() << "\n";
        return UsageError;
    }
    table.metric = metricLabel(r);
    table.columns = {QStringLiteral("term"), QStringLiteral("role"), QStringLiteral("reason")};
    for (const metrics::ExplainedTerm& t : terms.value())
        table.rows.push_back({t.term, reports::roleName(t.role), t.reason});
    return Ok;
}

int explainLoyaltyKpi(Context& ctx, store::Store& store, const KpiRequest& r, const Period& period,
                      ReportTable& table) {
    using Figure = reports::LoyaltyFigure;
    static const std::pair<const char*, Figure> figures[] = {
        {"points_earned", Figure::PointsEarned},
        {"points_redeemed", Figure::PointsRedeemed},
        {"points_outstanding", Figure::PointsOutstanding},
        {"redemption_pct", Figure::RedemptionPct},
        {"repeat_purchase_pct", Figure::RepeatPurchasePct},
        {"tiers", Figure::Tiers}};
    Figure figure = Figure::Tiers;
    for (const auto& [name, f] : figures)
        if (r.kpi == QLatin1String(name)) figure = f;
    return put(ctx, r, reports::explainLoyaltyFigure(store, r.filter, period, figure), table);
}

int explainOnboardingKpi(Context& ctx, store::Store& store, const KpiRequest& r, const Period& period,
                         ReportTable& table) {
    reports::OnboardingOptions options;
    options.unit = r.unit;
    options.asOfDay = r.to; // as `report onboarding` reads --to
    options.filter = r.filter;
    const QString milestone =
        r.kpi.startsWith(milestonePrefix) ? r.kpi.mid(milestonePrefix.size()) : QString();
    return put(ctx, r, reports::explainOnboardingDays(store, options, period, milestone), table);
}

// Empty when `metric` has the figure `kpi`, else the usage error (the names it has).
QString kpiProblem(const QString& metric, const QString& kpi) {
    if (defaultKpis(metric).contains(kpi) || otherKpis(metric).contains(kpi)) return {};
    if (metric == QLatin1String("onboarding") && kpi.startsWith(milestonePrefix) &&
        kpi.size() > milestonePrefix.size())
        return {};
    return QStringLiteral(
               "--kpi takes a field of the %1 report: %2 (the default explanation), or %3 (not \"%4\")")
        .arg(metric, defaultKpis(metric).join(QStringLiteral(", ")),
             otherKpis(metric).join(QStringLiteral(", ")), kpi);
}

} // namespace

bool explainsKpis(const QString& metric) {
    return metric == QLatin1String("support") || !otherKpis(metric).isEmpty();
}

bool isDefaultExplanation(const QString& metric, const QString& kpi) {
    return kpi.isEmpty() || defaultKpis(metric).contains(kpi);
}

int explainKpi(Context& ctx, store::Store& store, const KpiRequest& r, const Period& period,
               ReportTable& table) {
    if (const QString problem = kpiProblem(r.metric, r.kpi); !problem.isEmpty()) {
        ctx.err << "tenure-cli report: " << problem << "\n";
        return UsageError;
    }
    if (r.metric == QLatin1String("revenue")) return explainRevenueKpi(ctx, store, r, period, table);
    if (r.metric == QLatin1String("loyalty")) return explainLoyaltyKpi(ctx, store, r, period, table);
    return explainOnboardingKpi(ctx, store, r, period, table);
}

} // namespace tenure::cli
