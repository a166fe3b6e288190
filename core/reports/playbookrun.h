#pragma once

#include "metrics/playbooks.h"
#include "model/expected.h"

#include <QJsonArray>
#include <QString>

#include <map>
#include <vector>

namespace tenure::store {
class Store;
}

namespace tenure::reports {

// Playbook definitions are kept as JSON in the `playbooks` setting, a list of
//   {"name": "Detractor follow-up", "trigger": "detractor", "params": {"days": 7, "max_score": 6},
//    "title": "Follow up with {customer}: {detail}", "due_in_days": 2, "enabled": true}
// Triggers and their params: health_band {"band": "healthy|neutral|at_risk"}; milestone_overdue {};
// detractor {"days": N, "max_score": 0..10}; ticket_open {"days": N}; renewal {"days": N}.
// Names must be unique and non-empty. Unset: metrics::defaultPlaybooks().
inline constexpr const char* playbooksSettingKey = "playbooks";
Expected<std::vector<metrics::Playbook>> parsePlaybooks(const QString& json);
QJsonArray playbooksToJson(const std::vector<metrics::Playbook>& playbooks);
Expected<std::vector<metrics::Playbook>> playbooksFromSettings(store::Store& store);

// Health bands per customer for the health_band trigger. THE ONE PLACE TO CONNECT HEALTH SCORES:
// until the health score is stored, this returns an empty map and that trigger never fires.
Expected<std::map<int64_t, metrics::HealthBandState>> loadHealthBands(store::Store& store, int64_t today);

struct PlaybookRunOptions {
    int64_t today = 0; // local day of the run: due days count from it
    int64_t now = 0;   // epoch seconds: the tasks' created_at
};
struct PlaybookRunResult {
    int64_t created = 0;
    std::map<QString, int64_t> createdPerPlaybook;
    std::map<QString, int64_t> firingPerPlaybook; // accounts each playbook fired for
};
// Evaluates every enabled playbook and creates the tasks (store::createPlaybookTasks
// de-duplicates them), then records the latest NPS answer seen in `playbooks_answers_seen`.
Expected<PlaybookRunResult> runPlaybooks(store::Store& store, const PlaybookRunOptions& options);

} // namespace tenure::reports
