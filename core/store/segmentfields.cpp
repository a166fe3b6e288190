#include "segmentfields.h"

#include "metrics/nps.h"
#include "model/localclock.h"
#include "statement.h"
#include "store.h"

#include <algorithm>
#include <memory>
#include <mutex>

namespace tenure::store {

namespace {

SegmentField computed(const char* name, const char* description) {
    return {QString::fromLatin1(name), SegmentFieldKind::Computed, QString::fromLatin1(description)};
}

// The latest NPS answer of each customer: its score and category, in one pass over nps.
ComputedFieldProvider npsProvider() {
    return {{computed("nps", "the score of the customer's latest NPS answer (0-10)"),
             computed("nps_category", "promoter, passive or detractor, from the latest NPS answer")},
            [](Store& store, const QStringList& wanted, int64_t) -> Expected<std::vector<FieldValues>> {
                Statement q(store.handle(),
                            "SELECT customer, score FROM nps ORDER BY customer, responded_at");
                if (!q.valid()) return Expected<std::vector<FieldValues>>::failure(q.error());
                FieldValues score, category;
                const QString names[] = {QStringLiteral("detractor"), QStringLiteral("passive"),
                                         QStringLiteral("promoter")};
                while (q.step() == SQLITE_ROW) {
                    const int s = static_cast<int>(q.int64(1));
                    score[q.int64(0)] = QString::number(s);
                    category[q.int64(0)] = names[static_cast<int>(metrics::npsCategory(s))];
                }
                std::vector<FieldValues> out;
                for (const QString& w : wanted)
                    out.push_back(w.compare(u"nps", Qt::CaseInsensitive) == 0 ? score : category);
                return out;
            }};
}

// Days from the last event, order or interaction to the as-of day; none without any.
ComputedFieldProvider activityProvider() {
    return {
        {computed("days_since_last_activity",
                  "days from the customer's last event, order or interaction to the as-of day")},
        [](Store& store, const QStringList& wanted, int64_t asOfDay) -> Expected<std::vector<FieldValues>> {
            std::unordered_map<int64_t, int64_t> last;
            for (const char* sql :
                 {"SELECT customer, max(occurred_at) FROM events GROUP BY customer",
                  "SELECT customer, max(ordered_at) FROM orders GROUP BY customer",
                  "SELECT customer, max(occurred_at) FROM interactions GROUP BY customer"}) {
                Statement q(store.handle(), sql);
                if (!q.valid()) return Expected<std::vector<FieldValues>>::failure(q.error());
                while (q.step() == SQLITE_ROW) {
                    auto [it, added] = last.emplace(q.int64(0), q.int64(1));
                    if (!added) it->second = std::max(it->second, q.int64(1));
                }
            }
            LocalClock clock(store.timeZone());
            FieldValues days;
            for (const auto& [customer, at] : last)
                days[customer] = QString::number(asOfDay - clock.localDay(at));
            return std::vector<FieldValues>(wanted.size(), days);
        }};
}

// Tickets created by the end of the as-of day and not resolved by then.
ComputedFieldProvider ticketProvider() {
    return {
        {computed("open_tickets", "the customer's tickets open at the end of the as-of day")},
        [](Store& store, const QStringList& wanted, int64_t asOfDay) -> Expected<std::vector<FieldValues>> {
            Statement q(
                store.handle(),
                "SELECT customer, count(*) FROM tickets WHERE customer IS NOT NULL AND created_at < ?1 "
                "AND (resolved_at IS NULL OR resolved_at >= ?1) GROUP BY customer");
            if (!q.valid()) return Expected<std::vector<FieldValues>>::failure(q.error());
            LocalClock clock(store.timeZone());
            q.bind(1, clock.toEpoch(asOfDay + 1, 0));
            FieldValues open;
            while (q.step() == SQLITE_ROW)
                open[q.int64(0)] = QString::number(q.int64(1));
            return std::vector<FieldValues>(wanted.size(), open);
        }};
}

// The built-in providers. Health band and churn risk are added here (or registered) by the
// health model's owners: see segmentfields.h.
std::vector<ComputedFieldProvider> builtinProviders() {
    return {npsProvider(), activityProvider(), ticketProvider()};
}

struct Registry {
    std::mutex mutex;
    // Providers live as long as the program: findProvider() hands out plain pointers.
    std::vector<std::unique_ptr<ComputedFieldProvider>> providers;
    Registry() {
        for (ComputedFieldProvider& p : builtinProviders())
            providers.push_back(std::make_unique<ComputedFieldProvider>(std::move(p)));
    }
};

Registry& registry() {
    static Registry r;
    return r;
}

struct CustomerField {
    const char* name;
    const char* description;
};

const CustomerField customerFields[] = {
    {"customer_id", "the customer's id"},
    {"name", "the customer's name"},
    {"email", "the customer's email address"},
    {"company", "the customer's company"},
    {"segment", "the segment column of the customers file"},
    {"plan", "the customer's plan"},
    {"owner", "the account owner"},
    {"region", "the customer's region"},
    {"tags", "the customer's tags, separated by commas (use contains)"},
    {"mrr", "monthly recurring revenue"},
    {"signup_date", "signup day, YYYY-MM-DD"},
    {"churn_date", "churn day, YYYY-MM-DD (empty while a customer)"},
    {"churned", "yes when the customer churned (the churned flag, else a churn date)"},
    {"churn_reason", "the reason given at churn"},
    {"renewal_date", "renewal day, YYYY-MM-DD"},
    {"tenure_months", "tenure in months, from snapshot data"},
};

} // namespace

void registerComputedFields(ComputedFieldProvider provider) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    // An earlier provider's field of the same name is hidden by dropping it from that provider.
    for (auto& existing : r.providers)
        std::erase_if(existing->fields, [&provider](const SegmentField& old) {
            return std::any_of(provider.fields.begin(), provider.fields.end(), [&old](const SegmentField& f) {
                return f.name.compare(old.name, Qt::CaseInsensitive) == 0;
            });
        });
    r.providers.push_back(std::make_unique<ComputedFieldProvider>(std::move(provider)));
}

std::vector<SegmentField> customerSegmentFields() {
    std::vector<SegmentField> out;
    for (const CustomerField& f : customerFields)
        out.push_back(
            {QString::fromLatin1(f.name), SegmentFieldKind::Customer, QString::fromLatin1(f.description)});
    return out;
}

std::vector<SegmentField> computedSegmentFields() {
    // tenure_days is read with the customers' own columns (one pass over customers).
    std::vector<SegmentField> out{
        computed("tenure_days", "days from signup to churn, or to the as-of day while a customer")};
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    for (const auto& p : r.providers)
        out.insert(out.end(), p->fields.begin(), p->fields.end());
    return out;
}

const ComputedFieldProvider* findProvider(const QString& field) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    for (const auto& p : r.providers)
        for (const SegmentField& f : p->fields)
            if (f.name.compare(field, Qt::CaseInsensitive) == 0) return p.get();
    return nullptr;
}

QString customerFieldName(const QString& name) {
    for (const CustomerField& f : customerFields)
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) return QString::fromLatin1(f.name);
    if (name.compare(u"tenure_days", Qt::CaseInsensitive) == 0) return QStringLiteral("tenure_days");
    return {};
}

} // namespace tenure::store
