#include "exporter.h"

#include "csvwriter.h"
#include "entities.h"

#include "model/dates.h"
#include "store/metricinputs.h"
#include "store/statement.h"
#include "store/store.h"

#include <charconv>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace tenure::io {

namespace {

std::string columnExpression(const EntitySpec& entity, const FieldSpec& field) {
    if (std::strcmp(field.name, "customer_id") == 0) return "c.customer_key";
    if (std::strcmp(field.name, "ticket_id") == 0) return "t.ticket_key";
    return (entity.key == KeyKind::CustomerId ? "c." : "t.") + std::string(field.name);
}

} // namespace

Expected<int64_t> exportCsv(store::Store& store, const ExportOptions& options) {
    using Result = Expected<int64_t>;
    const EntitySpec* entity = findEntity(options.kind);
    if (!entity)
        return Result::failure(QStringLiteral("unknown kind \"%1\"; it must be one of: %2")
                                   .arg(options.kind, entityNames().join(QStringLiteral(", "))));
    const bool customers = entity->key == KeyKind::CustomerId;

    std::string sql = "SELECT ";
    for (size_t i = 0; i < entity->fields.size(); ++i) {
        if (i) sql += ", ";
        sql += columnExpression(*entity, entity->fields[i]);
    }
    sql += customers
               ? ", c.id FROM customers c"
               : " FROM " + std::string(entity->table) + " t LEFT JOIN customers c ON c.id = t.customer";
    // A saved segment or a segment value, as every report reads it (metricinputs.h).
    const auto filter = store::customerFilterCondition(store, store::CustomerFilter{options.segment}, "c");
    if (!filter) return Result::failure(filter.error());
    if (!filter->sql.empty()) sql += " WHERE " + filter->sql;
    // The order of each table's key, so that no sort is needed.
    if (customers)
        sql += " ORDER BY c.customer_key";
    else if (entity->key == KeyKind::TicketId)
        sql += " ORDER BY t.id";
    else if (entity->key == KeyKind::CustomerMilestone)
        sql += " ORDER BY t.customer, t.milestone";
    else
        sql += " ORDER BY t.customer, t." + std::string(entity->timeField) + ", t.row_key";
    store::Statement rows(store.handle(), sql);
    if (!rows.valid()) return Result::failure(rows.error());
    filter->bind(rows, 1);

    // Custom attributes of customers: one column each, after the canonical ones.
    std::vector<std::string> attributeNames;
    std::map<std::string, size_t> attributeColumn;
    std::unique_ptr<store::Statement> attributes;
    if (customers) {
        store::Statement names(store.handle(), "SELECT DISTINCT name FROM customer_attributes ORDER BY name");
        while (names.step() == SQLITE_ROW) {
            attributeColumn.emplace(std::string(names.text(0)), attributeNames.size());
            attributeNames.emplace_back(names.text(0));
        }
        attributes = std::make_unique<store::Statement>(
            store.handle(), "SELECT name, value FROM customer_attributes WHERE customer = ?");
    }

    CsvWriter out;
    if (!out.open(options.out)) return Result::failure(out.error());
    for (const FieldSpec& f : entity->fields)
        out.rawField(f.name);
    for (const std::string& name : attributeNames)
        out.field(name);
    out.endRow();

    int64_t count = 0;
    std::string cell;
    std::vector<std::string> attributeValues(attributeNames.size());
    while (rows.step() == SQLITE_ROW) {
        for (size_t i = 0; i < entity->fields.size(); ++i) {
            const int column = static_cast<int>(i);
            if (rows.isNull(column)) {
                out.emptyField();
                continue;
            }
            cell.clear();
            switch (entity->fields[i].type) {
            case FieldType::Text:
                out.field(rows.text(column));
                continue;
            case FieldType::Real: {
                char buf[32];
                const auto r = std::to_chars(buf, buf + sizeof buf, rows.real(column));
                cell.assign(buf, r.ptr);
                break;
            }
            case FieldType::Bool:
                cell = rows.int64(column) ? "true" : "false";
                break;
            case FieldType::Date:
                appendDate(cell, rows.int64(column));
                break;
            case FieldType::Instant:
                appendInstant(cell, rows.int64(column));
                break;
            default:
                cell = std::to_string(rows.int64(column));
                break;
            }
            out.rawField(cell);
        }
        if (attributes) {
            for (std::string& v : attributeValues)
                v.clear();
            attributes->bind(1, rows.int64(static_cast<int>(entity->fields.size())));
            while (attributes->step() == SQLITE_ROW) {
                const auto it = attributeColumn.find(std::string(attributes->text(0)));
                if (it != attributeColumn.end())
                    attributeValues[it->second] = std::string(attributes->text(1));
            }
            attributes->reset();
            for (const std::string& v : attributeValues)
                out.field(v);
        }
        out.endRow();
        ++count;
    }
    if (!out.close()) return Result::failure(out.error());
    return count;
}

} // namespace tenure::io
