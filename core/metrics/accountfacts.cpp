#include "accountfacts.h"

#include <algorithm>

namespace tenure::metrics {

namespace {

template <typename T> void sortByCustomer(std::vector<T>& rows, auto time) {
    const auto less = [time](const T& a, const T& b) {
        return a.customer != b.customer ? a.customer < b.customer : time(a) < time(b);
    };
    if (!std::is_sorted(rows.begin(), rows.end(), less)) std::stable_sort(rows.begin(), rows.end(), less);
}

// The rows of one customer in a vector sorted by customer.
template <typename T> std::pair<const T*, const T*> rowsOf(const std::vector<T>& rows, int64_t customer) {
    const auto first = std::lower_bound(rows.begin(), rows.end(), customer,
                                        [](const T& row, int64_t c) { return row.customer < c; });
    auto last = first;
    while (last != rows.end() && last->customer == customer)
        ++last;
    return {rows.data() + (first - rows.begin()), rows.data() + (last - rows.begin())};
}

double mrrOn(const Subscription* begin, const Subscription* end, int64_t day) {
    double mrr = 0;
    for (const Subscription* s = begin; s != end; ++s)
        if (s->start <= day && (s->end == noDay || day < s->end)) mrr += s->mrr;
    return mrr;
}

void onboardingFacts(const HealthInputs& in, const HealthAccount& a, int64_t asOf, AccountFacts& f) {
    const auto [begin, end] = rowsOf(in.milestones, a.customer);
    int required = 0, completed = 0;
    int64_t worstLate = 0;
    for (const MilestoneState* m = begin; m != end; ++m) {
        const auto t = std::find_if(in.checklist.begin(), in.checklist.end(),
                                    [m](const MilestoneTemplate& t) { return t.name == m->milestone; });
        if (t != in.checklist.end() && !t->required) continue;
        ++required;
        int64_t due = m->due;
        if (due == noDay && t != in.checklist.end() && a.signup != noDay) due = a.signup + t->offsetDays;
        const bool done = m->completed != noDay && m->completed <= asOf;
        completed += done;
        if (done || (due != noDay && due < asOf)) {
            ++f.milestonesDue;
            f.milestonesDone += done;
        }
        if (!done && due != noDay && due < asOf) {
            ++f.overdueMilestones;
            if (asOf - due > worstLate) {
                worstLate = asOf - due;
                f.mostOverdue = m->milestone;
                f.mostOverdueDue = due;
            }
        }
    }
    f.hasMilestones = required > 0;
    f.onboardingComplete = required > 0 && completed == required;
}

void supportFacts(const HealthInputs& in, const HealthAccount& a, int64_t asOf, AccountFacts& f) {
    const auto [begin, end] = rowsOf(in.tickets, a.customer);
    for (const HealthTicket* t = begin; t != end; ++t) {
        if (t->createdDay > asOf) continue;
        const bool open = t->resolvedDay == noDay || t->resolvedDay > asOf;
        if (open) {
            ++f.openTickets;
            const int64_t age = asOf - t->createdDay;
            if (age > longOpenTicketDays) ++f.ticketsOpenOver7Days;
            f.oldestOpenDays = std::max(f.oldestOpenDays, age);
        }
        if (t->createdDay <= asOf - supportWindowDays) continue;
        ++f.recentTickets;
        const bool answered = t->firstResponseAt != noTime && t->firstResponseDay <= asOf;
        if (answered ? t->firstResponseAt - t->createdAt > slowAnswerSeconds : asOf - t->createdDay >= 1)
            ++f.slowAnswers;
    }
}

void revenueFacts(const HealthInputs& in, const HealthAccount& a, int64_t asOf, AccountFacts& f) {
    const auto [sBegin, sEnd] = rowsOf(in.subscriptions, a.customer);
    const auto [oBegin, oEnd] = rowsOf(in.orders, a.customer);
    if (sBegin != sEnd) {
        const double before = mrrOn(sBegin, sEnd, asOf - revenueWindowDays);
        if (before > 0) {
            f.revenueFromMrr = true;
            f.revenueNow = mrrOn(sBegin, sEnd, asOf);
            f.revenueBefore = before;
            f.revenueRatio = f.revenueNow / before;
        }
    }
    std::vector<int64_t> days;
    double now = 0, before = 0;
    for (const Activity* o = oBegin; o != oEnd; ++o) {
        if (o->day > asOf) continue;
        if (o->day > asOf - revenueWindowDays)
            now += o->amount;
        else if (o->day > asOf - 2 * revenueWindowDays)
            before += o->amount;
        if (o->amount >= 0 && (days.empty() || days.back() != o->day)) days.push_back(o->day);
    }
    if (!f.revenueRatio && before > 0) {
        f.revenueNow = now;
        f.revenueBefore = before;
        f.revenueRatio = now / before;
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (!days.empty()) f.lastOrderDay = days.back();
    if (days.size() >= 3) {
        std::vector<int64_t> gaps;
        for (size_t i = 1; i < days.size(); ++i)
            gaps.push_back(days[i] - days[i - 1]);
        std::sort(gaps.begin(), gaps.end());
        const size_t n = gaps.size();
        f.usualOrderInterval =
            n % 2 ? static_cast<double>(gaps[n / 2])
                  : (static_cast<double>(gaps[n / 2 - 1]) + static_cast<double>(gaps[n / 2])) / 2;
    }
}

} // namespace

void sortHealthInputs(HealthInputs& in) {
    sortUsageEvents(in.events);
    sortByCustomer(in.orders, [](const Activity& o) { return o.day; });
    sortByCustomer(in.subscriptions, [](const Subscription& s) { return s.start; });
    sortByCustomer(in.tickets, [](const HealthTicket& t) { return t.createdAt; });
    sortByCustomer(in.nps, [](const NpsAnswer& n) { return n.day; });
    sortByCustomer(in.milestones, [](const MilestoneState&) { return 0; });
}

int64_t lastDataDay(const HealthInputs& in) {
    int64_t last = noDay;
    for (const HealthAccount& a : in.accounts)
        last = std::max({last, a.signup, a.churn});
    for (const UsageEvent& e : in.events)
        last = std::max<int64_t>(last, e.day);
    for (const Activity& o : in.orders)
        last = std::max(last, o.day);
    for (const HealthTicket& t : in.tickets)
        last = std::max(last, t.createdDay);
    for (const NpsAnswer& n : in.nps)
        last = std::max(last, n.day);
    return last;
}

AccountFacts accountFacts(const HealthInputs& in, const HealthAccount& a, int64_t asOf,
                          const std::vector<int32_t>& stickyFeatures) {
    AccountFacts f;
    const auto [eBegin, eEnd] = rowsOf(in.events, a.customer);
    f.usage = usageOf(eBegin, eEnd, a.signup, asOf, stickyFeatures);
    onboardingFacts(in, a, asOf, f);
    supportFacts(in, a, asOf, f);
    const auto [nBegin, nEnd] = rowsOf(in.nps, a.customer);
    for (const NpsAnswer* n = nBegin; n != nEnd; ++n) {
        if (n->day > asOf || n->day < f.latestNpsDay) continue;
        f.latestNps = n->score; // the later answer of a day wins, as latestAnswers() does
        f.latestNpsDay = n->day;
    }
    revenueFacts(in, a, asOf, f);
    f.lastActivityDay = std::max(f.usage.lastActiveDay, f.lastOrderDay);
    return f;
}

} // namespace tenure::metrics
