#include "healthreport.h"

#include "riskreport.h"

#include <mutex>
#include <unordered_map>

#include "store/healthinputs.h"
#include "store/segmentfields.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tenure::reports {

namespace {

const QLatin1String weightPrefix("health_weight_");
const QLatin1String segmentWeightsPrefix("health_weights:");
const QLatin1String stickyKey("health_sticky_features");
const QLatin1String manyFeaturesKey("health_many_features");

Expected<double> weightValue(const QString& key, const QString& text) {
    bool ok = false;
    const double w = text.toDouble(&ok);
    if (!ok || w < 0)
        return Expected<double>::failure(QStringLiteral("%1 takes a number ≥ 0, not \"%2\"").arg(key, text));
    return w;
}

} // namespace

bool isHealthSettingKey(const QString& key) {
    if (key.startsWith(segmentWeightsPrefix)) return key.size() > segmentWeightsPrefix.size();
    if (key == stickyKey || key == manyFeaturesKey) return true;
    return key.startsWith(weightPrefix) && metrics::healthComponentFromName(key.mid(weightPrefix.size()));
}

Expected<metrics::HealthWeights> parseHealthWeights(const QString& json, const metrics::HealthWeights& base) {
    using Result = Expected<metrics::HealthWeights>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return Result::failure(
            QStringLiteral("health weights take a JSON object such as {\"usage_trend\": 40, "
                           "\"nps\": 10}"));
    metrics::HealthWeights weights = base;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto component = metrics::healthComponentFromName(it.key());
        if (!component)
            return Result::failure(QStringLiteral("\"%1\" is not a health component (usage_trend, recency, "
                                                  "onboarding, support, nps, revenue_trend)")
                                       .arg(it.key()));
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            return Result::failure(QStringLiteral("the weight of %1 must be a number ≥ 0").arg(it.key()));
        weights[static_cast<size_t>(*component)] = it.value().toDouble();
    }
    return weights;
}

Status validateHealthSetting(const QString& key, const QString& value) {
    if (key.startsWith(segmentWeightsPrefix)) {
        const auto w = parseHealthWeights(value, metrics::defaultHealthWeights());
        return w ? Status() : Status::failure(w.error());
    }
    if (key == stickyKey) return {};
    if (key == manyFeaturesKey) {
        bool ok = false;
        const int n = value.toInt(&ok);
        return ok && n > 0 ? Status()
                           : Status::failure(
                                 QStringLiteral("%1 takes a whole number ≥ 1, not \"%2\"").arg(key, value));
    }
    const auto w = weightValue(key, value);
    return w ? Status() : Status::failure(w.error());
}

Expected<metrics::HealthSettings> healthSettings(store::Store& store) {
    using Result = Expected<metrics::HealthSettings>;
    metrics::HealthSettings settings;
    for (const auto& [key, value] : store.settings()) {
        if (!isHealthSettingKey(key)) continue;
        if (Status s = validateHealthSetting(key, value); !s)
            return Result::failure(s.error() + QStringLiteral(" (in the %1 setting)").arg(key));
        if (key.startsWith(weightPrefix)) {
            const auto component = metrics::healthComponentFromName(key.mid(weightPrefix.size()));
            settings.weights[static_cast<size_t>(*component)] = value.toDouble();
        } else if (key == stickyKey) {
            for (const QString& name : value.split(u',', Qt::SkipEmptyParts))
                if (!name.trimmed().isEmpty()) settings.stickyFeatures.push_back(name.trimmed());
        } else if (key == manyFeaturesKey) {
            settings.manyFeatures = value.toInt();
        }
    }
    // Segment weights override the store-wide ones, which are complete only now.
    for (const auto& [key, value] : store.settings())
        if (key.startsWith(segmentWeightsPrefix))
            settings.segmentWeights[key.mid(segmentWeightsPrefix.size())] =
                parseHealthWeights(value, settings.weights).value();
    return settings;
}

Expected<HealthReport> computeHealth(store::Store& store, const HealthOptions& options) {
    using Result = Expected<HealthReport>;
    const auto settings = healthSettings(store);
    if (!settings) return Result::failure(settings.error());
    auto data = store::loadHealthData(store, options.filter);
    if (!data) return Result::failure(data.error());
    const metrics::HealthInputs& in = data->inputs;
    HealthReport report;
    report.asOfDay = options.asOfDay ? *options.asOfDay : metrics::lastDataDay(in);
    if (report.asOfDay == metrics::noDay) return report;
    auto assessed = metrics::assessHealth(in, settings.value(), report.asOfDay, options.includeChurned);
    // The model is trained on the store's own history; a store with nothing to learn from (no
    // churned customers yet) has no probabilities rather than made-up ones.
    std::unordered_map<int64_t, double> probability;
    if (options.churnProbability) {
        RiskReportOptions risk;
        risk.filter = options.filter;
        if (auto model = computeRiskReport(store, risk))
            for (const RiskRow& r : model->rows)
                probability.emplace(r.customer, r.probability);
    }
    report.rows.reserve(assessed.size());
    for (metrics::AccountHealth& h : assessed) {
        HealthRow row;
        row.customer = in.accounts[h.account].customer;
        row.customerKey = data->customerKeys[h.account];
        row.health = std::move(h);
        if (const auto p = probability.find(row.customer); p != probability.end())
            row.churnProbability = p->second;
        report.rows.push_back(std::move(row));
    }
    const auto previous = store::loadLatestHealthBefore(store, report.asOfDay);
    if (!previous) return Result::failure(previous.error());
    // Both in customer row order: one merge.
    auto p = previous->begin();
    for (HealthRow& row : report.rows) {
        while (p != previous->end() && p->customer < row.customer)
            ++p;
        if (p != previous->end() && p->customer == row.customer) {
            row.previousScore = p->score;
            row.previousDay = p->day;
        }
    }
    return report;
}

Expected<int64_t> recordHealth(store::Store& store, const HealthReport& report) {
    std::vector<store::HealthHistoryEntry> entries;
    for (const HealthRow& row : report.rows)
        if (row.health.health.score)
            entries.push_back({row.customer, report.asOfDay, *row.health.health.score,
                               QLatin1String(metrics::healthBandName(*row.health.health.band))});
    if (Status s = store::saveHealthHistory(store, entries); !s) return Expected<int64_t>::failure(s.error());
    return static_cast<int64_t>(entries.size());
}

namespace {
// The last data day whose health snapshot was written whole (see recordHealthOnce).
const QLatin1String recordedDayKey("health_history_recorded_day");
} // namespace

Expected<int64_t> recordHealthOnce(store::Store& store, const HealthReport& report, size_t sliceRows) {
    using Result = Expected<int64_t>;
    if (report.asOfDay == metrics::noDay) return int64_t{0};
    // A marker written after the last slice, not "any row on that day": a pass cut off half-way
    // (a lock held too long, the program quitting) leaves no marker, so the next pass writes the
    // day again, whole (the rows are upserts).
    const QString day = QString::number(report.asOfDay);
    if (store.setting(recordedDayKey) == day) return int64_t{0};
    std::vector<store::HealthHistoryEntry> slice;
    slice.reserve(std::max<size_t>(1, sliceRows));
    int64_t written = 0;
    const auto flush = [&]() -> Status {
        if (Status s = store::saveHealthHistory(store, slice); !s) return s;
        written += static_cast<int64_t>(slice.size());
        slice.clear();
        return {};
    };
    for (const HealthRow& row : report.rows) {
        // Churned accounts (a report with includeChurned) are not part of the history.
        if (!row.health.health.score || row.health.stage == metrics::JourneyStage::Churned) continue;
        slice.push_back({row.customer, report.asOfDay, *row.health.health.score,
                         QLatin1String(metrics::healthBandName(*row.health.health.band))});
        if (slice.size() >= std::max<size_t>(1, sliceRows))
            if (Status s = flush(); !s) return Result::failure(s.error());
    }
    if (!slice.empty())
        if (Status s = flush(); !s) return Result::failure(s.error());
    if (Status s = store.setSetting(recordedDayKey, day); !s) return Result::failure(s.error());
    return written;
}

Expected<metrics::HealthBacktest> computeHealthBacktest(store::Store& store, const HealthOptions& options) {
    using Result = Expected<metrics::HealthBacktest>;
    const auto settings = healthSettings(store);
    if (!settings) return Result::failure(settings.error());
    auto data = store::loadHealthData(store, options.filter);
    if (!data) return Result::failure(data.error());
    const metrics::HealthInputs& in = data->inputs;
    int64_t first = metrics::noDay;
    for (const metrics::HealthAccount& a : in.accounts)
        if (a.signup != metrics::noDay)
            first = first == metrics::noDay ? a.signup : std::min(first, a.signup);
    const int64_t last = options.asOfDay ? *options.asOfDay : metrics::lastDataDay(in);
    return metrics::backtestHealth(in, settings.value(), metrics::backtestDays(first, last));
}

void registerHealthSegmentFields() {
    static std::once_flag once;
    std::call_once(once, [] {
        auto field = [](const char* name, const char* description) {
            return store::SegmentField{QString::fromLatin1(name), store::SegmentFieldKind::Computed,
                                       QString::fromLatin1(description)};
        };
        store::registerComputedFields(
            {{field("health_band", "healthy, neutral or at_risk, from the health score on the as-of day"),
              field("health_score", "the health score (0-100) on the as-of day"),
              field("churn_risk", "the churn-risk model's probability in percent (0-100)")},
             [](store::Store& store, const QStringList& wanted,
                int64_t asOfDay) -> Expected<std::vector<store::FieldValues>> {
                 HealthOptions options;
                 options.asOfDay = asOfDay;
                 options.churnProbability =
                     wanted.contains(QStringLiteral("churn_risk"), Qt::CaseInsensitive);
                 const auto report = computeHealth(store, options);
                 if (!report) return Expected<std::vector<store::FieldValues>>::failure(report.error());
                 store::FieldValues band, score, risk;
                 for (const HealthRow& row : report->rows) {
                     if (row.health.health.band)
                         band[row.customer] =
                             QString::fromLatin1(metrics::healthBandName(*row.health.health.band));
                     if (row.health.health.score)
                         score[row.customer] = QString::number(*row.health.health.score, 'f', 1);
                     if (row.churnProbability)
                         risk[row.customer] = QString::number(*row.churnProbability * 100, 'f', 1);
                 }
                 std::vector<store::FieldValues> out;
                 for (const QString& w : wanted)
                     out.push_back(w.compare(u"health_band", Qt::CaseInsensitive) == 0    ? band
                                   : w.compare(u"health_score", Qt::CaseInsensitive) == 0 ? score
                                                                                          : risk);
                 return out;
             }});
    });
}

} // namespace tenure::reports
