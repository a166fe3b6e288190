#pragma once

#include "churn.h"
#include "support.h"

#include "model/period.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::metrics {

// The figures of a SupportRow, by the field names of `report support`'s JSON.
enum class SupportKpi {
    Tickets,
    Answered,
    FrtMedian,
    FrtP90,
    Resp24,
    Fcr,
    ResolutionMedian,
    ResolutionP90,
    LiveContacts,
    WaitAvg,
    WaitP90,
    WaitOver5Min,
    Abandon,
    Backlog,
    FrtBusinessMedian,
    FrtBusinessP90,
    ResolutionBusinessMedian,
    ResolutionBusinessP90,
};

// "frt_median_s", "fcr_pct", "backlog", …; nullopt for any other text.
std::optional<SupportKpi> supportKpiByName(QStringView name);
QString supportKpiName(SupportKpi kpi);
// Every name, in the report's column order (for help texts and error messages).
const QStringList& supportKpiNames();

// One ticket behind a support figure: its customer (row id, 0 for none), the ticket's own id
// (SupportTicket::key), its role and why.
struct ExplainedTicket {
    int64_t customer = 0;
    QString ticket;
    Role role = Role::Excluded;
    QString reason;
};

// The cell a support figure belongs to: a period, the instants at which it starts and ends (its
// first day's and its end day's local midnight) and, for a grouped report, the group value.
struct SupportCell {
    Period period;
    int64_t startsAt = 0;
    int64_t endsAt = 0;
    std::optional<QString> group; // nullopt: every ticket
};

// The tickets behind one figure of supportByPeriod's row for `cell`, with the same tests, so
// that they add up to it. Ratios: numerator and denominator-only tickets. Counts, averages,
// medians and p90s: the tickets the figure is computed from are the numerator (medians and p90s
// sorted by duration, the ranks that make the figure marked in the reason). Tickets of the
// period left out say why (no response yet, not a live channel, …); for a duration, tickets
// created outside the period whose response or resolution falls inside it are listed as left
// out too, since that is where people look for them. Other rows by creation time.
std::vector<ExplainedTicket> explainSupport(const std::vector<SupportTicket>& tickets, SupportKpi kpi,
                                            const SupportCell& cell, int64_t asOf);

// The tickets behind one period's 24-hour response rate: answered within 24 h (numerator),
// created at least 24 h before asOf but answered later or not at all (denominator only), and
// created less than 24 h before asOf (excluded, with the reason). Every ticket of the period.
std::vector<ExplainedTicket> explainResponse24(const std::vector<SupportTicket>& tickets,
                                               const Period& period, int64_t asOf);

// "3 h 12 min", as the reasons of an explanation are read.
QString readableDuration(int64_t seconds);

} // namespace tenure::metrics
