#include "riskreport.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace tenure::reports {

namespace {

using metrics::missingNumber;
using metrics::noDay;
using metrics::RiskColumn;

constexpr double daysPerMonth = 30.4375;

RiskColumn numericColumn(const char* name, size_t rows) {
    RiskColumn c;
    c.name = name;
    c.numbers.assign(rows, missingNumber);
    return c;
}

RiskColumn categoricalColumn(const char* name, size_t rows) {
    RiskColumn c;
    c.name = name;
    c.categorical = true;
    c.labels.assign(rows, {});
    return c;
}

// Activity summaries as columns: a count (0 when none) and the days from the last one to the
// customer's reference day (missing when none).
void addActivity(const std::vector<store::ActivitySummary>& rows, const QHash<int64_t, size_t>& index,
                 const std::vector<int64_t>& reference, RiskColumn* count, RiskColumn* recency,
                 RiskColumn* open) {
    std::fill(count->numbers.begin(), count->numbers.end(), 0.0);
    if (open) std::fill(open->numbers.begin(), open->numbers.end(), 0.0);
    for (const store::ActivitySummary& a : rows) {
        const auto at = index.constFind(a.customer);
        if (at == index.constEnd()) continue;
        count->numbers[*at] = static_cast<double>(a.count);
        if (open) open->numbers[*at] = static_cast<double>(a.open);
        if (recency && a.lastDay != noDay && reference[*at] != noDay)
            recency->numbers[*at] = static_cast<double>(std::max<int64_t>(0, reference[*at] - a.lastDay));
    }
}

// One attribute's values as a column: numeric when ≥ 95 % of the non-empty values are numbers.
RiskColumn attributeColumn(const QString& name, const std::vector<std::pair<size_t, QString>>& values,
                           size_t rows) {
    size_t nonEmpty = 0, numbers = 0;
    for (const auto& [row, value] : values) {
        if (value.isEmpty()) continue;
        ++nonEmpty;
        bool ok = false;
        (void)value.toDouble(&ok);
        numbers += ok ? 1 : 0;
    }
    const bool numeric = nonEmpty > 0 && static_cast<double>(numbers) >= 0.95 * static_cast<double>(nonEmpty);
    RiskColumn c = numeric ? numericColumn("", rows) : categoricalColumn("", rows);
    c.name = name.toStdString();
    for (const auto& [row, value] : values) {
        if (value.isEmpty()) continue;
        if (numeric) {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (ok && std::isfinite(v)) c.numbers[row] = v;
        } else {
            c.labels[row] = value.toStdString();
        }
    }
    return c;
}

QString valueText(const RiskColumn& c, size_t row) {
    if (c.categorical)
        return c.labels[row].empty() ? QStringLiteral("missing") : QString::fromStdString(c.labels[row]);
    return std::isnan(c.numbers[row]) ? QStringLiteral("missing") : QString::number(c.numbers[row], 'g', 6);
}

} // namespace

RiskDataset buildRiskDataset(const RiskInputs& in, int64_t retainedAfterDays) {
    const size_t n = in.customers.size();
    RiskDataset d;
    d.table.rows = n;
    d.labels.assign(n, -1);
    d.active.assign(n, false);
    QHash<int64_t, size_t> index;
    index.reserve(static_cast<qsizetype>(n));
    bool hasFlags = false;
    int64_t asOf = noDay;
    for (size_t i = 0; i < n; ++i) {
        const store::RiskCustomer& c = in.customers[i];
        index.insert(c.id, i);
        hasFlags = hasFlags || c.churned >= 0;
        asOf = std::max({asOf, c.signupDay, c.churnDay});
    }
    for (const auto* rows : {&in.tickets, &in.orders, &in.events})
        for (const store::ActivitySummary& a : *rows)
            asOf = std::max(asOf, a.lastDay);
    std::vector<int64_t> reference(n, noDay);
    RiskColumn tenure = numericColumn("tenure_months", n), mrr = numericColumn("mrr", n);
    RiskColumn segment = categoricalColumn("segment", n), plan = categoricalColumn("plan", n),
               owner = categoricalColumn("owner", n), region = categoricalColumn("region", n);
    for (size_t i = 0; i < n; ++i) {
        const store::RiskCustomer& c = in.customers[i];
        if (c.churned >= 0)
            d.labels[i] = c.churned;
        else if (c.churnDay != noDay)
            d.labels[i] = 1;
        else if (!hasFlags && c.signupDay != noDay && asOf != noDay &&
                 asOf - c.signupDay >= retainedAfterDays)
            d.labels[i] = 0;
        d.active[i] = c.churnDay == noDay && c.churned != 1;
        reference[i] = c.churnDay != noDay ? c.churnDay : asOf;
        if (c.tenureMonths >= 0)
            tenure.numbers[i] = static_cast<double>(c.tenureMonths);
        else if (c.signupDay != noDay && reference[i] != noDay)
            tenure.numbers[i] =
                static_cast<double>(std::max<int64_t>(0, reference[i] - c.signupDay)) / daysPerMonth;
        if (c.hasMrr) mrr.numbers[i] = c.mrr;
        segment.labels[i] = c.segment.toStdString();
        plan.labels[i] = c.plan.toStdString();
        owner.labels[i] = c.owner.toStdString();
        region.labels[i] = c.region.toStdString();
    }
    RiskColumn tickets = numericColumn("tickets", n), open = numericColumn("open_tickets", n);
    RiskColumn orders = numericColumn("orders", n), sinceOrder = numericColumn("days_since_last_order", n);
    RiskColumn events = numericColumn("events", n), sinceEvent = numericColumn("days_since_last_event", n);
    RiskColumn nps = numericColumn("latest_nps", n);
    addActivity(in.tickets, index, reference, &tickets, nullptr, &open);
    addActivity(in.orders, index, reference, &orders, &sinceOrder, nullptr);
    addActivity(in.events, index, reference, &events, &sinceEvent, nullptr);
    for (const store::LatestNps& a : in.nps)
        if (const auto at = index.constFind(a.customer); at != index.constEnd()) nps.numbers[*at] = a.score;
    for (RiskColumn* c : {&tenure, &mrr, &segment, &plan, &owner, &region, &tickets, &open, &nps, &orders,
                          &sinceOrder, &events, &sinceEvent})
        d.table.columns.push_back(std::move(*c));
    // Custom attributes arrive ordered by name.
    for (size_t i = 0; i < in.attributes.size();) {
        const QString& name = in.attributes[i].name;
        std::vector<std::pair<size_t, QString>> values;
        for (; i < in.attributes.size() && in.attributes[i].name == name; ++i)
            if (const auto at = index.constFind(in.attributes[i].customer); at != index.constEnd())
                values.emplace_back(*at, in.attributes[i].value);
        RiskColumn c = attributeColumn(name, values, n);
        const bool clash = std::any_of(d.table.columns.begin(), d.table.columns.end(),
                                       [&](const RiskColumn& b) { return b.name == c.name; });
        if (clash) c.name += " (attribute)";
        d.table.columns.push_back(std::move(c));
    }
    return d;
}

Expected<RiskReport> computeRiskReport(store::Store& store, const RiskReportOptions& options) {
    RiskInputs in;
    auto customers = store::loadRiskCustomers(store);
    if (!customers) return Expected<RiskReport>::failure(customers.error());
    in.customers = std::move(customers.value());
    auto attributes = store::loadCustomerAttributes(store);
    if (!attributes) return Expected<RiskReport>::failure(attributes.error());
    in.attributes = std::move(attributes.value());
    const std::pair<store::SummarySource, std::vector<store::ActivitySummary>*> sources[] = {
        {store::SummarySource::Tickets, &in.tickets},
        {store::SummarySource::Orders, &in.orders},
        {store::SummarySource::Events, &in.events}};
    for (const auto& [source, target] : sources) {
        auto rows = store::loadActivitySummaries(store, source);
        if (!rows) return Expected<RiskReport>::failure(rows.error());
        *target = std::move(rows.value());
    }
    auto nps = store::loadLatestNps(store);
    if (!nps) return Expected<RiskReport>::failure(nps.error());
    in.nps = std::move(nps.value());

    const RiskDataset d = buildRiskDataset(in, options.retainedAfterDays);
    const auto model = metrics::RiskModel::train(d.table, d.labels, options.model);
    if (!model)
        return Expected<RiskReport>::failure(QStringLiteral(
            "the churn-risk model needs customers with a known outcome: at least two that churned "
            "and two that stayed (a churned flag, or churn dates)"));
    RiskReport report;
    report.kind = model->kind();
    report.cvAuc = model->crossValidatedAuc();
    report.candidates = model->candidates();
    report.trainingCustomers = static_cast<int64_t>(model->trainingRows());
    report.trainingChurned = std::count(d.labels.begin(), d.labels.end(), 1);
    for (const RiskColumn& c : d.table.columns)
        report.columns << QString::fromStdString(c.name);
    const auto texts = [&](const std::vector<metrics::RiskFactor>& factors, size_t row) {
        std::vector<RiskFactorText> out;
        for (const metrics::RiskFactor& f : factors)
            out.push_back({QString::fromStdString(d.table.columns[f.column].name),
                           valueText(d.table.columns[f.column], row), f.effect});
        return out;
    };
    for (size_t i = 0; i < d.table.rows; ++i) {
        const store::RiskCustomer& c = in.customers[i];
        if (!d.active[i] || (!options.filter.segment.isEmpty() && c.segment != options.filter.segment))
            continue;
        const metrics::RiskScore s = model->score(d.table, i, options.factors);
        report.rows.push_back({c.id, c.key, s.probability, texts(s.up, i), texts(s.down, i)});
    }
    std::stable_sort(report.rows.begin(), report.rows.end(),
                     [](const RiskRow& a, const RiskRow& b) { return a.probability > b.probability; });
    return report;
}

} // namespace tenure::reports
