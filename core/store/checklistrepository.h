#pragma once

#include "model/expected.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::store {

class Store;

// One milestone of the onboarding checklist template as stored: its row id, so that an edit
// names the milestone it changes even after a rename.
struct ChecklistMilestone {
    int64_t id = 0;
    QString name;
    int offsetDays = 0; // the target, in days after signup
    bool required = true;
    int position = 0; // its place in the template's order (gaps allowed)
};

// The checklist the reports use (the first template), in its order.
Expected<std::vector<ChecklistMilestone>> loadChecklistTemplate(Store& store);

// Appends a milestone to that checklist; returns its id. Names are unique within a template.
Expected<int64_t> addChecklistMilestone(Store& store, const QString& name, int offsetDays,
                                        bool required = true);
// Renames a milestone. The customers' milestone rows of the old name are renamed with it, so
// their progress is kept (a customer who already has a row of the new name keeps both).
// `rename`, when given, says which customers' rows moved, and with `only` set moves just those:
// undoing a rename moves back exactly the rows it moved, never a row the customer already had
// under the name it is renamed back to.
struct MilestoneRename {
    std::optional<std::vector<int64_t>> only; // in: the customers whose rows may move
    std::vector<int64_t> moved;               // out: the customers whose rows moved
};
Status renameChecklistMilestone(Store& store, int64_t id, const QString& name,
                                MilestoneRename* rename = nullptr);
Status setChecklistMilestoneOffset(Store& store, int64_t id, int offsetDays);
// Removes a milestone from the template; the customers' rows of that name stay as history.
Status removeChecklistMilestone(Store& store, int64_t id);
// Puts back a milestone as it was (same id, so later edits that name it still apply), at its
// position, or appended when the position is 0. Undo of a removal and redo of an addition.
Status restoreChecklistMilestone(Store& store, const ChecklistMilestone& milestone);

} // namespace tenure::store
