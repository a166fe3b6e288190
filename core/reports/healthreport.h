#pragma once

#include "metrics/health.h"
#include "metrics/healthbacktest.h"
#include "model/expected.h"
#include "store/metricinputs.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::store {
class Store;
}

namespace tenure::reports {

// The health settings of a store (storesettings.cpp lists them):
//   health_weight_usage_trend, _recency, _onboarding, _support, _nps, _revenue_trend: numbers
//     ≥ 0 (defaults 25, 15, 15, 15, 15, 15; only their ratios matter);
//   health_weights:SEGMENT: a JSON object {"usage_trend": 40, …} whose components replace the
//     weights above for that segment's customers;
//   health_sticky_features: the key features, comma-separated (default: none, and so no
//     key_features_unused signal);
//   health_many_features: distinct features in 30 days that make a healthy account an
//     expansion candidate (default 4).
Expected<metrics::HealthSettings> healthSettings(store::Store& store);
// Reads a `health_weights:SEGMENT` value over `base`; a failure names what is wrong.
Expected<metrics::HealthWeights> parseHealthWeights(const QString& json, const metrics::HealthWeights& base);
bool isHealthSettingKey(const QString& key);
Status validateHealthSetting(const QString& key, const QString& value);

struct HealthOptions {
    std::optional<int64_t> asOfDay; // default: the last day with data in the store
    store::CustomerFilter filter;
    bool includeChurned = false;
    // Train the churn-risk model (riskreport.h) and give each active account its probability;
    // off for history and back-tests, where only the score matters.
    bool churnProbability = true;
};

struct HealthRow {
    QString customerKey;
    int64_t customer = 0; // row id
    metrics::AccountHealth health;
    // The churn-risk model's probability for an active account; nullopt when the store has no
    // history to learn from (no churned and retained customers) or the option is off.
    std::optional<double> churnProbability;
    // The latest score recorded before the as-of day (health_history) and its day.
    std::optional<double> previousScore;
    int64_t previousDay = metrics::noDay;
};

struct HealthReport {
    int64_t asOfDay = metrics::noDay; // noDay: an empty store
    std::vector<HealthRow> rows;      // in customer row order
};

Expected<HealthReport> computeHealth(store::Store& store, const HealthOptions& options);

// Makes the health band (healthy, neutral, at_risk), the score and the churn-risk probability
// (0–100) segment fields: `health_band`, `health_score`, `churn_risk`. Called once at start-up
// by the programs (the store layer cannot see the reports).
void registerHealthSegmentFields();

// Records the report's scores as of its day in health_history (rows without a score are
// skipped); returns how many were written.
Expected<int64_t> recordHealth(store::Store& store, const HealthReport& report);
// The window's automatic history: records the report's scores unless that day's snapshot was
// already written whole (one snapshot per data day, so the at-risk card and playbooks see earlier bands
// without anyone running `report health --snapshot-history`). Written in slices of
// `sliceRows` rows, each its own transaction, so that a million rows never hold the store's
// write lock for long against the user's edits. Returns how many were written (0: already there).
Expected<int64_t> recordHealthOnce(store::Store& store, const HealthReport& report, size_t sliceRows = 20000);

// The back-test over the store's month-ends (metrics::backtestDays up to the last data day).
Expected<metrics::HealthBacktest> computeHealthBacktest(store::Store& store, const HealthOptions& options);

} // namespace tenure::reports
