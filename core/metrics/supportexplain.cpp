#include "supportexplain.h"

#include "model/dates.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tenure::metrics {

namespace {

constexpr int64_t day = 86400;
constexpr double fiveMinutes = 300;

struct KpiName {
    SupportKpi kpi;
    const char16_t* name;
};
// In the column order of `report support`.
constexpr std::array<KpiName, 18> kpiNames{{
    {SupportKpi::Tickets, u"tickets"},
    {SupportKpi::Answered, u"answered"},
    {SupportKpi::FrtMedian, u"frt_median_s"},
    {SupportKpi::FrtP90, u"frt_p90_s"},
    {SupportKpi::Resp24, u"resp24_pct"},
    {SupportKpi::Fcr, u"fcr_pct"},
    {SupportKpi::ResolutionMedian, u"resolution_median_s"},
    {SupportKpi::ResolutionP90, u"resolution_p90_s"},
    {SupportKpi::LiveContacts, u"live_contacts"},
    {SupportKpi::WaitAvg, u"wait_avg_s"},
    {SupportKpi::WaitP90, u"wait_p90_s"},
    {SupportKpi::WaitOver5Min, u"wait_over_5min_pct"},
    {SupportKpi::Abandon, u"abandon_pct"},
    {SupportKpi::Backlog, u"backlog"},
    {SupportKpi::FrtBusinessMedian, u"frt_business_median_s"},
    {SupportKpi::FrtBusinessP90, u"frt_business_p90_s"},
    {SupportKpi::ResolutionBusinessMedian, u"resolution_business_median_s"},
    {SupportKpi::ResolutionBusinessP90, u"resolution_business_p90_s"},
}};

QString ticketName(const SupportTicket& t) {
    return t.key.isEmpty() ? QStringLiteral("ticket") : QStringLiteral("ticket ") + t.key;
}

// The same tests as supportByPeriod: a stamp before the creation is left out.
bool answered(const SupportTicket& t) {
    return t.firstResponseAt != noTime && t.firstResponseAt >= t.createdAt;
}
bool resolved(const SupportTicket& t) {
    return t.resolvedAt != noTime && t.resolvedAt >= t.createdAt;
}

// What a duration figure ranks for one ticket: the seconds and how they read, or why there are
// none (then `seconds` is empty and `text` is the reason).
struct Measure {
    std::optional<double> seconds;
    QString text;
};

Measure responseTime(const SupportTicket& t) {
    if (t.firstResponseAt == noTime) return {std::nullopt, QStringLiteral("no response yet")};
    if (!answered(t))
        return {std::nullopt, QStringLiteral("first response stamped before its creation: left out")};
    const int64_t s = t.firstResponseAt - t.createdAt;
    return {static_cast<double>(s), QStringLiteral("first response after ") + readableDuration(s)};
}

Measure resolutionTime(const SupportTicket& t) {
    if (t.resolvedAt == noTime) return {std::nullopt, QStringLiteral("not resolved yet")};
    if (!resolved(t))
        return {std::nullopt, QStringLiteral("resolution stamped before its creation: left out")};
    const int64_t s = t.resolvedAt - t.createdAt;
    return {static_cast<double>(s), QStringLiteral("resolved after ") + readableDuration(s)};
}

// Business time exists for every answered (resolved) ticket once a schedule is configured.
Measure businessTime(const Measure& calendar, int64_t business, const QString& what) {
    if (!calendar.seconds) return calendar;
    if (business == noTime)
        return {std::nullopt,
                calendar.text + QStringLiteral(", no business time: no schedule is configured")};
    return {static_cast<double>(business),
            what + readableDuration(business) + QStringLiteral(" of business time")};
}

Measure waitTime(const SupportTicket& t) {
    if (!t.live) return {std::nullopt, QStringLiteral("not a live channel (chat or phone)")};
    if (t.waitSeconds < 0) return {std::nullopt, QStringLiteral("live contact without a recorded wait")};
    return {t.waitSeconds, QStringLiteral("waited ") + readableDuration(std::llround(t.waitSeconds))};
}

// The duration a median, p90 or average is taken over; nullopt for the other figures.
std::optional<Measure> measureOf(SupportKpi kpi, const SupportTicket& t) {
    switch (kpi) {
    case SupportKpi::FrtMedian:
    case SupportKpi::FrtP90:
        return responseTime(t);
    case SupportKpi::ResolutionMedian:
    case SupportKpi::ResolutionP90:
        return resolutionTime(t);
    case SupportKpi::FrtBusinessMedian:
    case SupportKpi::FrtBusinessP90:
        return businessTime(responseTime(t), t.frtBusiness, QStringLiteral("first response after "));
    case SupportKpi::ResolutionBusinessMedian:
    case SupportKpi::ResolutionBusinessP90:
        return businessTime(resolutionTime(t), t.resolutionBusiness, QStringLiteral("resolved after "));
    case SupportKpi::WaitAvg:
    case SupportKpi::WaitP90:
        return waitTime(t);
    default:
        return std::nullopt;
    }
}

// 0.5 or 0.9 for a median or p90, 0 for the average.
double quantileOf(SupportKpi kpi) {
    switch (kpi) {
    case SupportKpi::FrtMedian:
    case SupportKpi::ResolutionMedian:
    case SupportKpi::FrtBusinessMedian:
    case SupportKpi::ResolutionBusinessMedian:
        return 0.5;
    case SupportKpi::WaitAvg:
        return 0;
    default:
        return 0.9;
    }
}

// The role and reason of a ticket of the period for a count or a ratio.
std::pair<Role, QString> classify(SupportKpi kpi, const SupportTicket& t, int64_t asOf) {
    switch (kpi) {
    case SupportKpi::Answered: {
        const Measure m = responseTime(t);
        return {m.seconds ? Role::Numerator : Role::Excluded, m.text};
    }
    case SupportKpi::Fcr: {
        const Measure m = resolutionTime(t);
        if (!m.seconds) return {Role::Excluded, m.text};
        if (t.contacts < 0) return {Role::Excluded, m.text + QStringLiteral(", contact count unknown")};
        const QString contacts = m.text + QStringLiteral(" with %1 agent contact%2")
                                              .arg(t.contacts)
                                              .arg(t.contacts == 1 ? QString() : QStringLiteral("s"));
        if (t.contacts <= 1)
            return {Role::Numerator, contacts + QStringLiteral(": first-contact resolution")};
        return {Role::Denominator, contacts + QStringLiteral(": more than one")};
    }
    case SupportKpi::LiveContacts:
        if (!t.live) return {Role::Excluded, QStringLiteral("not a live channel (chat or phone)")};
        return {Role::Numerator, QStringLiteral("live contact (chat or phone)")};
    case SupportKpi::WaitOver5Min: {
        const Measure m = waitTime(t);
        if (!m.seconds) return {Role::Excluded, m.text};
        if (*m.seconds > fiveMinutes) return {Role::Numerator, m.text + QStringLiteral(": over 5 minutes")};
        return {Role::Denominator, m.text + QStringLiteral(": 5 minutes or less")};
    }
    case SupportKpi::Abandon: {
        if (!t.live) return {Role::Excluded, QStringLiteral("not a live channel (chat or phone)")};
        if (t.abandoned < 0) return {Role::Excluded, QStringLiteral("live contact, outcome not recorded")};
        const QString waited = t.waitSeconds < 0 ? QString()
                                                 : QStringLiteral(" after waiting ") +
                                                       readableDuration(std::llround(t.waitSeconds));
        if (t.abandoned > 0)
            return {Role::Numerator, QStringLiteral("abandoned before an agent answered") + waited};
        return {Role::Denominator, QStringLiteral("reached an agent") + waited};
    }
    case SupportKpi::Resp24: {
        // Kept word for word from the first explanation, with the ticket's id.
        const QString created =
            QStringLiteral("%1 created on %2").arg(ticketName(t), formatDate(t.createdDay));
        if (t.createdAt > asOf - day)
            return {Role::Excluded,
                    created + QStringLiteral(", less than 24 h before the as-of time: not judged yet")};
        if (!answered(t)) return {Role::Denominator, created + QStringLiteral(", not answered: a miss")};
        const int64_t s = t.firstResponseAt - t.createdAt;
        if (s <= day)
            return {Role::Numerator,
                    created + QStringLiteral(", answered after %1: within 24 h").arg(readableDuration(s))};
        return {Role::Denominator,
                created + QStringLiteral(", answered after %1: a miss").arg(readableDuration(s))};
    }
    default: // Tickets
        return {Role::Numerator, QStringLiteral("created on ") + formatDate(t.createdDay)};
    }
}

// For a figure of durations (and answered, FCR): the instant the ticket's clock stopped and
// how long it ran, so that tickets of other periods answered or resolved inside this one can be
// listed with why they do not count; nullopt for the other figures.
std::optional<std::pair<int64_t, Measure>> measuredAt(SupportKpi kpi, const SupportTicket& t) {
    switch (kpi) {
    case SupportKpi::Answered:
    case SupportKpi::FrtMedian:
    case SupportKpi::FrtP90:
    case SupportKpi::FrtBusinessMedian:
    case SupportKpi::FrtBusinessP90:
        return std::pair{t.firstResponseAt, responseTime(t)};
    case SupportKpi::Fcr:
    case SupportKpi::ResolutionMedian:
    case SupportKpi::ResolutionP90:
    case SupportKpi::ResolutionBusinessMedian:
    case SupportKpi::ResolutionBusinessP90:
        return std::pair{t.resolvedAt, resolutionTime(t)};
    default:
        return std::nullopt;
    }
}

ExplainedTicket row(const SupportTicket& t, Role role, const QString& reason) {
    return {t.customer, t.key, role, ticketName(t) + QStringLiteral(": ") + reason};
}

// The median's (p90's) place among n sorted durations, as in quantile(): the rank(s) it is read
// from, 1-based. Appended to the reasons of those ranks.
void markQuantile(std::vector<ExplainedTicket>& ranked, std::vector<double> values, double q) {
    const size_t n = ranked.size();
    for (size_t i = 0; i < n; ++i)
        ranked[i].reason += QStringLiteral(" (rank %1 of %2)").arg(i + 1).arg(n);
    const auto figure = quantile(values, q);
    if (!figure) return;
    const QString name = q == 0.5 ? QStringLiteral("the median") : QStringLiteral("the p90");
    const double position = q * static_cast<double>(n - 1);
    const auto below = static_cast<size_t>(position);
    if (position == static_cast<double>(below)) {
        ranked[below].reason += QStringLiteral(": ") + name;
        return;
    }
    const QString between = QStringLiteral(": %1, %2, lies between ranks %3 and %4")
                                .arg(name, readableDuration(std::llround(*figure)))
                                .arg(below + 1)
                                .arg(below + 2);
    ranked[below].reason += between;
    ranked[below + 1].reason += between;
}

std::vector<ExplainedTicket> explainBacklog(const std::vector<const SupportTicket*>& tickets,
                                            const SupportCell& cell) {
    std::vector<ExplainedTicket> out;
    for (const SupportTicket* t : tickets) {
        if (t->createdAt >= cell.endsAt) continue; // after the period: not yet a ticket
        const QString created = QStringLiteral("created on ") + formatDate(t->createdDay);
        // Open at the end: created before it and not resolved before it (supportByPeriod).
        if (t->resolvedAt == noTime || t->resolvedAt >= cell.endsAt) {
            const QString open = readableDuration(cell.endsAt - t->createdAt);
            out.push_back(
                row(*t, Role::Numerator,
                    created + (t->resolvedAt == noTime
                                   ? QStringLiteral(", still open: open for %1 at the period's end")
                                   : QStringLiteral(", resolved after the period's end: open for %1 "
                                                    "at its end"))
                                  .arg(open)));
        } else if (cell.period.contains(t->createdDay) || t->resolvedAt >= cell.startsAt) {
            const Measure m = resolutionTime(*t);
            out.push_back(
                row(*t, Role::Excluded,
                    created + QStringLiteral(", ") + m.text +
                        (m.seconds ? QStringLiteral(", before the period's end") : QStringLiteral())));
        } // resolved before the period began: nothing to do with it
    }
    return out;
}

} // namespace

std::optional<SupportKpi> supportKpiByName(QStringView name) {
    for (const KpiName& k : kpiNames)
        if (name == QStringView(k.name)) return k.kpi;
    return std::nullopt;
}

QString supportKpiName(SupportKpi kpi) {
    for (const KpiName& k : kpiNames)
        if (k.kpi == kpi) return QString::fromUtf16(k.name);
    return {};
}

const QStringList& supportKpiNames() {
    static const QStringList names = [] {
        QStringList out;
        for (const KpiName& k : kpiNames)
            out.append(QString::fromUtf16(k.name));
        return out;
    }();
    return names;
}

QString readableDuration(int64_t seconds) {
    // Seconds matter for short waits (the 5-minute line); beyond ten minutes they are noise.
    if (seconds < 600 && seconds % 60 != 0)
        return seconds < 60 ? QStringLiteral("%1 s").arg(seconds)
                            : QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    const int64_t minutes = (seconds + 30) / 60;
    if (minutes < 60) return QStringLiteral("%1 min").arg(minutes);
    if (minutes < 24 * 60) return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return QStringLiteral("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

std::vector<ExplainedTicket> explainSupport(const std::vector<SupportTicket>& tickets, SupportKpi kpi,
                                            const SupportCell& cell, int64_t asOf) {
    std::vector<const SupportTicket*> inGroup;
    for (const SupportTicket& t : tickets)
        if (!cell.group || t.group == *cell.group) inGroup.push_back(&t);
    std::stable_sort(inGroup.begin(), inGroup.end(), [](const SupportTicket* a, const SupportTicket* b) {
        return a->createdAt < b->createdAt;
    });
    if (kpi == SupportKpi::Backlog) return explainBacklog(inGroup, cell);

    std::vector<ExplainedTicket> rest, others;
    std::vector<std::pair<double, const SupportTicket*>> sample;
    for (const SupportTicket* t : inGroup) {
        if (!cell.period.contains(t->createdDay)) {
            const auto at = measuredAt(kpi, *t);
            if (at && at->first != noTime && at->first >= cell.startsAt && at->first < cell.endsAt)
                others.push_back(row(*t, Role::Excluded,
                                     QStringLiteral("created on %1, outside the period (a ticket counts in "
                                                    "the period it was created in); %2")
                                         .arg(formatDate(t->createdDay), at->second.text)));
            continue;
        }
        if (const auto m = measureOf(kpi, *t)) {
            if (m->seconds)
                sample.emplace_back(*m->seconds, t);
            else
                rest.push_back(row(*t, Role::Excluded, m->text)); // left out, listed after the sample
            continue;
        }
        const auto [role, reason] = classify(kpi, *t, asOf);
        // The 24-hour rate's reasons name the ticket themselves.
        rest.push_back(kpi == SupportKpi::Resp24 ? ExplainedTicket{t->customer, t->key, role, reason}
                                                 : row(*t, role, reason));
    }
    // A median, p90 or average lists its sample first (the other figures have none), shortest
    // first, equal durations by creation (the sort is stable over inGroup's order).
    std::stable_sort(sample.begin(), sample.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<ExplainedTicket> out;
    std::vector<double> values;
    for (const auto& [seconds, t] : sample) {
        out.push_back(row(*t, Role::Numerator, measureOf(kpi, *t)->text));
        values.push_back(seconds);
    }
    if (kpi != SupportKpi::WaitAvg) markQuantile(out, values, quantileOf(kpi));
    out.insert(out.end(), rest.begin(), rest.end());
    out.insert(out.end(), others.begin(), others.end());
    return out;
}

std::vector<ExplainedTicket> explainResponse24(const std::vector<SupportTicket>& tickets,
                                               const Period& period, int64_t asOf) {
    return explainSupport(tickets, SupportKpi::Resp24, SupportCell{period, 0, 0, std::nullopt}, asOf);
}

} // namespace tenure::metrics
