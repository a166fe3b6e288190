#pragma once

#include "metrics/riskmodel.h"
#include "model/expected.h"
#include "store/metricinputs.h"
#include "store/riskinputs.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tenure::store {
class Store;
}

namespace tenure::reports {

// The churn-risk report (metrics.md "Health score and churn risk"): a model trained on the
// store's own history at every run — so it follows the data as it changes, with no cached
// model to go stale — scores every active customer.
//
// Columns: the built-in signals (tenure_months, mrr, segment, plan, owner, region, tickets,
// open_tickets, latest_nps, orders, days_since_last_order, days_since_last_event) and every
// custom attribute, numeric when ≥ 95 % of its non-empty values read as numbers, else
// categorical. Recency is counted to the churn day for churned customers and to the data's
// last day for the others, so that a churner's silence after leaving is not learnt.
//
// Outcome: the churned flag when given (1 or 0); else churned when a churn date is present;
// else, when no customer has a flag (dated data), retained once active for 90 days; else
// unknown (not trained on). Active: no churn date and a churned flag that is not 1.
struct RiskReportOptions {
    store::CustomerFilter filter; // only these customers are listed; all are learnt from
    metrics::RiskModelOptions model;
    size_t factors = 3;
    int64_t retainedAfterDays = 90;
};

struct RiskFactorText {
    QString column;
    QString value;     // the customer's value, or "missing"
    double effect = 0; // on the log-odds, against the training average
};

struct RiskRow {
    int64_t customer = 0;
    QString customerKey;
    double probability = 0;
    std::vector<RiskFactorText> up;
    std::vector<RiskFactorText> down;
};

struct RiskReport {
    metrics::RiskModelKind kind = metrics::RiskModelKind::Logistic;
    double cvAuc = 0;
    std::vector<metrics::CandidateScore> candidates;
    int64_t trainingCustomers = 0;
    int64_t trainingChurned = 0;
    QStringList columns;       // the model's input columns
    std::vector<RiskRow> rows; // active customers, highest probability first
};

// The model's inputs as a table: one row per customer (in `customers` order), with labels.
struct RiskDataset {
    metrics::RiskTable table;
    std::vector<int> labels;  // 1, 0, −1 unknown
    std::vector<bool> active; // to be scored
};
struct RiskInputs {
    std::vector<store::RiskCustomer> customers;
    std::vector<store::CustomerAttribute> attributes;
    std::vector<store::ActivitySummary> tickets, orders, events;
    std::vector<store::LatestNps> nps;
};
RiskDataset buildRiskDataset(const RiskInputs& inputs, int64_t retainedAfterDays = 90);

// Fails when the store holds no churned and retained customers to learn from.
Expected<RiskReport> computeRiskReport(store::Store& store, const RiskReportOptions& options = {});

} // namespace tenure::reports
