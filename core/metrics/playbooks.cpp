#include "playbooks.h"

#include "model/dates.h"

#include <algorithm>
#include <unordered_set>

namespace tenure::metrics {

namespace {

struct TriggerName {
    PlaybookTrigger trigger;
    const char* name;
};
constexpr TriggerName triggerNames[] = {
    {PlaybookTrigger::HealthBand, "health_band"},    {PlaybookTrigger::MilestoneOverdue, "milestone_overdue"},
    {PlaybookTrigger::DetractorAnswer, "detractor"}, {PlaybookTrigger::TicketOpen, "ticket_open"},
    {PlaybookTrigger::RenewalDue, "renewal"},
};

} // namespace

QString triggerName(PlaybookTrigger trigger) {
    for (const TriggerName& t : triggerNames)
        if (t.trigger == trigger) return QLatin1String(t.name);
    return {};
}

std::optional<PlaybookTrigger> triggerFromName(const QString& name) {
    for (const TriggerName& t : triggerNames)
        if (name == QLatin1String(t.name)) return t.trigger;
    return std::nullopt;
}

std::vector<Playbook> defaultPlaybooks() {
    std::vector<Playbook> out;
    const auto add = [&out](const char* name, PlaybookTrigger trigger, int days, const char* title,
                            int dueInDays, const char* band = "") {
        Playbook p;
        p.name = QString::fromUtf8(name);
        p.trigger = trigger;
        p.band = QString::fromUtf8(band);
        p.days = days;
        p.titleTemplate = QString::fromUtf8(title);
        p.dueInDays = dueInDays;
        out.push_back(p);
    };
    add("At-risk health", PlaybookTrigger::HealthBand, 0, "Call {customer}: health fell to at risk", 2,
        "at_risk");
    add("Overdue milestone", PlaybookTrigger::MilestoneOverdue, 0,
        "Help {customer} finish onboarding: {detail}", 3);
    add("Detractor follow-up", PlaybookTrigger::DetractorAnswer, 7, "Follow up with {customer}: {detail}", 2);
    add("Stale ticket", PlaybookTrigger::TicketOpen, 7, "Unblock {customer}: {detail}", 1);
    add("Renewal prep", PlaybookTrigger::RenewalDue, 90, "Prepare the renewal of {customer}: {detail}", 14);
    return out;
}

std::vector<PlaybookHit> evaluatePlaybook(const Playbook& playbook, const PlaybookInputs& in) {
    std::vector<PlaybookHit> hits;
    if (!playbook.enabled) return hits;
    const std::unordered_set<int64_t> active(in.activeCustomers.begin(), in.activeCustomers.end());
    const auto isActive = [&active](int64_t customer) { return active.count(customer) > 0; };
    switch (playbook.trigger) {
    case PlaybookTrigger::HealthBand:
        for (const auto& [customer, state] : in.healthBands) {
            if (!isActive(customer) || state.band != playbook.band) continue;
            const QString since = state.since == noDay ? QString() : u'-' + formatDate(state.since);
            hits.push_back({customer, QStringLiteral("health-") + state.band + since,
                            QStringLiteral("health %1").arg(state.band)});
        }
        break;
    case PlaybookTrigger::MilestoneOverdue: {
        // One hit per account: its most overdue milestone (one open task per playbook and account).
        std::map<int64_t, const OverdueMilestone*> worst;
        for (const OverdueMilestone& m : in.overdueMilestones) {
            if (!isActive(m.customer) || m.due >= in.today) continue;
            const OverdueMilestone*& w = worst[m.customer];
            if (!w || m.due < w->due || (m.due == w->due && m.milestone < w->milestone)) w = &m;
        }
        for (const auto& [customer, m] : worst)
            hits.push_back({customer, QStringLiteral("milestone-") + m->milestone,
                            QStringLiteral("%1 was due %2").arg(m->milestone, formatDate(m->due))});
        break;
    }
    case PlaybookTrigger::DetractorAnswer: {
        std::map<int64_t, NpsAnswer> latest;
        for (const NpsAnswer& a : in.npsAnswers) {
            auto it = latest.find(a.customer);
            if (it == latest.end())
                latest.emplace(a.customer, a);
            else if (a.day >= it->second.day)
                it->second = a;
        }
        for (const auto& [customer, a] : latest) {
            if (!isActive(customer) || a.score > playbook.maxScore) continue;
            const bool afterLastRun = !in.answersSeenThrough || a.day >= *in.answersSeenThrough;
            const bool recent = a.day >= in.today - playbook.days;
            if (!afterLastRun && !recent) continue;
            hits.push_back({customer, QStringLiteral("nps-") + formatDate(a.day),
                            QStringLiteral("NPS %1 on %2").arg(a.score).arg(formatDate(a.day))});
        }
        break;
    }
    case PlaybookTrigger::TicketOpen: {
        // The oldest qualifying ticket per account.
        std::map<int64_t, const OpenTicket*> oldest;
        for (const OpenTicket& t : in.openTickets) {
            if (!isActive(t.customer) || in.today - t.createdDay < playbook.days) continue;
            const OpenTicket*& o = oldest[t.customer];
            if (!o || t.createdDay < o->createdDay ||
                (t.createdDay == o->createdDay && t.ticketKey < o->ticketKey))
                o = &t;
        }
        for (const auto& [customer, t] : oldest)
            hits.push_back(
                {customer, QStringLiteral("ticket-") + t->ticketKey,
                 QStringLiteral("ticket %1 open %2 days").arg(t->ticketKey).arg(in.today - t->createdDay)});
        break;
    }
    case PlaybookTrigger::RenewalDue: {
        std::map<int64_t, int64_t> next; // the nearest renewal in the horizon per account
        for (const RenewalDate& r : in.renewals) {
            if (!isActive(r.customer) || r.day < in.today || r.day > in.today + playbook.days) continue;
            auto [it, added] = next.emplace(r.customer, r.day);
            if (!added) it->second = std::min(it->second, r.day);
        }
        for (const auto& [customer, day] : next)
            hits.push_back({customer, QStringLiteral("renewal-") + formatDate(day),
                            QStringLiteral("renews on %1").arg(formatDate(day))});
        break;
    }
    }
    return hits;
}

QString taskTitle(const Playbook& playbook, const PlaybookHit& hit, const QString& customerKey) {
    QString title = playbook.titleTemplate.isEmpty()
                        ? playbook.name + QStringLiteral(": {customer} ({detail})")
                        : playbook.titleTemplate;
    title.replace(QStringLiteral("{customer}"), customerKey);
    title.replace(QStringLiteral("{detail}"), hit.detail);
    return title;
}

} // namespace tenure::metrics
