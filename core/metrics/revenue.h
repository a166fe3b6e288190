#pragma once

#include "churn.h"
#include "lifetime.h"

#include "model/period.h"

#include <optional>
#include <vector>

namespace tenure::metrics {

// One subscription in days: active on d when start <= d and (end == noDay or d < end); mrr is
// its monthly-normalised amount.
struct Subscription {
    int64_t customer = 0;
    int64_t start = 0;
    int64_t end = noDay;
    double mrr = 0;
};

// MRR movements per period (ChartMogul's definitions, metrics.md). Each customer's MRR just
// before the period (on the day before its first day) is compared with their MRR on its last
// day: up is expansion, down contraction, to zero churn, from zero new — or reactivation for a
// customer who had a subscription before. Movements inside a period net out.
struct RevenueRow {
    Period period;
    double mrrStart = 0;
    double newMrr = 0;
    double expansion = 0;
    double contraction = 0;
    double churned = 0;
    double reactivation = 0;
    double mrrEnd = 0;
    int64_t payingAtEnd = 0;
    std::optional<double> grossMrrChurnPct; // (churned + contraction) / MRR at start
    std::optional<double> nrrPct;           // (start + expansion − contraction − churned) / start
    std::optional<double> grrPct;           // (start − contraction − churned) / start
    std::optional<double> arpa;             // MRR at end / paying customers at end
    std::optional<double> clv;              // see customerLifetimeValue
    bool partial = false;
};

// monthlyChurnPct: customer churn % of calendar months, for CLV (may be empty).
std::vector<RevenueRow>
revenueByPeriod(const std::vector<Subscription>& subscriptions, const std::vector<Period>& periods,
                int64_t asOfDay, double grossMargin,
                const std::vector<std::pair<Period, std::optional<double>>>& monthlyChurnPct);

// CLV = ARPA × gross margin ÷ the average monthly customer churn rate of the six full months
// before the month holding `day` (ChartMogul's smoothing); undefined when fewer than three of
// those months have a rate or their average is 0.
std::optional<double>
customerLifetimeValue(double arpa, double grossMargin, int64_t day,
                      const std::vector<std::pair<Period, std::optional<double>>>& monthlyChurnPct);

// The monthly churn rates CLV reads, from customer churn per calendar month: a month in
// progress (partial) has no rate yet, so that half a month never lowers the average.
std::vector<std::pair<Period, std::optional<double>>> clvChurnRates(const std::vector<ChurnRow>& months);

// The customers behind one period's MRR movements, by customer id, each with its MRR just before
// the period and on its last day (as revenueByPeriod compares them) and the movement in figures,
// e.g. "MRR 120.00 → 180.00: expansion +60.00". Numerator rows: new, expansion, contraction,
// churned and reactivation, so that the amounts of each movement add up to the period's figure;
// denominator rows: MRR at start and no movement (changes inside the period that net out are
// said). Left out: customers whose subscriptions fall inside the period with no MRR at either
// end. Customers whose subscriptions all lie before or after the period have no row.
std::vector<ExplainedCustomer> explainRevenue(const std::vector<Subscription>& subscriptions,
                                              const Period& period);

// The customers behind one period's ARPA (revenueByPeriod's MRR at end ÷ paying customers at
// end), by customer id: each customer paying on the period's last day is a numerator row (their
// MRR, e.g. "MRR 180.00 on 2024-07-31") and counts once in the denominator, so the listed MRR
// divided by the number of numerator rows is the ARPA. Left out: customers subscribed during the
// period or just before it with no MRR on its last day (ended, not started yet, free plan).
std::vector<ExplainedCustomer> explainArpa(const std::vector<Subscription>& subscriptions,
                                           const Period& period);

// A term of a figure that is not a customer (CLV's ARPA, margin, months of churn).
struct ExplainedTerm {
    QString term;
    Role role = Role::Excluded;
    QString reason;
};

// The terms behind one period's CLV (`row` as revenueByPeriod gives it, `monthlyChurn` the
// calendar months' customer churn as clvChurnRates reads them): ARPA and gross margin are the
// numerator ("arpa", "gross_margin"); each of the six full months before the month of the
// period's last day is a denominator row with its churn rate, or left out with why it has none
// (labelled YYYY-MM); "average_churn" gives the average and the CLV it makes, or says why CLV
// is undefined (a denominator row when defined, left out when not).
std::vector<ExplainedTerm> explainClv(const RevenueRow& row, double grossMargin,
                                      const std::vector<ChurnRow>& monthlyChurn);

} // namespace tenure::metrics
