#include "segmentrepository.h"

#include "metricinputs.h"
#include "model/dates.h"
#include "statement.h"
#include "store.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tenure::store {

namespace {

using metrics::SegmentDefinition;

Expected<std::vector<SegmentDefinition>> readSegments(Store& store, const QString* name) {
    using Result = Expected<std::vector<SegmentDefinition>>;
    Statement q(store.handle(), name ? "SELECT name, match, rules FROM segments WHERE name = ?"
                                     : "SELECT name, match, rules FROM segments ORDER BY name");
    if (!q.valid()) return Result::failure(q.error());
    if (name) q.bindCopy(1, *name);
    std::vector<SegmentDefinition> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        SegmentDefinition s;
        s.name = q.qtext(0);
        s.match = metrics::parseSegmentMatch(q.qtext(1)).value_or(metrics::SegmentMatch::All);
        const std::string_view json = q.text(2);
        auto rules = metrics::rulesFromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size())));
        if (!rules)
            return Result::failure(QStringLiteral("the segment \"%1\": %2").arg(s.name, rules.error()));
        s.rules = std::move(rules.value());
        out.push_back(std::move(s));
    }
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

// How the customers pass reads one customer field: the columns it selects (names of ours) and how
// their values become the rule's text.
enum class Convert { Text, Date, Churned, TenureDays };
struct CustomerColumn {
    const char* columns;
    Convert convert;
    int width; // columns selected
};

CustomerColumn customerColumn(const QString& field) {
    if (field == u"customer_id") return {"customer_key", Convert::Text, 1};
    if (field == u"signup_date" || field == u"churn_date" || field == u"renewal_date")
        return {field == u"signup_date"  ? "signup_date"
                : field == u"churn_date" ? "churn_date"
                                         : "renewal_date",
                Convert::Date, 1};
    if (field == u"churned") return {"coalesce(churned, churn_date IS NOT NULL)", Convert::Churned, 1};
    if (field == u"tenure_days") return {"signup_date, churn_date, tenure_months", Convert::TenureDays, 3};
    return {nullptr, Convert::Text, 1}; // the column of the same name (from the list in segmentfields.cpp)
}

struct Columns {
    std::vector<int64_t> ids;                 // ascending
    std::vector<std::vector<QString>> values; // per field, per position in ids

    std::ptrdiff_t position(int64_t id) const {
        const auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it == ids.end() || *it != id ? -1 : it - ids.begin();
    }
};

int64_t lastDataDay(Store& store) {
    const auto last = loadLastActivity(store);
    return last && last->lastDay != metrics::noDay ? last->lastDay : 0;
}

Status readCustomers(Store& store, const QStringList& fields, const std::vector<int>& customerFields,
                     int64_t asOfDay, Columns& out) {
    std::string sql = "SELECT id";
    std::vector<CustomerColumn> columns;
    for (int f : customerFields) {
        const QString& name = fields[f];
        CustomerColumn c = customerColumn(name);
        // The column names come from our list (customerFieldName), never from the user's text.
        sql += ", " + (c.columns ? std::string(c.columns) : name.toStdString());
        columns.push_back(c);
    }
    sql += " FROM customers ORDER BY id";
    Statement q(store.handle(), sql);
    if (!q.valid()) return Status::failure(q.error());
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        out.ids.push_back(q.int64(0));
        int column = 1;
        for (size_t i = 0; i < columns.size(); ++i) {
            std::vector<QString>& values = out.values[static_cast<size_t>(customerFields[i])];
            QString v;
            switch (columns[i].convert) {
            case Convert::Text:
                v = q.qtext(column);
                break;
            case Convert::Date:
                if (!q.isNull(column)) v = formatDate(q.int64(column));
                break;
            case Convert::Churned:
                v = q.int64(column) != 0 ? QStringLiteral("yes") : QStringLiteral("no");
                break;
            case Convert::TenureDays:
                if (!q.isNull(column))
                    v = QString::number((q.isNull(column + 1) ? asOfDay : q.int64(column + 1)) -
                                        q.int64(column));
                else if (!q.isNull(column + 2))
                    v = QString::number(std::llround(static_cast<double>(q.int64(column + 2)) * 365.25 / 12));
                break;
            }
            values.push_back(std::move(v));
            column += columns[i].width;
        }
    }
    if (rc != SQLITE_DONE) return Status::failure(q.error());
    return {};
}

Status readAttributes(Store& store, const QStringList& fields, const std::vector<int>& attributeFields,
                      Columns& out) {
    std::string sql = "SELECT customer, name, value FROM customer_attributes WHERE name IN (";
    for (size_t i = 0; i < attributeFields.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ")";
    Statement q(store.handle(), sql);
    if (!q.valid()) return Status::failure(q.error());
    std::map<QString, int> fieldOf;
    for (size_t i = 0; i < attributeFields.size(); ++i) {
        q.bindCopy(static_cast<int>(i) + 1, fields[attributeFields[i]]);
        fieldOf.emplace(fields[attributeFields[i]], attributeFields[i]);
    }
    // A few values over many customers (Yes/No, a plan): each distinct text is decoded once.
    std::map<std::string, QString, std::less<>> texts;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::ptrdiff_t at = out.position(q.int64(0));
        const auto field = fieldOf.find(q.qtext(1));
        if (at < 0 || field == fieldOf.end()) continue;
        const std::string_view raw = q.text(2);
        auto text = texts.find(raw);
        if (text == texts.end()) text = texts.emplace(std::string(raw), q.qtext(2)).first;
        out.values[static_cast<size_t>(field->second)][static_cast<size_t>(at)] = text->second;
    }
    if (rc != SQLITE_DONE) return Status::failure(q.error());
    return {};
}

} // namespace

Expected<std::vector<SegmentDefinition>> listSavedSegments(Store& store) {
    return readSegments(store, nullptr);
}

Expected<std::vector<QString>> savedSegmentNames(Store& store) {
    Statement q(store.handle(), "SELECT name FROM segments ORDER BY name");
    if (!q.valid()) return Expected<std::vector<QString>>::failure(q.error());
    std::vector<QString> names;
    while (q.step() == SQLITE_ROW)
        names.push_back(q.qtext(0));
    return names;
}

Expected<std::optional<SegmentDefinition>> findSavedSegment(Store& store, const QString& name) {
    auto found = readSegments(store, &name);
    if (!found) return Expected<std::optional<SegmentDefinition>>::failure(found.error());
    if (found->empty()) return std::optional<SegmentDefinition>();
    return std::optional<SegmentDefinition>(std::move(found->front()));
}

Status saveSegment(Store& store, const SegmentDefinition& segment, const QString& replacing) {
    const QString name = segment.name.trimmed();
    if (name.isEmpty()) return Status::failure(QStringLiteral("a segment needs a name"));
    for (const metrics::SegmentRule& r : segment.rules) {
        if (r.field.trimmed().isEmpty()) return Status::failure(QStringLiteral("every rule needs a field"));
        if (metrics::ruleOpTakesValue(r.op) && r.op != metrics::RuleOp::Equal &&
            r.op != metrics::RuleOp::NotEqual && r.value.trimmed().isEmpty())
            return Status::failure(QStringLiteral("the rule \"%1\" needs a value").arg(metrics::ruleText(r)));
    }
    const QByteArray rules = metrics::rulesToJson(segment.rules);
    const QString match = metrics::segmentMatchName(segment.match);
    const auto failed = [&name](const Statement& q) {
        const QString error = q.error();
        return Status::failure(error.contains(QLatin1String("UNIQUE"))
                                   ? QStringLiteral("a segment named \"%1\" exists already").arg(name)
                                   : error);
    };
    if (!replacing.isEmpty() && replacing != name) {
        Statement q(store.handle(), "UPDATE segments SET name = ?, match = ?, rules = ? WHERE name = ?");
        if (!q.valid()) return Status::failure(q.error());
        q.bindCopy(1, name);
        q.bindCopy(2, match);
        q.bind(3, std::string_view(rules.constData(), static_cast<size_t>(rules.size())));
        q.bindCopy(4, replacing);
        if (q.step() != SQLITE_DONE) return failed(q);
        if (sqlite3_changes(store.handle()) > 0) return {};
    }
    Statement q(store.handle(),
                "INSERT INTO segments(name, match, rules) VALUES (?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET match = excluded.match, rules = excluded.rules");
    if (!q.valid()) return Status::failure(q.error());
    q.bindCopy(1, name);
    q.bindCopy(2, match);
    q.bind(3, std::string_view(rules.constData(), static_cast<size_t>(rules.size())));
    if (q.step() != SQLITE_DONE) return failed(q);
    return {};
}

Status deleteSavedSegment(Store& store, const QString& name) {
    Statement q(store.handle(), "DELETE FROM segments WHERE name = ?");
    if (!q.valid()) return Status::failure(q.error());
    q.bindCopy(1, name);
    if (q.step() != SQLITE_DONE) return Status::failure(q.error());
    if (sqlite3_changes(store.handle()) == 0)
        return Status::failure(QStringLiteral("no saved segment is named \"%1\"").arg(name));
    return {};
}

Expected<std::vector<int64_t>> evaluateSegment(Store& store, const SegmentDefinition& segment,
                                               std::optional<int64_t> asOfDay) {
    using Result = Expected<std::vector<int64_t>>;
    const metrics::SegmentEvaluator evaluator(segment);
    const QStringList& fields = evaluator.fields();
    // Each field the rules use, by where it is read from.
    std::vector<int> customerFields, attributeFields;
    std::vector<std::pair<const ComputedFieldProvider*, std::vector<int>>> computed;
    QStringList columnNames = fields;
    bool needsDay = false;
    for (int i = 0; i < fields.size(); ++i) {
        if (const QString column = customerFieldName(fields[i]); !column.isEmpty()) {
            columnNames[i] = column;
            customerFields.push_back(i);
            needsDay = needsDay || column == u"tenure_days";
        } else if (const ComputedFieldProvider* p = findProvider(fields[i])) {
            auto it =
                std::find_if(computed.begin(), computed.end(), [p](const auto& c) { return c.first == p; });
            if (it == computed.end()) it = computed.insert(computed.end(), {p, {}});
            it->second.push_back(i);
            needsDay = true;
        } else {
            attributeFields.push_back(i);
        }
    }
    const int64_t day = asOfDay ? *asOfDay : needsDay ? lastDataDay(store) : 0;

    Columns columns;
    columns.values.resize(static_cast<size_t>(fields.size()));
    if (Status s = readCustomers(store, columnNames, customerFields, day, columns); !s)
        return Result::failure(s.error());
    for (int i = 0; i < fields.size(); ++i)
        columns.values[static_cast<size_t>(i)].resize(columns.ids.size());
    if (!attributeFields.empty())
        if (Status s = readAttributes(store, fields, attributeFields, columns); !s)
            return Result::failure(s.error());
    for (const auto& [provider, indexes] : computed) {
        QStringList wanted;
        for (int i : indexes)
            wanted << fields[i];
        auto loaded = provider->load(store, wanted, day);
        if (!loaded) return Result::failure(loaded.error());
        for (size_t k = 0; k < indexes.size() && k < loaded->size(); ++k)
            for (const auto& [customer, value] : loaded.value()[k])
                if (const std::ptrdiff_t at = columns.position(customer); at >= 0)
                    columns.values[static_cast<size_t>(indexes[k])][static_cast<size_t>(at)] = value;
    }

    std::vector<int64_t> members;
    std::vector<QString> record(static_cast<size_t>(fields.size()));
    for (size_t at = 0; at < columns.ids.size(); ++at) {
        for (size_t f = 0; f < record.size(); ++f)
            record[f] = columns.values[f][at];
        if (evaluator.matches(record)) members.push_back(columns.ids[at]);
    }
    return members;
}

Expected<std::vector<int64_t>> evaluateSegment(Store& store, const QString& name,
                                               std::optional<int64_t> asOfDay) {
    const auto found = findSavedSegment(store, name);
    if (!found) return Expected<std::vector<int64_t>>::failure(found.error());
    if (!found.value())
        return Expected<std::vector<int64_t>>::failure(
            QStringLiteral("no saved segment is named \"%1\"").arg(name));
    return evaluateSegment(store, *found.value(), asOfDay);
}

Expected<std::vector<SegmentField>> segmentFields(Store& store) {
    std::vector<SegmentField> out = customerSegmentFields();
    const std::vector<SegmentField> computed = computedSegmentFields();
    out.insert(out.end(), computed.begin(), computed.end());
    Statement q(store.handle(), "SELECT DISTINCT name FROM customer_attributes ORDER BY name");
    if (!q.valid()) return Expected<std::vector<SegmentField>>::failure(q.error());
    while (q.step() == SQLITE_ROW) {
        const QString name = q.qtext(0);
        // An attribute cannot be named like a customer field or a metric: those names win.
        if (customerFieldName(name).isEmpty() && !findProvider(name))
            out.push_back({name, SegmentFieldKind::Attribute, QStringLiteral("custom attribute")});
    }
    return out;
}

} // namespace tenure::store
