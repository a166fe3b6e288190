// Playbook triggers over hand-written accounts, and de-duplication of the tasks they create.
#include "metrics/playbooks.h"
#include "model/dates.h"
#include "reports/playbookrun.h"
#include "store/taskrepository.h"

#include "testsupport.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <algorithm>

using namespace tenure;
using namespace tenure::metrics;

namespace {

int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}

Playbook playbookOf(PlaybookTrigger trigger, int days = 0) {
    for (Playbook p : defaultPlaybooks())
        if (p.trigger == trigger) {
            if (days) p.days = days;
            return p;
        }
    return {};
}

PlaybookInputs inputs() {
    PlaybookInputs in;
    in.today = day(2024, 7, 10);
    in.activeCustomers = {1, 2, 3};
    return in;
}

std::vector<int64_t> customersOf(const std::vector<PlaybookHit>& hits) {
    std::vector<int64_t> out;
    for (const PlaybookHit& h : hits)
        out.push_back(h.customer);
    return out;
}

} // namespace

TEST(Playbooks, DefaultsHaveOnePlaybookPerTrigger) {
    const auto defaults = defaultPlaybooks();
    ASSERT_EQ(defaults.size(), 5u);
    for (PlaybookTrigger t :
         {PlaybookTrigger::HealthBand, PlaybookTrigger::MilestoneOverdue, PlaybookTrigger::DetractorAnswer,
          PlaybookTrigger::TicketOpen, PlaybookTrigger::RenewalDue}) {
        EXPECT_EQ(std::count_if(defaults.begin(), defaults.end(),
                                [t](const Playbook& p) { return p.trigger == t; }),
                  1);
        EXPECT_EQ(triggerFromName(triggerName(t)), t);
    }
}

TEST(Playbooks, DetractorLatestAnswerNewSinceLastRunOrRecent) {
    PlaybookInputs in = inputs();
    in.npsAnswers = {
        {1, day(2024, 7, 8), 3},                          // recent detractor
        {2, day(2024, 5, 1), 2}, {2, day(2024, 7, 1), 9}, // latest is a promoter
        {3, day(2024, 6, 1), 6},                          // old detractor: new only without a previous run
        {4, day(2024, 7, 9), 0},                          // not an active customer
    };
    const Playbook p = playbookOf(PlaybookTrigger::DetractorAnswer, 7);
    // No run has seen answers yet: every latest detractor answer is new.
    auto hits = evaluatePlaybook(p, in);
    EXPECT_EQ(customersOf(hits), (std::vector<int64_t>{1, 3}));
    EXPECT_EQ(hits[0].occurrence, QStringLiteral("nps-2024-07-08"));
    EXPECT_EQ(hits[0].detail, QStringLiteral("NPS 3 on 2024-07-08"));
    // A previous run saw answers through July 5th: only the recent one fires.
    in.answersSeenThrough = day(2024, 7, 5);
    EXPECT_EQ(customersOf(evaluatePlaybook(p, in)), (std::vector<int64_t>{1}));
    // Within N days fires even when the last run had seen it.
    in.answersSeenThrough = day(2024, 7, 9);
    EXPECT_EQ(customersOf(evaluatePlaybook(p, in)), (std::vector<int64_t>{1}));
    in.today = day(2024, 7, 30);
    EXPECT_TRUE(evaluatePlaybook(p, in).empty());
}

TEST(Playbooks, MilestoneOverdueOncePerAccountItsMostOverdue) {
    PlaybookInputs in = inputs();
    in.overdueMilestones = {{1, QStringLiteral("Training done"), day(2024, 7, 1), 9, false},
                            {1, QStringLiteral("Data migrated"), day(2024, 6, 20), 20, false},
                            {2, QStringLiteral("Data migrated"), day(2024, 7, 10), 0, false}, // due today
                            {9, QStringLiteral("Data migrated"), day(2024, 6, 1), 39, true}};
    const auto hits = evaluatePlaybook(playbookOf(PlaybookTrigger::MilestoneOverdue), in);
    ASSERT_EQ(customersOf(hits), (std::vector<int64_t>{1}));
    EXPECT_EQ(hits[0].occurrence, QStringLiteral("milestone-Data migrated"));
}

TEST(Playbooks, TicketOpenSevenDaysOrMore) {
    PlaybookInputs in = inputs();
    in.openTickets = {{1, QStringLiteral("T1"), day(2024, 7, 3)}, // 7 days: fires
                      {2, QStringLiteral("T2"), day(2024, 7, 4)}, // 6 days
                      {3, QStringLiteral("T3"), day(2024, 6, 1)},
                      {3, QStringLiteral("T4"), day(2024, 5, 1)}}; // the oldest is named
    const auto hits = evaluatePlaybook(playbookOf(PlaybookTrigger::TicketOpen, 7), in);
    ASSERT_EQ(customersOf(hits), (std::vector<int64_t>{1, 3}));
    EXPECT_EQ(hits[1].occurrence, QStringLiteral("ticket-T4"));
}

TEST(Playbooks, RenewalWithinNinetyDays) {
    PlaybookInputs in = inputs();
    in.renewals = {{1, day(2024, 10, 8)}, // today + 90
                   {2, day(2024, 10, 9)}, // one day too far
                   {3, day(2024, 7, 9)}}; // already past
    const auto hits = evaluatePlaybook(playbookOf(PlaybookTrigger::RenewalDue, 90), in);
    ASSERT_EQ(customersOf(hits), (std::vector<int64_t>{1}));
    EXPECT_EQ(hits[0].occurrence, QStringLiteral("renewal-2024-10-08"));
}

TEST(Playbooks, HealthBandFromTheGivenBandsOnly) {
    PlaybookInputs in = inputs();
    const Playbook p = playbookOf(PlaybookTrigger::HealthBand);
    EXPECT_TRUE(evaluatePlaybook(p, in).empty()); // no scores: never fires
    in.healthBands = {{1, {QStringLiteral("at_risk"), day(2024, 7, 2)}},
                      {2, {QStringLiteral("neutral"), noDay}},
                      {3, {QStringLiteral("at_risk"), noDay}}};
    const auto hits = evaluatePlaybook(p, in);
    ASSERT_EQ(customersOf(hits), (std::vector<int64_t>{1, 3}));
    EXPECT_EQ(hits[0].occurrence, QStringLiteral("health-at_risk-2024-07-02"));
    EXPECT_EQ(hits[1].occurrence, QStringLiteral("health-at_risk"));
}

TEST(Playbooks, DisabledNeverFiresAndTitlesFillTheTemplate) {
    PlaybookInputs in = inputs();
    in.renewals = {{1, day(2024, 8, 1)}};
    Playbook p = playbookOf(PlaybookTrigger::RenewalDue, 90);
    const auto hits = evaluatePlaybook(p, in);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(taskTitle(p, hits[0], QStringLiteral("C42")),
              QStringLiteral("Prepare the renewal of C42: renews on 2024-08-01"));
    p.enabled = false;
    EXPECT_TRUE(evaluatePlaybook(p, in).empty());
}

TEST(Playbooks, SettingJsonRoundTripsAndBadDefinitionsAreRefused) {
    const auto defaults = defaultPlaybooks();
    const QString json =
        QString::fromUtf8(QJsonDocument(reports::playbooksToJson(defaults)).toJson(QJsonDocument::Compact));
    const auto parsed = reports::parsePlaybooks(json);
    ASSERT_TRUE(parsed) << parsed.error().toStdString();
    ASSERT_EQ(parsed->size(), defaults.size());
    for (size_t i = 0; i < defaults.size(); ++i) {
        EXPECT_EQ(parsed.value()[i].name, defaults[i].name);
        EXPECT_EQ(parsed.value()[i].trigger, defaults[i].trigger);
        EXPECT_EQ(parsed.value()[i].days, defaults[i].days);
        EXPECT_EQ(parsed.value()[i].dueInDays, defaults[i].dueInDays);
    }
    EXPECT_FALSE(reports::parsePlaybooks(QStringLiteral("{}")));
    EXPECT_FALSE(reports::parsePlaybooks(QStringLiteral(R"([{"name": "x", "trigger": "moon"}])")));
    EXPECT_FALSE(reports::parsePlaybooks(
        QStringLiteral(R"([{"name": "x", "trigger": "renewal"}, {"name": "x", "trigger": "renewal"}])")));
    EXPECT_FALSE(reports::parsePlaybooks(
        QStringLiteral(R"([{"name": "x", "trigger": "health_band", "params": {"band": "red"}}])")));
}

// De-duplication in the store: a trigger that keeps firing makes one open task.
class PlaybookTasks : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(t.store);
        ASSERT_TRUE(t.store->exec("INSERT INTO customers(id, customer_key, owner, signup_date) VALUES "
                                  "(1, 'A', 'alice', 19000), (2, 'B', NULL, 19000)"));
    }
    store::NewPlaybookTask task(int64_t customer, const QString& occurrence) {
        return {customer,
                QStringLiteral("Detractor follow-up"),
                occurrence,
                QStringLiteral("Call"),
                customer == 1 ? QStringLiteral("alice") : QString(),
                day(2024, 7, 12)};
    }
    int64_t openTasks() const { return t.scalar("SELECT count(*) FROM tasks WHERE status = 'open'"); }
    test::TempStore t;
};

TEST_F(PlaybookTasks, RunTwiceMakesOneOpenTask) {
    auto first = store::createPlaybookTasks(*t.store, {task(1, QStringLiteral("nps-2024-07-08"))}, 100);
    ASSERT_TRUE(first);
    EXPECT_GT(first.value()[0], 0);
    auto second = store::createPlaybookTasks(*t.store, {task(1, QStringLiteral("nps-2024-07-08"))}, 200);
    ASSERT_TRUE(second);
    EXPECT_EQ(second.value()[0], 0);
    // A new occurrence while a task is still open: still one open task.
    auto third = store::createPlaybookTasks(*t.store, {task(1, QStringLiteral("nps-2024-07-09"))}, 300);
    EXPECT_EQ(third.value()[0], 0);
    EXPECT_EQ(openTasks(), 1);
    const auto tasks = store::loadTasks(*t.store, {QStringLiteral("alice"), QStringLiteral("open")});
    ASSERT_EQ(tasks->size(), 1u);
    EXPECT_EQ(tasks.value()[0].source, QStringLiteral("playbook:Detractor follow-up:1:nps-2024-07-08"));
    EXPECT_EQ(tasks.value()[0].dueDay, day(2024, 7, 12));
    EXPECT_EQ(tasks.value()[0].customerKey, QStringLiteral("A"));
}

TEST_F(PlaybookTasks, ClosedTaskIsNotRecreatedForTheSameOccurrenceButIsForANewOne) {
    const auto created =
        store::createPlaybookTasks(*t.store, {task(1, QStringLiteral("nps-2024-07-08"))}, 100);
    ASSERT_TRUE(store::completeTask(*t.store, created.value()[0], 150));
    // The trigger still fires with the same answer: the person handled it, no new task.
    auto again = store::createPlaybookTasks(*t.store, {task(1, QStringLiteral("nps-2024-07-08"))}, 200);
    EXPECT_EQ(again.value()[0], 0);
    EXPECT_EQ(openTasks(), 0);
    // A new detractor answer is a new occurrence: a new task.
    again = store::createPlaybookTasks(*t.store, {task(1, QStringLiteral("nps-2024-08-01"))}, 300);
    EXPECT_GT(again.value()[0], 0);
    EXPECT_EQ(openTasks(), 1);
    EXPECT_FALSE(store::completeTask(*t.store, 999, 400));
}

TEST_F(PlaybookTasks, OwnerlessTasksGetTheOwnerOnceKnownAndFilterByOwner) {
    ASSERT_TRUE(store::createPlaybookTasks(*t.store, {task(2, QStringLiteral("nps-2024-07-08"))}, 100));
    EXPECT_EQ(store::loadTasks(*t.store, {QString(), QStringLiteral("open")})->size(), 1u); // unassigned
    ASSERT_TRUE(t.store->exec("UPDATE customers SET owner = 'bob' WHERE id = 2"));
    ASSERT_TRUE(store::createPlaybookTasks(*t.store, {}, 200));
    const auto bobs = store::loadTasks(*t.store, {QStringLiteral("bob"), QString()});
    ASSERT_EQ(bobs->size(), 1u);
    EXPECT_TRUE(store::loadTasks(*t.store, {QStringLiteral("alice"), QString()})->empty());
    EXPECT_EQ(store::loadTasks(*t.store, {std::nullopt, QString()})->size(), 1u);
}

TEST_F(PlaybookTasks, RunOverTheStoreUsesTheSettingAndRemembersAnswersSeen) {
    ASSERT_TRUE(t.store->exec("INSERT INTO nps(customer, responded_at, score, row_key) VALUES "
                              "(1, 1720569600, 2, 1), (2, 1720569600, 10, 2)")); // 2024-07-10
    reports::PlaybookRunOptions options{day(2024, 7, 11), 1720656000};
    auto run = reports::runPlaybooks(*t.store, options);
    ASSERT_TRUE(run) << run.error().toStdString();
    // Customer 1's only data is an NPS 2: its health (20) is at risk too, so both fire.
    EXPECT_EQ(run->created, 2);
    EXPECT_EQ(run->createdPerPlaybook.at(QStringLiteral("Detractor follow-up")), 1);
    EXPECT_EQ(run->createdPerPlaybook.at(QStringLiteral("At-risk health")), 1);
    EXPECT_EQ(t.store->setting(QStringLiteral("playbooks_answers_seen")), QStringLiteral("2024-07-10"));
    EXPECT_EQ(reports::runPlaybooks(*t.store, options)->created, 0);
    // Disabled by the setting: nothing more, and a bad setting is reported, not ignored.
    ASSERT_TRUE(t.store->setSetting(
        QStringLiteral("playbooks"),
        QStringLiteral(R"([{"name": "Detractor follow-up", "trigger": "detractor", "enabled": false}])")));
    EXPECT_EQ(reports::playbooksFromSettings(*t.store)->size(), 1u);
    ASSERT_TRUE(t.store->setSetting(QStringLiteral("playbooks"), QStringLiteral("[{")));
    EXPECT_FALSE(reports::runPlaybooks(*t.store, options));
}
