#include "nps.h"

#include "ratios.h"

#include "model/dates.h"

#include <algorithm>
#include <unordered_map>

namespace tenure::metrics {

NpsCategory npsCategory(int score) {
    if (score >= 9) return NpsCategory::Promoter;
    if (score >= 7) return NpsCategory::Passive;
    return NpsCategory::Detractor;
}

std::vector<NpsRow> npsByPeriod(const std::vector<NpsAnswer>& answers, const std::vector<Period>& periods) {
    std::vector<NpsRow> rows(periods.size());
    for (size_t i = 0; i < periods.size(); ++i)
        rows[i].period = periods[i];
    for (const NpsAnswer& a : answers) {
        const int64_t i = periodIndex(periods, a.day);
        if (i < 0) continue;
        NpsRow& row = rows[static_cast<size_t>(i)];
        ++row.responses;
        switch (npsCategory(a.score)) {
        case NpsCategory::Promoter:
            ++row.promoters;
            break;
        case NpsCategory::Passive:
            ++row.passives;
            break;
        case NpsCategory::Detractor:
            ++row.detractors;
            break;
        }
    }
    for (NpsRow& row : rows)
        if (row.responses > 0)
            row.nps = 100.0 * static_cast<double>(row.promoters - row.detractors) /
                      static_cast<double>(row.responses);
    return rows;
}

std::vector<size_t> latestAnswerIndexes(const std::vector<NpsAnswer>& answers) {
    std::unordered_map<int64_t, size_t> latest;
    for (size_t i = 0; i < answers.size(); ++i) {
        const auto [it, inserted] = latest.emplace(answers[i].customer, i);
        if (!inserted && answers[i].day >= answers[it->second].day) it->second = i;
    }
    std::vector<size_t> out;
    out.reserve(latest.size());
    for (const auto& [customer, index] : latest)
        out.push_back(index);
    std::sort(out.begin(), out.end(),
              [&answers](size_t a, size_t b) { return answers[a].customer < answers[b].customer; });
    return out;
}

std::vector<NpsAnswer> latestAnswers(const std::vector<NpsAnswer>& answers) {
    std::vector<NpsAnswer> out;
    for (const size_t index : latestAnswerIndexes(answers))
        out.push_back(answers[index]);
    return out;
}

std::vector<ExplainedCustomer> explainNps(const std::vector<NpsAnswer>& answers, const Period& period) {
    std::vector<const NpsAnswer*> inPeriod;
    for (const NpsAnswer& a : answers)
        if (period.contains(a.day)) inPeriod.push_back(&a);
    std::stable_sort(inPeriod.begin(), inPeriod.end(), [](const NpsAnswer* a, const NpsAnswer* b) {
        return a->day != b->day ? a->day < b->day : a->customer < b->customer;
    });
    std::vector<ExplainedCustomer> out;
    out.reserve(inPeriod.size());
    for (const NpsAnswer* a : inPeriod) {
        const QString answered = QStringLiteral("score %1 on %2: ").arg(a->score).arg(formatDate(a->day));
        switch (npsCategory(a->score)) {
        case NpsCategory::Promoter:
            out.push_back({a->customer, Role::Numerator, answered + QStringLiteral("promoter")});
            break;
        case NpsCategory::Passive:
            out.push_back({a->customer, Role::Denominator,
                           answered + QStringLiteral("passive (in the denominator only)")});
            break;
        case NpsCategory::Detractor:
            out.push_back({a->customer, Role::Denominator,
                           answered + QStringLiteral("detractor (subtracted from the promoters)")});
            break;
        }
    }
    return out;
}

std::vector<CsatRow> csatByPeriod(const std::vector<CsatRating>& ratings,
                                  const std::vector<Period>& periods) {
    std::vector<CsatRow> rows(periods.size());
    for (size_t i = 0; i < periods.size(); ++i)
        rows[i].period = periods[i];
    for (const CsatRating& r : ratings) {
        const int64_t i = periodIndex(periods, r.day);
        if (i < 0) continue;
        CsatRow& row = rows[static_cast<size_t>(i)];
        ++row.ratings;
        row.satisfied += r.rating >= 4 ? 1 : 0;
    }
    for (CsatRow& row : rows)
        if (row.ratings > 0)
            row.csatPct = 100.0 * static_cast<double>(row.satisfied) / static_cast<double>(row.ratings);
    return rows;
}

std::vector<ExplainedCustomer> explainCsat(const std::vector<CsatRating>& ratings, const Period& period) {
    std::vector<const CsatRating*> inPeriod;
    for (const CsatRating& r : ratings)
        if (period.contains(r.day)) inPeriod.push_back(&r);
    std::stable_sort(inPeriod.begin(), inPeriod.end(), [](const CsatRating* a, const CsatRating* b) {
        return a->day != b->day ? a->day < b->day : a->customer < b->customer;
    });
    std::vector<ExplainedCustomer> out;
    out.reserve(inPeriod.size());
    for (const CsatRating* r : inPeriod) {
        const QString rated = QStringLiteral("rating %1 on %2: ").arg(r->rating).arg(formatDate(r->day));
        if (r->rating >= 4)
            out.push_back({r->customer, Role::Numerator, rated + QStringLiteral("satisfied (4 or 5)")});
        else
            out.push_back({r->customer, Role::Denominator,
                           rated + QStringLiteral("not satisfied (in the denominator only)")});
    }
    return out;
}

} // namespace tenure::metrics
