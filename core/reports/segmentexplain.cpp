#include "segmentexplain.h"

#include "metrics/churn.h"
#include "store/metricinputs.h"
#include "store/segmentrepository.h"
#include "store/statement.h"
#include "store/store.h"

#include <QLocale>

#include <map>

namespace tenure::reports {

namespace {

using Rows = std::vector<ExplainRow>;

// The segment as the report reads it: a saved segment first, else a value of the column.
Expected<store::CustomerFilter> filterOf(store::Store& store, const QString& segment) {
    using Result = Expected<store::CustomerFilter>;
    const auto saved = store::savedSegmentNames(store);
    if (!saved) return Result::failure(saved.error());
    if (std::find(saved->begin(), saved->end(), segment) != saved->end())
        return store::CustomerFilter{segment, false};
    store::Statement q(store.handle(),
                       "SELECT DISTINCT segment FROM customers WHERE segment IS NOT NULL ORDER BY segment");
    if (!q.valid()) return Result::failure(q.error());
    QStringList names(saved->begin(), saved->end());
    while (q.step() == SQLITE_ROW) {
        if (q.qtext(0) == segment) return store::CustomerFilter{segment, true};
        names << q.qtext(0);
    }
    return Result::failure(QStringLiteral("no segment named \"%1\"; the segments are: %2")
                               .arg(segment, names.join(QStringLiteral(", "))));
}

bool activeOn(const std::vector<metrics::Lifetime>& spans, int64_t day) {
    for (const metrics::Lifetime& l : spans)
        if (l.signup != metrics::noDay && l.signup <= day && (l.churn == metrics::noDay || day < l.churn))
            return true;
    return false;
}

// One customer's share of the segment's revenue and cost to serve.
struct Share {
    double mrr = 0;      // summed over the window's month-ends
    double orders = 0;   // order amounts in the window
    int64_t tickets = 0; // created in the window
    int64_t months = 0;  // month-ends of the window the customer was a customer on
};

Expected<Rows> explainMoney(store::Store& store, const Period& window, const SegmentCosts& costs,
                            const store::CustomerFilter& filter) {
    const auto lifetimes = store::loadLifetimes(store, filter);
    const auto subscriptions = store::loadSubscriptions(store, filter);
    const auto orders = store::loadActivities(store, store::ActivitySource::Orders, filter);
    const auto tickets = store::loadSupportTickets(store, QString(), filter);
    for (const QString* error :
         {lifetimes ? nullptr : &lifetimes.error(), subscriptions ? nullptr : &subscriptions.error(),
          orders ? nullptr : &orders.error(), tickets ? nullptr : &tickets.error()})
        if (error) return Expected<Rows>::failure(*error);
    std::vector<int64_t> monthEnds;
    for (const Period& m : periodsCovering(window.start, window.lastDay(), PeriodUnit::Month))
        monthEnds.push_back(m.lastDay());

    std::map<int64_t, Share> shares;
    std::map<int64_t, std::vector<metrics::Lifetime>> spans;
    for (const metrics::Lifetime& l : lifetimes.value())
        spans[l.customer].push_back(l);
    for (const auto& [customer, list] : spans)
        for (int64_t day : monthEnds)
            shares[customer].months += activeOn(list, day) ? 1 : 0;
    // As revenueByPeriod reads MRR: the subscriptions running on each month's last day.
    for (const metrics::Subscription& s : subscriptions.value())
        for (int64_t day : monthEnds)
            if (s.start <= day && (s.end == metrics::noDay || day < s.end)) shares[s.customer].mrr += s.mrr;
    for (const metrics::Activity& o : orders.value())
        if (window.contains(o.day)) shares[o.customer].orders += o.amount;
    for (const metrics::SupportTicket& t : tickets.value())
        if (window.contains(t.createdDay)) ++shares[t.customer].tickets;

    std::vector<metrics::ExplainedCustomer> explained;
    const QLocale c = QLocale::c();
    const auto money = [&c](double v) { return c.toString(v, 'f', 2); };
    for (const auto& [customer, share] : shares) {
        if (customer == 0) continue; // tickets without a customer belong to no segment
        const double revenue = share.mrr + share.orders;
        const double cost = static_cast<double>(share.tickets) * costs.perTicket +
                            static_cast<double>(share.months) * costs.perCustomerMonth;
        if (revenue == 0 && cost == 0) {
            explained.push_back({customer, metrics::Role::Excluded,
                                 QStringLiteral("no revenue, ticket or month as a customer in the window")});
            continue;
        }
        explained.push_back(
            {customer, metrics::Role::Numerator,
             QStringLiteral("revenue %1 (MRR at month-ends %2 + orders %3); cost to serve %4 (%5 tickets × "
                            "%6 + %7 customer-months × %8); margin %9")
                 .arg(money(revenue), money(share.mrr), money(share.orders), money(cost),
                      QString::number(share.tickets), money(costs.perTicket), QString::number(share.months),
                      money(costs.perCustomerMonth))
                 .arg(money(revenue - cost))});
    }
    return withCustomerKeys(store, explained);
}

} // namespace

std::optional<SegmentFigure> segmentFigureOf(const QString& field) {
    if (field.isEmpty() || field == u"customers" || field == u"churn_pct" || field == u"retention_pct")
        return SegmentFigure::Churn;
    if (field == u"revenue" || field == u"cost_to_serve" || field == u"margin") return SegmentFigure::Money;
    return std::nullopt;
}

Expected<Rows> explainSegmentCell(store::Store& store, std::optional<Period> window,
                                  const SegmentCosts& costs, const QString& segment, SegmentFigure figure) {
    const auto filter = filterOf(store, segment);
    if (!filter) return Expected<Rows>::failure(filter.error());
    const auto resolved = segmentWindow(store, window);
    if (!resolved) return Expected<Rows>::failure(resolved.error());
    if (!resolved.value()) return Rows{};
    const Period w = *resolved.value();
    if (figure == SegmentFigure::Money) return explainMoney(store, w, costs, filter.value());
    return explainChurnCell(store, filter.value(), w);
}

} // namespace tenure::reports
