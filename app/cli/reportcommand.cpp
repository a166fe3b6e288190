// `tenure-cli report METRIC`: reads the metric's inputs from the store, computes it with the
// core's metric functions, prints the rows (or, with --explain, the rows behind one cell).
#include "context.h"
#include "explaincommand.h"
#include "reporttable.h"
#include "riskcommand.h"
#include "supportexplain.h"

#include "metrics/churn.h"
#include "metrics/nps.h"
#include "model/dates.h"
#include "model/period.h"
#include "reports/churnreport.h"
#include "reports/dashboard.h"
#include "reports/explain.h"
#include "reports/explainnps.h"
#include "reports/feedbackreport.h"
#include "reports/loyaltyreport.h"
#include "reports/onboardingreport.h"
#include "reports/segmentexplain.h"
#include "reports/segments.h"
#include "reports/storesettings.h"
#include "reports/supportreport.h"
#include "store/metricinputs.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace tenure::cli {

namespace {

QJsonValue number(int64_t v) {
    return QJsonValue(static_cast<qint64>(v));
}

QJsonValue ratio(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<int64_t> parseDay(const QString& text) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) return std::nullopt;
    return daysFromCivil(d.year(), d.month(), d.day());
}

struct Request {
    QString metric;
    PeriodUnit unit = PeriodUnit::Month;
    std::optional<int64_t> from, to;
    QString by;
    QString explain;
    bool snapshot = false;
    store::CustomerFilter filter;
    QString basis;    // cohorts: signup or first_order
    QString activity; // cohorts: subscription, events or orders
    bool revenue = false;
    std::optional<int64_t> asOf; // support: epoch seconds
    QString kpi;                 // the figure --explain lists the rows of (support, explaincommand.h)
    bool overdue = false;        // onboarding: list overdue milestones
};

KpiRequest kpiRequest(const Request& r) {
    return {r.metric, r.kpi, r.explain, r.unit, r.from, r.to, r.filter};
}

// The same request in the core's terms, for the report families the desktop shares.
reports::ChurnReportOptions optionsOf(const Request& r) {
    reports::ChurnReportOptions o;
    o.unit = r.unit;
    o.from = r.from;
    o.to = r.to;
    o.filter = r.filter;
    return o;
}

reports::FeedbackOptions feedbackOptions(const Request& r) {
    reports::FeedbackOptions options;
    options.unit = r.unit;
    options.from = r.from;
    options.to = r.to;
    options.filter = r.filter;
    return options;
}

// The rows behind one period's figure, in the shape every --explain prints.
void putExplainRows(const Request& r, const std::vector<reports::ExplainRow>& rows, ReportTable& table) {
    table.metric = r.metric + QStringLiteral(" explain ") + r.explain;
    table.columns = {QStringLiteral("customer_id"), QStringLiteral("role"), QStringLiteral("reason")};
    for (const reports::ExplainRow& row : rows)
        table.rows.push_back({row.customer, reports::roleName(row.role), row.reason});
}

// --explain PERIOD's period, in the report's unit; nullopt (said on stderr) when it is not a label.
std::optional<Period> explainedPeriod(Context& ctx, const Request& r) {
    const auto cell = parsePeriodLabel(r.explain, r.unit);
    if (!cell)
        ctx.err << "tenure-cli report: --explain takes a period label such as 2024-07 (for --period "
                << periodUnitName(r.unit) << ")\n";
    return cell;
}

// Prints the explanation, or its error.
int putExplained(Context& ctx, const Request& r, const Expected<std::vector<reports::ExplainRow>>& explained,
                 ReportTable& table) {
    if (!explained) {
        ctx.err << "tenure-cli report: " << explained.error() << "\n";
        return UsageError;
    }
    putExplainRows(r, explained.value(), table);
    return Ok;
}

int reportChurn(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    if (r.snapshot) {
        const auto customers = store::loadSnapshot(*store, r.by, r.filter);
        if (!customers) {
            ctx.err << "tenure-cli report: " << customers.error() << "\n";
            return UsageError;
        }
        table.columns = r.by.isEmpty() ? QStringList{QStringLiteral("customers"), QStringLiteral("churned"),
                                                     QStringLiteral("churn_pct")}
                                       : QStringList{QStringLiteral("group"), QStringLiteral("customers"),
                                                     QStringLiteral("churned"), QStringLiteral("churn_pct")};
        table.percentColumns = {QStringLiteral("churn_pct")};
        for (const metrics::SnapshotRow& row : metrics::snapshotChurn(customers.value(), !r.by.isEmpty())) {
            std::vector<QJsonValue> cells;
            if (!r.by.isEmpty()) cells.emplace_back(row.group);
            cells.insert(cells.end(), {number(row.customers), number(row.churned), ratio(row.churnPct)});
            table.rows.push_back(cells);
        }
        return Ok;
    }
    const auto lifetimes = store::loadLifetimes(*store, r.filter);
    if (!lifetimes) {
        ctx.err << "tenure-cli report: " << lifetimes.error() << "\n";
        return UsageError;
    }
    const reports::ChurnWindow window = reports::churnWindow(lifetimes.value(), optionsOf(r));
    const std::vector<Period>& periods = window.periods;
    const int64_t asOf = window.asOfDay;
    if (!r.explain.isEmpty()) {
        const auto cell = explainedPeriod(ctx, r);
        if (!cell) return UsageError;
        return putExplained(
            ctx, r, reports::withCustomerKeys(*store, metrics::explainChurn(lifetimes.value(), *cell)),
            table);
    }
    if (r.metric == QStringLiteral("retention")) {
        table.columns = {QStringLiteral("period"),
                         QStringLiteral("cs"),
                         QStringLiteral("cn"),
                         QStringLiteral("ce"),
                         QStringLiteral("retention_pct"),
                         QStringLiteral("partial")};
        table.percentColumns = {QStringLiteral("retention_pct")};
        for (const metrics::RetentionRow& row : metrics::retentionByPeriod(lifetimes.value(), periods, asOf))
            table.rows.push_back({periodLabel(row.period, r.unit), number(row.cs), number(row.cn),
                                  number(row.ce), ratio(row.retentionPct), row.partial});
        return Ok;
    }
    table.columns = {
        QStringLiteral("period"),    QStringLiteral("customers_at_start"), QStringLiteral("new"),
        QStringLiteral("lost"),      QStringLiteral("new_and_lost"),       QStringLiteral("customers_at_end"),
        QStringLiteral("churn_pct"), QStringLiteral("retention_pct"),      QStringLiteral("partial")};
    table.percentColumns = {QStringLiteral("churn_pct"), QStringLiteral("retention_pct")};
    for (const metrics::ChurnRow& row : metrics::churnByPeriod(lifetimes.value(), periods, asOf))
        table.rows.push_back({periodLabel(row.period, r.unit), number(row.customersAtStart),
                              number(row.newCustomers), number(row.lost), number(row.newAndLost),
                              number(row.customersAtEnd), ratio(row.churnPct), ratio(row.retentionPct),
                              row.partial});
    return Ok;
}

int reportNps(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    if (!r.explain.isEmpty()) {
        const auto cell = explainedPeriod(ctx, r);
        if (!cell) return UsageError;
        return putExplained(ctx, r, reports::explainNpsCell(*store, r.filter, *cell), table);
    }
    const auto nps = reports::computeNpsTable(*store, feedbackOptions(r));
    if (!nps) {
        ctx.err << "tenure-cli report: " << nps.error() << "\n";
        return UsageError;
    }
    table.columns = {QStringLiteral("period"),   QStringLiteral("responses"),  QStringLiteral("promoters"),
                     QStringLiteral("passives"), QStringLiteral("detractors"), QStringLiteral("nps")};
    table.percentColumns = {QStringLiteral("nps")};
    for (const metrics::NpsRow& row : nps.value().rows)
        table.rows.push_back({periodLabel(row.period, r.unit), number(row.responses), number(row.promoters),
                              number(row.passives), number(row.detractors), ratio(row.nps)});
    return Ok;
}

int reportCsat(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    if (!r.explain.isEmpty()) {
        const auto cell = explainedPeriod(ctx, r);
        if (!cell) return UsageError;
        return putExplained(ctx, r, reports::explainCsatCell(*store, r.filter, *cell), table);
    }
    const auto csat = reports::computeCsatTable(*store, feedbackOptions(r));
    if (!csat) {
        ctx.err << "tenure-cli report: " << csat.error() << "\n";
        return UsageError;
    }
    table.columns = {QStringLiteral("period"), QStringLiteral("ratings"), QStringLiteral("satisfied"),
                     QStringLiteral("csat_pct")};
    table.percentColumns = {QStringLiteral("csat_pct")};
    for (const metrics::CsatRow& row : csat.value().rows)
        table.rows.push_back({periodLabel(row.period, r.unit), number(row.ratings), number(row.satisfied),
                              ratio(row.csatPct)});
    return Ok;
}

int reportCohorts(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    reports::CohortOptions options;
    options.basis = r.basis == QStringLiteral("first_order") ? store::CohortBasis::FirstOrder
                                                             : store::CohortBasis::Signup;
    QString activity = r.activity;
    if (activity.isEmpty())
        activity = options.basis == store::CohortBasis::Signup ? QStringLiteral("subscription")
                                                               : QStringLiteral("orders");
    options.activity = activity == QStringLiteral("subscription") ? reports::CohortSource::Subscription
                       : activity == QStringLiteral("events")     ? reports::CohortSource::Events
                                                                  : reports::CohortSource::Orders;
    options.revenue = r.revenue;
    if (!r.explain.isEmpty()) {
        // --explain COHORT:OFFSET, e.g. 2024-07:3: the members of that cohort, active or not.
        const QStringList parts = r.explain.split(u':');
        bool numeric = false;
        const int offset = parts.size() == 2 ? parts[1].toInt(&numeric) : -1;
        const auto cohort = parts.size() == 2 ? parsePeriodLabel(parts[0], r.unit) : std::nullopt;
        if (!cohort || !numeric || offset < 0) {
            ctx.err << "tenure-cli report: --explain takes a cohort and an offset such as 2024-07:3 (for "
                       "--period "
                    << periodUnitName(r.unit) << ")\n";
            return UsageError;
        }
        const auto explained =
            reports::explainCohortCell(*store, r.filter, r.unit, *cohort, offset, options.basis,
                                       options.activity == reports::CohortSource::Orders,
                                       options.activity == reports::CohortSource::Events);
        if (!explained) {
            ctx.err << "tenure-cli report: " << explained.error() << "\n";
            return UsageError;
        }
        putExplainRows(r, explained.value(), table);
        return Ok;
    }
    const auto cohorts = reports::computeCohorts(*store, optionsOf(r), options);
    if (!cohorts) {
        ctx.err << "tenure-cli report: " << cohorts.error() << "\n";
        return UsageError;
    }
    if (cohorts->noData && !r.to) return Ok;
    table.columns = {QStringLiteral("cohort"), QStringLiteral("size"), QStringLiteral("offset"),
                     QStringLiteral("active"), QStringLiteral("retention_pct")};
    if (r.revenue) table.columns << QStringLiteral("revenue") << QStringLiteral("revenue_retention_pct");
    table.columns << QStringLiteral("partial");
    table.percentColumns = {QStringLiteral("retention_pct"), QStringLiteral("revenue_retention_pct")};
    for (const metrics::CohortCell& c : cohorts->cells) {
        std::vector<QJsonValue> row{periodLabel(c.cohort, r.unit), number(c.size), c.offset, number(c.active),
                                    ratio(c.retentionPct)};
        if (r.revenue) {
            row.emplace_back(c.revenue);
            row.push_back(ratio(c.revenueRetentionPct));
        }
        row.emplace_back(c.partial);
        table.rows.push_back(row);
    }
    return Ok;
}

int reportRevenue(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    if (!r.explain.isEmpty()) {
        const auto cell = explainedPeriod(ctx, r);
        if (!cell) return UsageError;
        if (!isDefaultExplanation(r.metric, r.kpi))
            return explainKpi(ctx, *store, kpiRequest(r), *cell, table);
        return putExplained(ctx, r, reports::explainRevenueCell(*store, r.filter, *cell), table);
    }
    const auto rows = reports::computeRevenueRows(*store, optionsOf(r));
    if (!rows) {
        ctx.err << "tenure-cli report: " << rows.error() << "\n";
        return UsageError;
    }
    table.columns = {
        QStringLiteral("period"),       QStringLiteral("mrr_start"),   QStringLiteral("new"),
        QStringLiteral("expansion"),    QStringLiteral("contraction"), QStringLiteral("churned"),
        QStringLiteral("reactivation"), QStringLiteral("mrr_end"),     QStringLiteral("gross_mrr_churn_pct"),
        QStringLiteral("nrr_pct"),      QStringLiteral("grr_pct"),     QStringLiteral("arpa"),
        QStringLiteral("clv"),          QStringLiteral("partial")};
    table.percentColumns = {QStringLiteral("gross_mrr_churn_pct"), QStringLiteral("nrr_pct"),
                            QStringLiteral("grr_pct")};
    for (const metrics::RevenueRow& row : rows.value())
        table.rows.push_back({periodLabel(row.period, r.unit), row.mrrStart, row.newMrr, row.expansion,
                              row.contraction, row.churned, row.reactivation, row.mrrEnd,
                              ratio(row.grossMrrChurnPct), ratio(row.nrrPct), ratio(row.grrPct),
                              ratio(row.arpa), ratio(row.clv), row.partial});
    return Ok;
}

int reportOnboarding(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    reports::OnboardingOptions options;
    options.unit = r.unit;
    options.asOfDay = r.to;
    options.filter = r.filter;
    if (!r.explain.isEmpty()) { // the signup cohort of that period
        const auto cell = explainedPeriod(ctx, r);
        if (!cell) return UsageError;
        if (!isDefaultExplanation(r.metric, r.kpi))
            return explainKpi(ctx, *store, kpiRequest(r), *cell, table);
        return putExplained(ctx, r, reports::explainOnboardingCohort(*store, options, *cell), table);
    }
    const auto report = reports::computeOnboarding(*store, options);
    if (!report) {
        ctx.err << "tenure-cli report: " << report.error() << "\n";
        return UsageError;
    }
    if (r.overdue) {
        table.metric = QStringLiteral("onboarding overdue");
        table.columns = {QStringLiteral("customer_id"), QStringLiteral("milestone"),
                         QStringLiteral("due_date"), QStringLiteral("days_overdue"),
                         QStringLiteral("status")};
        const auto& overdue = report->overdue;
        for (size_t i = 0; i < overdue.size(); ++i)
            table.rows.push_back({report->overdueKeys[i], overdue[i].milestone, formatDate(overdue[i].due),
                                  number(overdue[i].daysOverdue),
                                  overdue[i].stuck ? QStringLiteral("stuck") : QStringLiteral("behind")});
        return Ok;
    }
    table.columns = {QStringLiteral("cohort"),           QStringLiteral("customers"),
                     QStringLiteral("completed"),        QStringLiteral("days_to_onboard_avg"),
                     QStringLiteral("interactions_avg"), QStringLiteral("milestones")};
    const int64_t from = r.from.value_or(metrics::noDay);
    for (const metrics::OnboardingRow& row : report->trend) {
        if (from != metrics::noDay && row.cohort.end <= from) continue;
        QJsonObject perMilestone;
        for (const auto& [name, days] : row.daysToMilestoneAvg)
            perMilestone.insert(name, ratio(days));
        table.rows.push_back({periodLabel(row.cohort, r.unit), number(row.customers), number(row.completed),
                              ratio(row.daysToOnboardAvg), ratio(row.interactionsAvg), perMilestone});
    }
    return Ok;
}

int reportLoyalty(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    reports::LoyaltyOptions options;
    options.unit = r.unit;
    options.fromDay = r.from;
    options.toDay = r.to;
    options.filter = r.filter;
    if (!r.explain.isEmpty()) {
        const auto cell = explainedPeriod(ctx, r);
        if (!cell) return UsageError;
        if (!isDefaultExplanation(r.metric, r.kpi))
            return explainKpi(ctx, *store, kpiRequest(r), *cell, table);
        return putExplained(ctx, r, reports::explainLoyaltyCell(*store, r.filter, *cell), table);
    }
    const auto report = reports::computeLoyalty(*store, options);
    if (!report) {
        ctx.err << "tenure-cli report: " << report.error() << "\n";
        return UsageError;
    }
    table.columns = {QStringLiteral("period"),
                     QStringLiteral("members"),
                     QStringLiteral("active_members"),
                     QStringLiteral("points_earned"),
                     QStringLiteral("points_redeemed"),
                     QStringLiteral("points_outstanding"),
                     QStringLiteral("redemption_pct"),
                     QStringLiteral("repeat_purchase_pct"),
                     QStringLiteral("tiers")};
    table.percentColumns = {QStringLiteral("redemption_pct"), QStringLiteral("repeat_purchase_pct")};
    for (const metrics::LoyaltyRow& row : report->periods) {
        QJsonObject tiers;
        for (const auto& [name, count] : row.tiers)
            tiers.insert(name, static_cast<qint64>(count));
        table.rows.push_back({periodLabel(row.period, r.unit), number(row.members), number(row.activeMembers),
                              number(row.pointsEarned), number(row.pointsRedeemed),
                              number(row.pointsOutstanding), ratio(row.redemptionPct),
                              ratio(row.repeatPurchasePct), tiers});
    }
    return Ok;
}

int reportDashboard(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    reports::DashboardOptions options;
    options.unit = r.unit;
    options.asOfDay = r.to;
    options.filter = r.filter;
    const auto cards = reports::computeDashboard(*store, options);
    if (!cards) {
        ctx.err << "tenure-cli report: " << cards.error() << "\n";
        return UsageError;
    }
    table.columns = {QStringLiteral("kpi"),    QStringLiteral("value"), QStringLiteral("previous"),
                     QStringLiteral("change"), QStringLiteral("unit"),  QStringLiteral("series")};
    for (const reports::KpiCard& c : cards.value()) {
        QJsonArray series;
        for (const auto& [period, value] : c.series)
            series.append(QJsonObject{{QStringLiteral("period"), periodLabel(period, r.unit)},
                                      {QStringLiteral("value"), ratio(value)}});
        table.rows.push_back({c.kpi, ratio(c.value), ratio(c.previous), ratio(c.change), c.unit, series});
    }
    return Ok;
}

int reportSegments(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    std::optional<Period> window;
    if (r.from || r.to) {
        if (!r.from || !r.to) {
            ctx.err
                << "tenure-cli report segments: give both --from and --to, or neither (the last 12 months)\n";
            return UsageError;
        }
        window = Period{*r.from, *r.to + 1};
    }
    if (!r.explain.isEmpty()) { // --explain SEGMENT: the customers behind its figures
        const auto figure = reports::segmentFigureOf(r.kpi);
        if (!figure) {
            ctx.err
                << "tenure-cli report segments: --kpi takes customers, churn_pct, retention_pct, revenue, "
                   "cost_to_serve or margin (clv: report revenue --explain PERIOD --kpi clv --segment "
                   "NAME)\n";
            return UsageError;
        }
        const auto explained = reports::explainSegmentCell(
            *store, window, reports::segmentCostsFromSettings(*store), r.explain, *figure);
        if (!explained) {
            ctx.err << "tenure-cli report: " << explained.error() << "\n";
            return UsageError;
        }
        putExplainRows(r, explained.value(), table);
        if (!r.kpi.isEmpty()) // as support's: "segments explain revenue Enterprise"
            table.metric = r.metric + QStringLiteral(" explain ") + r.kpi + QStringLiteral(" ") + r.explain;
        table.period = QString();
        return Ok;
    }
    const auto rows = reports::computeSegments(*store, window, reports::segmentCostsFromSettings(*store));
    if (!rows) {
        ctx.err << "tenure-cli report: " << rows.error() << "\n";
        return UsageError;
    }
    table.period = QString();
    table.columns = {
        QStringLiteral("segment"),       QStringLiteral("customers"), QStringLiteral("churn_pct"),
        QStringLiteral("retention_pct"), QStringLiteral("revenue"),   QStringLiteral("cost_to_serve"),
        QStringLiteral("margin"),        QStringLiteral("clv"),       QStringLiteral("kind")};
    table.percentColumns = {QStringLiteral("churn_pct"), QStringLiteral("retention_pct")};
    for (const reports::SegmentRow& row : rows.value())
        table.rows.push_back({row.segment, number(row.customers), ratio(row.churnPct),
                              ratio(row.retentionPct), row.revenue, row.costToServe, row.margin,
                              ratio(row.clv), reports::segmentKindName(row.kind)});
    return Ok;
}

QJsonValue seconds(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

int reportSupport(Context& ctx, const Request& r, ReportTable& table) {
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    if (!r.explain.isEmpty())
        return explainSupportFigure(ctx, *store, {r.explain, r.kpi, r.unit, r.by, r.asOf, r.filter}, table);
    reports::SupportOptions options;
    options.unit = r.unit;
    options.from = r.from;
    options.to = r.to;
    options.asOf = r.asOf;
    options.filter = r.filter;
    const auto support = reports::computeSupportTable(*store, options, r.by);
    if (!support) {
        ctx.err << "tenure-cli report: " << support.error() << "\n";
        return UsageError;
    }
    table.columns = {QStringLiteral("period")};
    if (!r.by.isEmpty()) table.columns << r.by;
    table.columns << QStringLiteral("tickets") << QStringLiteral("answered") << QStringLiteral("frt_median_s")
                  << QStringLiteral("frt_p90_s") << QStringLiteral("resp24_pct") << QStringLiteral("fcr_pct")
                  << QStringLiteral("resolution_median_s") << QStringLiteral("resolution_p90_s")
                  << QStringLiteral("live_contacts") << QStringLiteral("wait_avg_s")
                  << QStringLiteral("wait_p90_s") << QStringLiteral("wait_over_5min_pct")
                  << QStringLiteral("abandon_pct") << QStringLiteral("backlog")
                  << QStringLiteral("frt_business_median_s") << QStringLiteral("frt_business_p90_s")
                  << QStringLiteral("resolution_business_median_s")
                  << QStringLiteral("resolution_business_p90_s");
    table.percentColumns = {QStringLiteral("resp24_pct"), QStringLiteral("fcr_pct"),
                            QStringLiteral("wait_over_5min_pct"), QStringLiteral("abandon_pct")};
    for (const metrics::SupportRow& row : support.value().rows) {
        std::vector<QJsonValue> cells{periodLabel(row.period, r.unit)};
        if (!r.by.isEmpty()) cells.emplace_back(row.group);
        cells.insert(cells.end(),
                     {number(row.tickets), number(row.answered), seconds(row.frtMedian), seconds(row.frtP90),
                      ratio(row.resp24Pct), ratio(row.fcrPct), seconds(row.resolutionMedian),
                      seconds(row.resolutionP90), number(row.liveContacts), seconds(row.waitAvg),
                      seconds(row.waitP90), ratio(row.waitOver5MinPct), ratio(row.abandonPct),
                      number(row.backlog), seconds(row.frtBusinessMedian), seconds(row.frtBusinessP90),
                      seconds(row.resolutionBusinessMedian), seconds(row.resolutionBusinessP90)});
        table.rows.push_back(cells);
    }
    return Ok;
}

} // namespace

int reportCommand(Context& ctx) {
    if (isHealthReport(ctx.args)) return healthReportCommand(ctx);
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("METRIC"),
        QStringLiteral("churn, retention, cohorts, revenue, support, onboarding, loyalty, nps, csat, risk, "
                       "health (see report health --help) or dashboard."));
    const QCommandLineOption period(QStringLiteral("period"),
                                    QStringLiteral("day, week, month (default), quarter or year."),
                                    QStringLiteral("P"), QStringLiteral("month"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First day (default: the data's first)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day (default: the data's last)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption by(
        QStringLiteral("by"),
        QStringLiteral("Group by a customer field or custom attribute (with --snapshot); support: by "
                       "channel, priority or agent."),
        QStringLiteral("FIELD"));
    const QCommandLineOption segment(
        QStringLiteral("segment"),
        QStringLiteral("Only customers of this saved segment (tenure-cli segments), else of this value of "
                       "the segment field."),
        QStringLiteral("NAME"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"),
                                      QStringLiteral("Churn from the churned flag, for data without dates."));
    const QCommandLineOption explain(
        QStringLiteral("explain"),
        QStringLiteral(
            "List the rows behind one period's figure (churn, retention, nps, csat, support (the figure "
            "of --kpi, default the 24-h rate; with --by one group's cell as PERIOD:GROUP), revenue's MRR "
            "movements, loyalty's active members, onboarding's signup cohort PERIOD; for these three "
            "another figure with --kpi), behind one cohort cell as COHORT:OFFSET (cohorts), or behind "
            "one segment's row as SEGMENT (segments: churn, or revenue and costs with --kpi revenue)."),
        QStringLiteral("PERIOD"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption basis(QStringLiteral("basis"),
                                   QStringLiteral("Cohorts by signup (default) or first_order."),
                                   QStringLiteral("B"), QStringLiteral("signup"));
    const QCommandLineOption activity(QStringLiteral("activity"),
                                      QStringLiteral("Cohort activity: subscription, events or orders."),
                                      QStringLiteral("A"));
    const QCommandLineOption revenue(QStringLiteral("revenue"),
                                     QStringLiteral("Cohorts: add revenue retention."));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QStringLiteral("Support: judge the 24-hour rate at this time (default: the latest ticket)."),
        QStringLiteral("DATETIME"));
    const QCommandLineOption kpi(
        QStringLiteral("kpi"),
        QStringLiteral("With --explain, the figure, by its JSON field name. Support: resp24_pct by default; "
                       "tickets, answered, frt_median_s, frt_p90_s, fcr_pct, resolution_median_s, "
                       "resolution_p90_s, live_contacts, wait_avg_s, wait_p90_s, wait_over_5min_pct, "
                       "abandon_pct, backlog and the *_business_* columns. Revenue: arpa or clv (default the "
                       "MRR movements). Loyalty: points_earned, points_redeemed, points_outstanding, "
                       "redemption_pct, repeat_purchase_pct or tiers (default the active members). "
                       "Onboarding: days_to_onboard_avg, interactions_avg or milestone:NAME (default the "
                       "cohort)."),
        QStringLiteral("NAME"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     QStringLiteral("Onboarding: list the overdue milestones."));
    parser.addOptions({period, from, to, by, segment, snapshot, explain, format, basis, activity, revenue,
                       asOf, kpi, overdue});
    int exitCode = Ok;
    if (!parseCommand(parser, ctx, QStringLiteral("Compute a metric from the store."), exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "tenure-cli report: expected METRIC (see --help)\n";
        return UsageError;
    }
    Request r;
    r.metric = parser.positionalArguments().first();
    const auto unit = parsePeriodUnit(parser.value(period));
    if (!unit) {
        ctx.err << "tenure-cli report: --period takes day, week, month, quarter or year\n";
        return UsageError;
    }
    r.unit = *unit;
    for (const auto& [option, target] : {std::pair{&from, &r.from}, std::pair{&to, &r.to}}) {
        if (!parser.isSet(*option)) continue;
        *target = parseDay(parser.value(*option));
        if (!*target) {
            ctx.err << "tenure-cli report: --" << option->names().first() << " takes a date as YYYY-MM-DD\n";
            return UsageError;
        }
    }
    r.by = parser.value(by);
    r.explain = parser.value(explain);
    r.snapshot = parser.isSet(snapshot);
    r.filter.segment = parser.value(segment);
    r.basis = parser.value(basis);
    r.activity = parser.value(activity);
    r.revenue = parser.isSet(revenue);
    r.overdue = parser.isSet(overdue);
    r.kpi = parser.value(kpi);
    // The names are checked where the figure is explained (supportexplain.cpp, explaincommand.cpp).
    if (parser.isSet(kpi) &&
        ((!explainsKpis(r.metric) && r.metric != QLatin1String("segments")) || r.explain.isEmpty())) {
        ctx.err << "tenure-cli report: --kpi chooses the figure of report support --explain PERIOD (also of "
                   "revenue, loyalty, onboarding and segments)\n";
        return UsageError;
    }
    static const QStringList explained{QStringLiteral("churn"),   QStringLiteral("retention"),
                                       QStringLiteral("nps"),     QStringLiteral("csat"),
                                       QStringLiteral("support"), QStringLiteral("cohorts"),
                                       QStringLiteral("revenue"), QStringLiteral("onboarding"),
                                       QStringLiteral("loyalty"), QStringLiteral("segments")};
    if (!r.explain.isEmpty() && !explained.contains(r.metric)) { // never ignored silently
        ctx.err << "tenure-cli report: " << r.metric << " takes no --explain (its rows are already per "
                << "customer or per card; these do: " << explained.join(QStringLiteral(", ")) << ")\n";
        return UsageError;
    }
    if (parser.isSet(asOf)) {
        QDateTime at = QDateTime::fromString(parser.value(asOf), Qt::ISODate);
        if (!at.isValid()) {
            ctx.err << "tenure-cli report: --as-of takes a date and time such as 2024-07-31T18:00:00Z\n";
            return UsageError;
        }
        r.asOf = at.toSecsSinceEpoch();
    }
    if (r.basis != QStringLiteral("signup") && r.basis != QStringLiteral("first_order")) {
        ctx.err << "tenure-cli report: --basis takes signup or first_order\n";
        return UsageError;
    }
    if (!r.activity.isEmpty() && r.activity != QStringLiteral("subscription") &&
        r.activity != QStringLiteral("events") && r.activity != QStringLiteral("orders")) {
        ctx.err << "tenure-cli report: --activity takes subscription, events or orders\n";
        return UsageError;
    }
    const QString formatName = parser.value(format);
    const ReportFormat f = formatName == QStringLiteral("json")  ? ReportFormat::Json
                           : formatName == QStringLiteral("csv") ? ReportFormat::Csv
                                                                 : ReportFormat::Table;
    if (f == ReportFormat::Table && formatName != QStringLiteral("table")) {
        ctx.err << "tenure-cli report: --format takes table, csv or json\n";
        return UsageError;
    }

    ReportTable table;
    table.metric = r.metric;
    table.period = r.snapshot ? QString() : periodUnitName(r.unit);
    int code = UsageError;
    if (r.metric == QStringLiteral("churn") || r.metric == QStringLiteral("retention"))
        code = reportChurn(ctx, r, table);
    else if (r.metric == QStringLiteral("nps"))
        code = reportNps(ctx, r, table);
    else if (r.metric == QStringLiteral("csat"))
        code = reportCsat(ctx, r, table);
    else if (r.metric == QStringLiteral("cohorts"))
        code = reportCohorts(ctx, r, table);
    else if (r.metric == QStringLiteral("support"))
        code = reportSupport(ctx, r, table);
    else if (r.metric == QStringLiteral("revenue"))
        code = reportRevenue(ctx, r, table);
    else if (r.metric == QStringLiteral("onboarding"))
        code = reportOnboarding(ctx, r, table);
    else if (r.metric == QStringLiteral("loyalty"))
        code = reportLoyalty(ctx, r, table);
    else if (r.metric == QStringLiteral("dashboard"))
        code = reportDashboard(ctx, r, table);
    else if (r.metric == QStringLiteral("segments"))
        code = reportSegments(ctx, r, table);
    else if (r.metric == QStringLiteral("risk"))
        code = reportRisk(ctx, r.filter, f, table);
    else
        ctx.err << "tenure-cli report: \"" << r.metric
                << "\" is not available in this version; available: churn, retention, cohorts, revenue, "
                   "support, onboarding, loyalty, nps, csat, segments, risk, health, dashboard\n";
    if (code == Ok) printReport(ctx.out, table, f);
    return code;
}

} // namespace tenure::cli
