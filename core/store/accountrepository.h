#pragma once

#include "model/expected.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace tenure::store {

class Store;

// Everything the Account detail view shows about one customer, read in one go. Instants are
// epoch seconds; days are local days of the store's time zone; noValue marks "none".
struct AccountDetail {
    static constexpr int64_t noValue = std::numeric_limits<int64_t>::min();

    struct TimelineItem {
        int64_t at = 0; // epoch seconds
        QString
            kind; // signup, churn, order, event, ticket, nps, feedback, interaction, milestone, points, note
        QString text;
    };
    struct Milestone {
        QString name;
        int64_t dueDay = noValue;
        int64_t completedAt = noValue; // epoch seconds
    };
    struct Ticket {
        QString key;
        int64_t createdAt = 0;
        int64_t firstResponseAt = noValue;
        int64_t resolvedAt = noValue;
        QString channel, priority, agent;
    };
    struct NpsAnswer {
        int64_t at = 0;
        int score = 0;
        QString comment;
    };
    struct Interaction {
        int64_t at = 0;
        QString kind, note, owner;
    };
    struct Note {
        int64_t id = 0;
        int64_t createdAt = 0;
        QString text;
    };
    struct Task {
        int64_t id = 0;
        QString title, owner, status;
        int64_t dueDay = noValue;
        int64_t doneAt = noValue; // epoch seconds
    };

    QByteArray timeZone; // the store's, for showing instants in local time
    int64_t id = 0;
    QString key, name, email, company, segment, plan, owner, region, tags, churnReason;
    int64_t signupDay = noValue, churnDay = noValue, renewalDay = noValue;
    std::optional<double> mrr;
    int64_t loyaltyPoints = 0;
    std::vector<std::pair<QString, QString>> attributes; // custom columns, by name
    std::vector<TimelineItem> timeline;                  // newest first, at most timelineLimit
    std::vector<Milestone> checklist;                    // in due order
    std::vector<Ticket> tickets;                         // newest first
    std::vector<NpsAnswer> nps;                          // newest first
    std::vector<Interaction> interactions;               // newest first
    std::vector<Note> notes;                             // newest first
    std::vector<Task> tasks;                             // open first, then by due day
};

// A customer's detail by their customer_id; fails with a message when there is none. Usage
// events can run to thousands per account: the timeline keeps the newest `timelineLimit` items.
Expected<AccountDetail> loadAccount(Store& store, const QString& customerKey, int timelineLimit = 500);

// Edits from the Account detail view (each one statement, undone by its inverse).
Status setMilestoneCompleted(Store& store, int64_t customer, const QString& milestone,
                             std::optional<int64_t> completedAt);
Status setMilestoneDue(Store& store, int64_t customer, const QString& milestone,
                       std::optional<int64_t> dueDay);
// A new note; the id is returned so the note can be removed again (undo).
Expected<int64_t> addNote(Store& store, int64_t customer, int64_t createdAt, const QString& text);
Status restoreNote(Store& store, int64_t customer, int64_t id, int64_t createdAt, const QString& text);
Status removeNote(Store& store, int64_t id);
Status setOwner(Store& store, int64_t customer, const QString& owner);
Status setTaskStatus(Store& store, int64_t task, const QString& status, std::optional<int64_t> doneAt);

} // namespace tenure::store
