#pragma once

#include "cohorts.h"
#include "nps.h"
#include "onboarding.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace tenure::metrics {

// What makes a playbook fire (product.md "Doing, not only seeing").
enum class PlaybookTrigger {
    HealthBand,       // the account's health is in `band`
    MilestoneOverdue, // an onboarding milestone is past its due day and not completed
    DetractorAnswer,  // the latest NPS answer is ≤ maxScore and new since the last run or within `days`
    TicketOpen,       // a ticket has been open (not resolved) for `days` or more
    RenewalDue,       // the renewal date lies within the next `days` (today included)
};
// health_band, milestone_overdue, detractor, ticket_open, renewal
QString triggerName(PlaybookTrigger trigger);
std::optional<PlaybookTrigger> triggerFromName(const QString& name);

// One rule: when `trigger` fires for an account, a task titled from `titleTemplate` is due
// `dueInDays` after the run. "{customer}" and "{detail}" in the template are replaced.
struct Playbook {
    QString name;
    PlaybookTrigger trigger = PlaybookTrigger::DetractorAnswer;
    int days = 0;     // detractor: look-back; ticket_open: minimum age; renewal: horizon
    QString band;     // health_band: healthy, neutral or at_risk
    int maxScore = 6; // detractor: the highest score that counts
    QString titleTemplate;
    int dueInDays = 3;
    bool enabled = true;
};
// One playbook per trigger, in force while the `playbooks` setting is unset.
std::vector<Playbook> defaultPlaybooks();

// The plain inputs of a run: local days, customers as row ids.
struct OpenTicket {
    int64_t customer = 0;
    QString ticketKey;
    int64_t createdDay = 0; // resolved tickets are not passed in
};
struct RenewalDate {
    int64_t customer = 0;
    int64_t day = 0;
};
// An account's current health band and the day it entered it (noDay when unknown).
struct HealthBandState {
    QString band;
    int64_t since = noDay;
};
struct PlaybookInputs {
    int64_t today = 0;
    // The latest answer day the previous run had seen; answers on or after it are new.
    // nullopt: no run has seen any answer yet, so every answer is new.
    std::optional<int64_t> answersSeenThrough;
    // Accounts that may get tasks (active: not churned). Every trigger is limited to them.
    std::vector<int64_t> activeCustomers;
    std::vector<OverdueMilestone> overdueMilestones; // as overdueMilestones() gives them today
    std::vector<NpsAnswer> npsAnswers;               // every answer; the latest per customer counts
    std::vector<OpenTicket> openTickets;
    std::vector<RenewalDate> renewals;
    // Health bands per customer. Health scores are computed elsewhere; an empty map means none
    // are available and the health_band trigger never fires (scores are never guessed here).
    std::map<int64_t, HealthBandState> healthBands;
};

// One firing: a playbook's trigger for one account, with the occurrence that caused it. The
// occurrence key tells occurrences apart (a new detractor answer, another ticket, another
// renewal date) so that a task a person closed is not recreated for the same occurrence.
struct PlaybookHit {
    int64_t customer = 0;
    QString occurrence; // e.g. "nps-2024-07-01", "ticket-T123", "renewal-2024-09-30"
    QString detail;     // human words for the task title: "NPS 3 on 2024-07-01"
};
std::vector<PlaybookHit> evaluatePlaybook(const Playbook& playbook, const PlaybookInputs& inputs);

// The task title: the template with {customer} and {detail} replaced.
QString taskTitle(const Playbook& playbook, const PlaybookHit& hit, const QString& customerKey);

} // namespace tenure::metrics
