#include "playbookrun.h"

#include "healthreport.h"

#include "model/dates.h"
#include "store/metricinputs.h"
#include "store/playbookinputs.h"
#include "store/store.h"
#include "store/taskrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <set>
#include <unordered_map>

namespace tenure::reports {

namespace {

const char* const answersSeenKey = "playbooks_answers_seen";

using Playbooks = Expected<std::vector<metrics::Playbook>>;

bool isBand(const QString& band) {
    return band == QLatin1String("healthy") || band == QLatin1String("neutral") ||
           band == QLatin1String("at_risk");
}

std::optional<int64_t> parseDay(const QString& text) {
    const QStringList parts = text.split(u'-');
    if (parts.size() != 3) return std::nullopt;
    bool y = false, m = false, d = false;
    const int year = parts[0].toInt(&y), month = parts[1].toInt(&m), day = parts[2].toInt(&d);
    if (!y || !m || !d || !isValidDate(year, month, day)) return std::nullopt;
    return daysFromCivil(year, month, day);
}

} // namespace

Playbooks parsePlaybooks(const QString& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Playbooks::failure(QStringLiteral("playbooks must be a JSON list of playbooks (%1)")
                                      .arg(error.error != QJsonParseError::NoError
                                               ? error.errorString()
                                               : QStringLiteral("not a list")));
    std::vector<metrics::Playbook> out;
    std::set<QString> names;
    for (const QJsonValue& value : doc.array()) {
        const QJsonObject o = value.toObject();
        metrics::Playbook p;
        p.name = o.value(QLatin1String("name")).toString().trimmed();
        if (p.name.isEmpty()) return Playbooks::failure(QStringLiteral("a playbook needs a \"name\""));
        if (!names.insert(p.name).second)
            return Playbooks::failure(QStringLiteral("two playbooks are named \"%1\"").arg(p.name));
        const QString trigger = o.value(QLatin1String("trigger")).toString();
        const auto parsed = metrics::triggerFromName(trigger);
        if (!parsed)
            return Playbooks::failure(
                QStringLiteral("playbook \"%1\": unknown trigger \"%2\" (use health_band, "
                               "milestone_overdue, detractor, ticket_open or renewal)")
                    .arg(p.name, trigger));
        p.trigger = *parsed;
        const QJsonObject params = o.value(QLatin1String("params")).toObject();
        const int defaultDays = p.trigger == metrics::PlaybookTrigger::RenewalDue ? 90
                                : p.trigger == metrics::PlaybookTrigger::TicketOpen ||
                                        p.trigger == metrics::PlaybookTrigger::DetractorAnswer
                                    ? 7
                                    : 0;
        p.days = params.value(QLatin1String("days")).toInt(defaultDays);
        p.maxScore = params.value(QLatin1String("max_score")).toInt(6);
        p.band = params.value(QLatin1String("band")).toString(QStringLiteral("at_risk"));
        if (p.days < 0)
            return Playbooks::failure(QStringLiteral("playbook \"%1\": days must be ≥ 0").arg(p.name));
        if (p.maxScore < 0 || p.maxScore > 10)
            return Playbooks::failure(QStringLiteral("playbook \"%1\": max_score must be 0–10").arg(p.name));
        if (p.trigger == metrics::PlaybookTrigger::HealthBand && !isBand(p.band))
            return Playbooks::failure(
                QStringLiteral("playbook \"%1\": band must be healthy, neutral or at_risk").arg(p.name));
        p.titleTemplate = o.value(QLatin1String("title")).toString();
        p.dueInDays = o.value(QLatin1String("due_in_days")).toInt(3);
        if (p.dueInDays < 0)
            return Playbooks::failure(QStringLiteral("playbook \"%1\": due_in_days must be ≥ 0").arg(p.name));
        p.enabled = o.value(QLatin1String("enabled")).toBool(true);
        out.push_back(std::move(p));
    }
    return out;
}

QJsonArray playbooksToJson(const std::vector<metrics::Playbook>& playbooks) {
    QJsonArray out;
    for (const metrics::Playbook& p : playbooks) {
        QJsonObject params;
        switch (p.trigger) {
        case metrics::PlaybookTrigger::HealthBand:
            params.insert(QStringLiteral("band"), p.band);
            break;
        case metrics::PlaybookTrigger::MilestoneOverdue:
            break;
        case metrics::PlaybookTrigger::DetractorAnswer:
            params.insert(QStringLiteral("days"), p.days);
            params.insert(QStringLiteral("max_score"), p.maxScore);
            break;
        case metrics::PlaybookTrigger::TicketOpen:
        case metrics::PlaybookTrigger::RenewalDue:
            params.insert(QStringLiteral("days"), p.days);
            break;
        }
        out.append(QJsonObject{{QStringLiteral("name"), p.name},
                               {QStringLiteral("trigger"), metrics::triggerName(p.trigger)},
                               {QStringLiteral("params"), params},
                               {QStringLiteral("title"), p.titleTemplate},
                               {QStringLiteral("due_in_days"), p.dueInDays},
                               {QStringLiteral("enabled"), p.enabled}});
    }
    return out;
}

Playbooks playbooksFromSettings(store::Store& store) {
    const QString json = store.setting(QLatin1String(playbooksSettingKey));
    if (json.trimmed().isEmpty()) return metrics::defaultPlaybooks();
    auto parsed = parsePlaybooks(json);
    if (!parsed)
        return Playbooks::failure(parsed.error() +
                                  QStringLiteral(" (in the playbooks setting; change it with "
                                                 "`tenure-cli settings set playbooks JSON`)"));
    return parsed;
}

// Each active customer's band as scored on `today`, entered on the first day of the run of
// that band in its recorded history (health_history) that reaches today, else today.
Expected<std::map<int64_t, metrics::HealthBandState>> loadHealthBands(store::Store& store, int64_t today) {
    using Result = Expected<std::map<int64_t, metrics::HealthBandState>>;
    HealthOptions options;
    options.asOfDay = today;
    options.churnProbability = false;
    const auto report = computeHealth(store, options);
    if (!report) return Result::failure(report.error());
    std::map<int64_t, metrics::HealthBandState> bands;
    for (const HealthRow& row : report->rows) {
        if (!row.health.health.band) continue;
        const QString band = QString::fromLatin1(metrics::healthBandName(*row.health.health.band));
        int64_t since = today;
        // The previous recorded score in the same band moves the start back (one look-up; a
        // full run back through history would need every row).
        if (row.previousDay != metrics::noDay && row.previousScore &&
            QString::fromLatin1(metrics::healthBandName(metrics::healthBand(*row.previousScore))) == band)
            since = row.previousDay;
        bands.emplace(row.customer, metrics::HealthBandState{band, since});
    }
    return bands;
}

Expected<PlaybookRunResult> runPlaybooks(store::Store& store, const PlaybookRunOptions& options) {
    using Result = Expected<PlaybookRunResult>;
    const auto playbooks = playbooksFromSettings(store);
    if (!playbooks) return Result::failure(playbooks.error());
    const auto accounts = store::loadPlaybookAccounts(store, options.today);
    if (!accounts) return Result::failure(accounts.error());

    metrics::PlaybookInputs in;
    in.today = options.today;
    std::unordered_map<int64_t, const store::PlaybookAccount*> byId;
    for (const store::PlaybookAccount& a : accounts.value()) {
        byId.emplace(a.id, &a);
        if (!a.active) continue;
        in.activeCustomers.push_back(a.id);
        if (a.renewalDay != metrics::noDay) in.renewals.push_back({a.id, a.renewalDay});
    }
    const auto seen = parseDay(store.setting(QLatin1String(answersSeenKey)));
    in.answersSeenThrough = seen;

    // Inputs are loaded only for the triggers some enabled playbook uses.
    std::set<metrics::PlaybookTrigger> used;
    for (const metrics::Playbook& p : playbooks.value())
        if (p.enabled) used.insert(p.trigger);
    auto answers = store::loadNpsAnswers(store);
    if (!answers) return Result::failure(answers.error());
    in.npsAnswers = std::move(answers.value());
    if (used.count(metrics::PlaybookTrigger::MilestoneOverdue)) {
        const auto customers = store::loadOnboardingCustomers(store);
        const auto milestones = store::loadMilestones(store);
        const auto checklist = store::loadChecklist(store);
        if (!customers) return Result::failure(customers.error());
        if (!milestones) return Result::failure(milestones.error());
        if (!checklist) return Result::failure(checklist.error());
        in.overdueMilestones = metrics::overdueMilestones(customers.value(), milestones.value(),
                                                          checklist.value(), options.today);
    }
    if (used.count(metrics::PlaybookTrigger::TicketOpen)) {
        auto tickets = store::loadOpenTickets(store);
        if (!tickets) return Result::failure(tickets.error());
        in.openTickets = std::move(tickets.value());
    }
    if (used.count(metrics::PlaybookTrigger::HealthBand)) {
        auto bands = loadHealthBands(store, options.today);
        if (!bands) return Result::failure(bands.error());
        in.healthBands = std::move(bands.value());
    }

    PlaybookRunResult result;
    std::vector<store::NewPlaybookTask> tasks;
    for (const metrics::Playbook& p : playbooks.value()) {
        if (!p.enabled) continue;
        const auto hits = metrics::evaluatePlaybook(p, in);
        result.firingPerPlaybook[p.name] = static_cast<int64_t>(hits.size());
        for (const metrics::PlaybookHit& hit : hits) {
            const auto account = byId.find(hit.customer);
            if (account == byId.end()) continue;
            tasks.push_back({hit.customer, p.name, hit.occurrence,
                             metrics::taskTitle(p, hit, account->second->key), account->second->owner,
                             options.today + p.dueInDays});
        }
    }
    const auto created = store::createPlaybookTasks(store, tasks, options.now);
    if (!created) return Result::failure(created.error());
    for (size_t i = 0; i < tasks.size(); ++i)
        if (created.value()[i] != 0) {
            ++result.created;
            ++result.createdPerPlaybook[tasks[i].playbook];
        }
    int64_t latest = metrics::noDay;
    for (const metrics::NpsAnswer& a : in.npsAnswers)
        latest = std::max(latest, a.day);
    if (latest != metrics::noDay) {
        if (Status s = store.setSetting(QLatin1String(answersSeenKey), formatDate(latest)); !s)
            return Result::failure(s.error());
    }
    return result;
}

} // namespace tenure::reports
