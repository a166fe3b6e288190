#include "storesettings.h"

#include "healthreport.h"
#include "playbookrun.h"

#include "store/store.h"

#include <QTimeZone>

#include <algorithm>

namespace tenure::reports {

namespace {

const char* const businessHoursKey = "business_hours";

bool isNumberKey(const QString& key) {
    return key == QLatin1String("cost_per_ticket") || key == QLatin1String("fixed_monthly_cost") ||
           key == QLatin1String("gross_margin_pct") || key.startsWith(QLatin1String("loyalty_"));
}

} // namespace

const std::vector<SettingKey>& settingKeys() {
    static const std::vector<SettingKey> keys{
        {"time_zone", "the store's time zone, an IANA id such as Europe/Berlin (default: the machine's)"},
        {businessHoursKey,
         "the support team's schedule as JSON: {\"time_zone\": \"Europe/Berlin\", \"days\": [1,2,3,4,5], "
         "\"open\": \"09:00\", \"close\": \"17:00\", \"holidays\": [\"2024-12-25\"]}"},
        {"cost_per_ticket", "cost of one support ticket, for cost to serve (default 20)"},
        {"fixed_monthly_cost", "fixed cost per customer and month, for cost to serve (default 5)"},
        {"gross_margin_pct", "gross margin in percent, for CLV (default 100)"},
        {"loyalty_points_per_unit", "loyalty points per currency unit of an order (default 1)"},
        {"loyalty_bonus_referral", "loyalty points for a referral (default 250)"},
        {"loyalty_bonus_review", "loyalty points for a review (default 100)"},
        {"loyalty_bonus_social", "loyalty points for a social follow (default 50)"},
        {"loyalty_tier_silver", "points over 12 months for the silver tier (default 500)"},
        {"loyalty_tier_gold", "points over 12 months for the gold tier (default 2000)"},
        {"health_weight_usage_trend", "health score weight of the usage trend (default 25)"},
        {"health_weight_recency", "health score weight of the recency of last activity (default 15)"},
        {"health_weight_onboarding", "health score weight of onboarding completion (default 15)"},
        {"health_weight_support", "health score weight of the support experience (default 15)"},
        {"health_weight_nps", "health score weight of the latest NPS answer (default 15)"},
        {"health_weight_revenue_trend", "health score weight of the revenue trend (default 15)"},
        {"health_weights:SEGMENT",
         "health weights of one segment's customers as JSON, e.g. {\"usage_trend\": 40, \"nps\": 10}; "
         "components left out keep the store's weights"},
        {"health_sticky_features",
         "key features, comma-separated: an account that never used one is flagged (default: none)"},
        {"health_many_features",
         "distinct features in 30 days that make a healthy account an expansion candidate (default 4)"},
        {playbooksSettingKey, "the playbooks as JSON, a list of {\"name\", \"trigger\" (health_band, "
                              "milestone_overdue, detractor, "
                              "ticket_open, renewal), \"params\": {\"days\", \"max_score\", \"band\"}, "
                              "\"title\" ({customer}, {detail}), "
                              "\"due_in_days\", \"enabled\"} (default: one playbook per trigger, see "
                              "`tenure-cli playbooks list`)"},
    };
    return keys;
}

Status validateSetting(store::Store& store, const QString& key, const QString& value) {
    if (key == QLatin1String("time_zone")) {
        if (!QTimeZone(value.toUtf8()).isValid())
            return Status::failure(
                QStringLiteral("\"%1\" is not a time zone (use an IANA id such as Europe/Berlin)")
                    .arg(value));
        return {};
    }
    if (isHealthSettingKey(key)) return validateHealthSetting(key, value);
    if (key == QLatin1String(businessHoursKey)) {
        const auto schedule = parseBusinessSchedule(value, store.timeZone().id());
        return schedule ? Status() : Status::failure(schedule.error());
    }
    if (key == QLatin1String(playbooksSettingKey)) {
        const auto playbooks = parsePlaybooks(value);
        return playbooks ? Status() : Status::failure(playbooks.error());
    }
    if (isNumberKey(key) && !std::any_of(settingKeys().begin(), settingKeys().end(),
                                         [&key](const SettingKey& k) { return key == QLatin1String(k.key); }))
        return Status::failure(QStringLiteral("unknown setting \"%1\"").arg(key));
    if (isNumberKey(key)) {
        bool ok = false;
        value.toDouble(&ok);
        return ok ? Status()
                  : Status::failure(QStringLiteral("%1 takes a number, not \"%2\"").arg(key, value));
    }
    QStringList known;
    for (const SettingKey& k : settingKeys())
        known << QLatin1String(k.key);
    return Status::failure(
        QStringLiteral("unknown setting \"%1\" (known: %2)").arg(key, known.join(QStringLiteral(", "))));
}

Expected<std::optional<BusinessSchedule>> businessScheduleFromSettings(store::Store& store) {
    using Result = Expected<std::optional<BusinessSchedule>>;
    const QString json = store.setting(QLatin1String(businessHoursKey));
    if (json.trimmed().isEmpty()) return Result(std::nullopt);
    auto schedule = parseBusinessSchedule(json, store.timeZone().id());
    if (!schedule)
        return Result::failure(schedule.error() +
                               QStringLiteral(" (in the business_hours setting; change it with "
                                              "`tenure-cli settings set business_hours JSON`)"));
    return Result(std::move(schedule.value()));
}

} // namespace tenure::reports
