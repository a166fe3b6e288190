// The rows behind an NPS figure: metrics.md's worked example, answer by answer.
#include "metrics/nps.h"
#include "metrics/support.h"
#include "metrics/supportexplain.h"
#include "model/dates.h"
#include "reports/explainnps.h"
#include "reports/feedbackreport.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace tenure;
using namespace tenure::metrics;

namespace {

// metrics.md: 10 9 9 10 9 7 8 7 3 6 → 5 promoters, 3 passives, 2 detractors, NPS +30. Customer i
// answers on July i+1 (customer 1 on 2024-07-02).
std::vector<NpsAnswer> workedExample() {
    std::vector<NpsAnswer> answers;
    int64_t customer = 0;
    for (const int score : {10, 9, 9, 10, 9, 7, 8, 7, 3, 6})
        answers.push_back({++customer, daysFromCivil(2024, 7, 1) + customer, score});
    // Answers of other months are not behind July's figure.
    answers.push_back({11, daysFromCivil(2024, 6, 30), 0});
    answers.push_back({12, daysFromCivil(2024, 8, 1), 10});
    return answers;
}

} // namespace

TEST(ExplainNps, WorkedExampleRowByRow) {
    const Period july = periodOf(daysFromCivil(2024, 7, 1), PeriodUnit::Month);
    const auto rows = explainNps(workedExample(), july);
    ASSERT_EQ(rows.size(), 10u);
    const auto count = [&rows](Role role, const QString& word) {
        return std::count_if(rows.begin(), rows.end(), [&](const ExplainedCustomer& r) {
            return r.role == role && r.reason.contains(word);
        });
    };
    EXPECT_EQ(count(Role::Numerator, QStringLiteral("promoter")), 5);
    EXPECT_EQ(count(Role::Denominator, QStringLiteral("passive")), 3);
    EXPECT_EQ(count(Role::Denominator, QStringLiteral("detractor")), 2);
    EXPECT_EQ(count(Role::Excluded, QString()), 0);
    // Oldest first, each answer's own score and date.
    EXPECT_EQ(rows[0].customer, 1);
    EXPECT_EQ(rows[0].reason, QStringLiteral("score 10 on 2024-07-02: promoter"));
    EXPECT_EQ(rows[5].reason, QStringLiteral("score 7 on 2024-07-07: passive (in the denominator only)"));
    EXPECT_EQ(rows[8].reason,
              QStringLiteral("score 3 on 2024-07-10: detractor (subtracted from the promoters)"));
    // The rows give back the figure: (promoters − detractors) / all rows × 100 = +30.
    const double nps = 100.0 * static_cast<double>(5 - 2) / static_cast<double>(rows.size());
    EXPECT_DOUBLE_EQ(nps, *npsByPeriod(workedExample(), {july})[0].nps);
    EXPECT_DOUBLE_EQ(nps, 30.0);
}

TEST(ExplainNps, EmptyPeriodHasNoRows) {
    EXPECT_TRUE(explainNps(workedExample(), periodOf(daysFromCivil(2024, 3, 1), PeriodUnit::Month)).empty());
}

TEST(ExplainNps, LatestAnswerIndexesAgreeWithLatestAnswers) {
    const std::vector<NpsAnswer> answers{{1, 10, 3}, {2, 11, 9}, {1, 20, 8}, {1, 15, 10}, {2, 11, 4}};
    const auto indexes = latestAnswerIndexes(answers);
    ASSERT_EQ(indexes, (std::vector<size_t>{2, 4})); // a tie goes to the later input
    const auto latest = latestAnswers(answers);
    ASSERT_EQ(latest.size(), 2u);
    EXPECT_EQ(latest[1].score, 4);
}

TEST(ExplainNps, CellGivesCustomerIdsFromTheStore) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    ASSERT_TRUE(t.store->exec("INSERT INTO customers(id, customer_key, signup_date) VALUES "
                              "(1, 'C-1', 19000), (2, 'C-2', 19000), (3, 'C-3', 19000)"));
    const auto at = [](int day) { return std::to_string((daysFromCivil(2024, 7, day)) * 86400 + 3600); };
    ASSERT_TRUE(t.store->exec(("INSERT INTO nps(customer, responded_at, score, comment, row_key) VALUES "
                               "(1, " +
                               at(3) + ", 9, 'great', 1), (2, " + at(4) +
                               ", 6, NULL, 1), "
                               "(3, " +
                               at(5) + ", 8, 'fine', 1), (3, " + at(40) + ", 2, 'worse', 1)")
                                  .c_str()));
    const Period july = periodOf(daysFromCivil(2024, 7, 1), PeriodUnit::Month);
    const auto rows = reports::explainNpsCell(*t.store, {}, july);
    ASSERT_TRUE(rows) << rows.error().toStdString();
    ASSERT_EQ(rows.value().size(), 3u);
    EXPECT_EQ(rows.value()[0].customer, QStringLiteral("C-1"));
    EXPECT_EQ(rows.value()[0].role, Role::Numerator);
    EXPECT_EQ(rows.value()[0].reason, QStringLiteral("score 9 on 2024-07-03: promoter"));
    EXPECT_EQ(rows.value()[1].customer, QStringLiteral("C-2"));
    EXPECT_EQ(rows.value()[1].role, Role::Denominator);

    // The Feedback report: C-3's latest answer is August's 2 with its comment.
    const auto report = reports::computeFeedback(*t.store, {});
    ASSERT_TRUE(report) << report.error().toStdString();
    ASSERT_EQ(report.value().latest.size(), 3u);
    EXPECT_EQ(report.value().latest[2].customerKey, QStringLiteral("C-3"));
    EXPECT_EQ(report.value().latest[2].score, 2);
    EXPECT_EQ(report.value().latest[2].category, NpsCategory::Detractor);
    EXPECT_EQ(report.value().latest[2].comment, QStringLiteral("worse"));
    EXPECT_EQ(report.value().latest[0].comment, QStringLiteral("great"));
    ASSERT_EQ(report.value().nps.rows.size(), 2u);
    EXPECT_DOUBLE_EQ(*report.value().nps.rows[0].nps, 0.0); // 1 promoter, 1 passive, 1 detractor
}

TEST(ExplainResponse24, AnsweredWithinMissedAndNotYetJudged) {
    const int64_t july3 = daysFromCivil(2024, 7, 3);
    const int64_t at = july3 * 86400 + 9 * 3600; // 09:00 UTC
    const auto ticket = [&](int64_t customer, int64_t created, int64_t answered) {
        SupportTicket t;
        t.customer = customer;
        t.createdAt = created;
        t.createdDay = created / 86400;
        t.firstResponseAt = answered;
        return t;
    };
    const std::vector<SupportTicket> tickets{
        ticket(1, at, at + 3 * 3600 + 12 * 60),            // within 24 h
        ticket(2, at, at + 86400 + 3600),                  // answered late: a miss
        ticket(3, at, noTime),                             // never answered: a miss
        ticket(4, at + 20 * 86400, noTime),                // 2024-07-23, less than 24 h before asOf
        ticket(5, daysFromCivil(2024, 6, 30) * 86400, at), // June: not behind July's figure
    };
    const int64_t asOf = at + 20 * 86400 + 3600;
    const Period july = periodOf(july3, PeriodUnit::Month);
    const auto rows = explainResponse24(tickets, july, asOf);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].role, Role::Numerator);
    EXPECT_EQ(rows[0].reason,
              QStringLiteral("ticket created on 2024-07-03, answered after 3 h 12 min: within 24 h"));
    EXPECT_EQ(rows[1].role, Role::Denominator);
    EXPECT_EQ(rows[1].reason, QStringLiteral("ticket created on 2024-07-03, answered after 1 d 1 h: a miss"));
    EXPECT_EQ(rows[2].reason, QStringLiteral("ticket created on 2024-07-03, not answered: a miss"));
    EXPECT_EQ(rows[3].role, Role::Excluded);
    // The rows agree with the figure: 1 of 3.
    const auto figure = supportByPeriod(tickets, {july}, {july.end * 86400}, asOf, false);
    EXPECT_NEAR(*figure[0].resp24Pct, 100.0 / 3.0, 1e-9);
}
