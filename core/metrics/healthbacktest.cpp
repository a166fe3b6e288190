#include "healthbacktest.h"

#include "model/dates.h"

namespace tenure::metrics {

namespace {

std::optional<double> pct(int64_t part, int64_t whole) {
    if (whole == 0) return std::nullopt;
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

std::vector<int64_t> backtestDays(int64_t firstDay, int64_t lastDay) {
    std::vector<int64_t> days;
    if (firstDay == noDay || lastDay == noDay) return days;
    CivilDate c = civilFromDays(firstDay);
    for (;;) {
        const int64_t monthEnd = daysFromCivil(c.year, c.month, daysInMonth(c.year, c.month));
        if (monthEnd + backtestHorizonDays > lastDay) break;
        days.push_back(monthEnd);
        c = civilFromDays(monthEnd + 1);
    }
    return days;
}

HealthBacktest backtestHealth(const HealthInputs& inputs, const HealthSettings& settings,
                              const std::vector<int64_t>& days) {
    HealthBacktest out;
    out.days = days;
    // Per account: 0 never evaluated, 1 evaluated and never at risk, 2 flagged at risk once.
    std::vector<unsigned char> flagged(inputs.accounts.size(), 0);
    std::vector<bool> churner(inputs.accounts.size(), false);
    for (const int64_t day : days) {
        for (const AccountHealth& h : assessHealth(inputs, settings, day, false, false)) {
            const HealthAccount& a = inputs.accounts[h.account];
            const bool churned = a.churn != noDay && a.churn <= day + backtestHorizonDays;
            BacktestBand& band = h.health.band ? out.bands[size_t(*h.health.band)] : out.unscored;
            ++band.accounts;
            band.churned90d += churned;
            if (churned) churner[h.account] = true;
            if (h.health.band == HealthBand::AtRisk)
                flagged[h.account] = 2;
            else if (flagged[h.account] == 0)
                flagged[h.account] = 1;
        }
    }
    for (BacktestBand& b : out.bands)
        b.churnRatePct = pct(b.churned90d, b.accounts);
    out.unscored.churnRatePct = pct(out.unscored.churned90d, out.unscored.accounts);
    for (size_t i = 0; i < churner.size(); ++i) {
        if (!churner[i]) continue;
        ++out.churners;
        out.churnersNeverFlagged += flagged[i] != 2;
    }
    out.neverFlaggedPct = pct(out.churnersNeverFlagged, out.churners);
    return out;
}

} // namespace tenure::metrics
