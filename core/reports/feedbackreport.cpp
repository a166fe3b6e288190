#include "feedbackreport.h"

#include "dayrange.h"

#include <algorithm>
#include <map>

namespace tenure::reports {

namespace {

bool runsPast(const std::vector<Period>& periods, const DayRange& data, std::optional<int64_t> to) {
    if (periods.empty()) return false;
    const int64_t last = to ? *to : data.last;
    return periods.back().lastDay() > last;
}

FeedbackGroup groupOf(const QString& kind, const std::vector<store::FeedbackEntry>& all) {
    FeedbackGroup group;
    group.kind = kind;
    std::map<QString, int64_t> counts;
    for (const store::FeedbackEntry& e : all) {
        if (e.kind != kind) continue;
        group.entries.push_back(e);
        ++counts[e.category];
    }
    for (const auto& [category, count] : counts)
        group.categories.push_back({category, count});
    std::stable_sort(group.categories.begin(), group.categories.end(),
                     [](const CategoryCount& a, const CategoryCount& b) { return a.count > b.count; });
    return group;
}

} // namespace

Expected<NpsTable> computeNpsTable(store::Store& store, const FeedbackOptions& options) {
    const auto answers = store::loadNpsAnswers(store, options.filter);
    if (!answers) return Expected<NpsTable>::failure(answers.error());
    DayRange data;
    for (const metrics::NpsAnswer& a : answers.value())
        data.add(a.day);
    NpsTable table;
    table.periods = reportPeriods(data, options.unit, options.from, options.to, options.lastPeriods);
    table.rows = metrics::npsByPeriod(answers.value(), table.periods);
    table.latestPartial = runsPast(table.periods, data, options.to);
    return table;
}

Expected<CsatTable> computeCsatTable(store::Store& store, const FeedbackOptions& options) {
    const auto ratings = store::loadCsatRatings(store, options.filter);
    if (!ratings) return Expected<CsatTable>::failure(ratings.error());
    DayRange data;
    for (const metrics::CsatRating& r : ratings.value())
        data.add(r.day);
    CsatTable table;
    table.periods = reportPeriods(data, options.unit, options.from, options.to, options.lastPeriods);
    table.rows = metrics::csatByPeriod(ratings.value(), table.periods);
    table.latestPartial = runsPast(table.periods, data, options.to);
    return table;
}

Expected<std::vector<ExplainRow>> explainCsatCell(store::Store& store, const store::CustomerFilter& filter,
                                                  const Period& period) {
    const auto ratings = store::loadCsatRatings(store, filter);
    if (!ratings) return Expected<std::vector<ExplainRow>>::failure(ratings.error());
    return withCustomerKeys(store, metrics::explainCsat(ratings.value(), period));
}

Expected<FeedbackReport> computeFeedback(store::Store& store, const FeedbackOptions& options) {
    using Result = Expected<FeedbackReport>;
    FeedbackReport report;
    auto nps = computeNpsTable(store, options);
    if (!nps) return Result::failure(nps.error());
    report.nps = std::move(nps.value());
    auto csat = computeCsatTable(store, options);
    if (!csat) return Result::failure(csat.error());
    report.csat = std::move(csat.value());

    // Nothing after the shown periods: a view of an earlier range is not judged by later answers.
    const int64_t end = report.nps.periods.empty() ? INT64_MAX : report.nps.periods.back().end;

    auto responses = store::loadNpsResponses(store, options.filter);
    if (!responses) return Result::failure(responses.error());
    std::vector<metrics::NpsAnswer> answers;
    std::vector<const store::NpsResponse*> kept;
    for (const store::NpsResponse& r : responses.value()) {
        if (r.answer.day >= end) continue;
        answers.push_back(r.answer);
        kept.push_back(&r);
    }
    for (const size_t i : metrics::latestAnswerIndexes(answers)) {
        const store::NpsResponse& r = *kept[i];
        report.latest.push_back(
            {r.customerKey, r.answer.day, r.answer.score, metrics::npsCategory(r.answer.score), r.comment});
    }

    auto feedback = store::loadFeedback(store, options.filter);
    if (!feedback) return Result::failure(feedback.error());
    std::erase_if(feedback.value(), [end](const store::FeedbackEntry& e) { return e.day >= end; });
    report.featureRequests = groupOf(QStringLiteral("feature_request"), feedback.value());
    report.exitSurveys = groupOf(QStringLiteral("exit_survey"), feedback.value());
    return report;
}

} // namespace tenure::reports
