#pragma once

#include "metrics/churn.h"
#include "metrics/cohorts.h"
#include "metrics/loyalty.h"
#include "metrics/nps.h"
#include "metrics/onboarding.h"
#include "metrics/revenue.h"
#include "metrics/support.h"
#include "model/expected.h"

#include <QString>

#include <string>
#include <string_view>

#include <vector>

namespace tenure::store {

class Store;
class Statement;

// The plain inputs of the metric functions, read from a store in one sequential pass each:
// no metric ever sees SQL. Instants become days in the store's time zone.
// `segment` names a saved segment (segmentrepository.h) or, when no saved segment has that name,
// a value of the customers' segment column: a saved segment wins over a column value of the same
// name. Every loader below honours it.
struct CustomerFilter {
    QString segment; // only customers of this segment; empty: all
    // true: `segment` is a value of the segment column even when a saved segment has that name
    // (the segments report's rows per column value).
    bool segmentValue = false;
};

// The filter as SQL of ours on the customers table under `alias`, for the loaders below and the
// readers outside this file (the exporter). A saved segment is evaluated once per connection
// (again only after the data or the segment changed) into temp.filter_members, and the condition
// is `alias.id IN (SELECT id FROM temp.filter_members)`, with no value to bind; a column value
// gives `alias.segment = ?` with the name bound. No user text is ever pasted into the SQL.
struct FilterCondition {
    std::string sql; // empty: every customer
    QString value;
    bool bindsValue = false;

    std::string andClause() const;                    // " AND " + sql, or empty
    void bind(Statement& statement, int index) const; // binds value at index when there is one
};
Expected<FilterCondition> customerFilterCondition(Store& store, const CustomerFilter& filter,
                                                  const char* alias = "c");

// Spans of service per customer: its subscription rows when it has any (a returning customer
// has several), else its signup and churn days; customers flagged churned without a churn date
// and without an ended subscription are left out (their last day is unknown).
Expected<std::vector<metrics::Lifetime>> loadLifetimes(Store& store, const CustomerFilter& filter = {});
// How many customers are flagged churned without a churn date.
Expected<int64_t> countUndatedChurn(Store& store, const CustomerFilter& filter = {});

// `groupBy` is a customer field (segment, plan, owner, region, company) or the name of a
// custom attribute; empty: no grouping.
Expected<std::vector<metrics::SnapshotCustomer>> loadSnapshot(Store& store, const QString& groupBy,
                                                              const CustomerFilter& filter = {});

Expected<std::vector<metrics::NpsAnswer>> loadNpsAnswers(Store& store, const CustomerFilter& filter = {});

// Ticket CSAT ratings, dated by the day the ticket was resolved (else created).
Expected<std::vector<metrics::CsatRating>> loadCsatRatings(Store& store, const CustomerFilter& filter = {});

// Cohort members: by signup date (with churn dates), or by the day of their first order.
enum class CohortBasis { Signup, FirstOrder };
Expected<std::vector<metrics::CohortMember>> loadCohortMembers(Store& store, CohortBasis basis,
                                                               const CustomerFilter& filter = {});
// Orders (with their amounts) or usage events, as dated activities.
enum class ActivitySource { Orders, Events, Interactions };
Expected<std::vector<metrics::Activity>> loadActivities(Store& store, ActivitySource source,
                                                        const CustomerFilter& filter = {});

// Tickets for the support KPIs; groupBy is channel, priority, agent or empty. Chat and phone
// (and their usual synonyms) are the live channels. Ticket ids only on request: a figure over a
// million tickets does not need a string per ticket, an explanation does.
enum class TicketKeys { Skip, Load };
Expected<std::vector<metrics::SupportTicket>> loadSupportTickets(Store& store, const QString& groupBy,
                                                                 const CustomerFilter& filter = {},
                                                                 TicketKeys keys = TicketKeys::Skip);
// The epoch second at which each period ends, in the store's time zone.
std::vector<int64_t> periodEndInstants(Store& store, const std::vector<Period>& periods);

// Subscriptions with their start and end as local days.
Expected<std::vector<metrics::Subscription>> loadSubscriptions(Store& store,
                                                               const CustomerFilter& filter = {});

// The onboarding checklist (the first template), signups, and every milestone row.
Expected<std::vector<metrics::MilestoneTemplate>> loadChecklist(Store& store);
Expected<std::vector<metrics::OnboardingCustomer>> loadOnboardingCustomers(Store& store,
                                                                           const CustomerFilter& filter = {});
Expected<std::vector<metrics::MilestoneState>> loadMilestones(Store& store,
                                                              const CustomerFilter& filter = {});

// The stored loyalty ledger with local days and reasons. Every figure reads the derived ledger
// (reports::loadLoyaltyLedger: purchase points from orders, bonuses, clamped debits), not this.
Expected<std::vector<metrics::LedgerEntry>> loadLedger(Store& store, const CustomerFilter& filter = {});
metrics::LedgerReason ledgerReason(std::string_view text);

// Exit-survey answers (feedback rows of kind exit_survey): their category is the churn reason
// the customer gave; empty when they gave none.
struct ExitSurvey {
    int64_t customer = 0;
    int64_t day = 0;
    QString category;
};
Expected<std::vector<ExitSurvey>> loadExitSurveys(Store& store, const CustomerFilter& filter = {});
// NPS answers with what the per-customer table shows besides the score.
struct NpsResponse {
    metrics::NpsAnswer answer;
    QString customerKey;
    QString comment;
};
Expected<std::vector<NpsResponse>> loadNpsResponses(Store& store, const CustomerFilter& filter = {});

// Feedback rows (feature requests, exit surveys, complaints, praise), newest first.
struct FeedbackEntry {
    QString customerKey;
    int64_t day = 0;
    QString kind;
    QString category;
    QString text;
};
Expected<std::vector<FeedbackEntry>> loadFeedback(Store& store, const CustomerFilter& filter = {});

// Tickets an agent flagged as a "wow" moment (a wow_note), newest first.
struct WowTicket {
    QString ticketKey;
    QString customerKey; // empty when the ticket names no customer
    int64_t createdAt = 0;
    int64_t createdDay = 0;
    QString channel;
    QString agent;
    QString note;
};
Expected<std::vector<WowTicket>> loadWowTickets(Store& store, const CustomerFilter& filter = {});

// The last local day with data (signups, churns, tickets, NPS answers) and the latest ticket's
// creation instant, by MAX queries instead of loading the rows: the dashboard's frame.
struct LastActivity {
    int64_t lastDay = metrics::noDay;
    int64_t latestTicket = metrics::noTime;
};
Expected<LastActivity> loadLastActivity(Store& store, const CustomerFilter& filter = {});

// Customer ids for explanations: row id → customer_id text.
Expected<std::vector<QString>> loadCustomerKeys(Store& store, const std::vector<int64_t>& ids);

// What a list shows of a customer: its customer_id text and name (empty if unknown).
struct CustomerLabel {
    QString key;
    QString name;
};
Expected<std::vector<CustomerLabel>> loadCustomerLabels(Store& store, const std::vector<int64_t>& ids);

} // namespace tenure::store
