#include "customerlistcsv.h"

#include "csvwriter.h"
#include "model/dates.h"

#include <charconv>
#include <cmath>
#include <string>

namespace tenure::io {

namespace {

void textField(CsvWriter& out, QStringView text) {
    if (text.isEmpty()) {
        out.emptyField();
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    out.field(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

void dateField(CsvWriter& out, int64_t day, std::string& cell) {
    if (!store::CustomerList::hasDate(day)) {
        out.emptyField();
        return;
    }
    cell.clear();
    appendDate(cell, day);
    out.rawField(cell);
}

} // namespace

Status writeCustomerRowsCsv(const store::CustomerList& customers, const std::vector<uint32_t>& rows,
                            const QString& path) {
    CsvWriter out;
    if (!out.open(path)) return Status::failure(out.error());
    for (const char* name : {"customer_id", "name", "company", "email", "segment", "plan", "owner", "region",
                             "signup_date", "churned", "churn_date", "mrr"})
        out.rawField(name);
    out.endRow();

    const store::CustomerList& c = customers;
    std::string cell;
    for (const uint32_t row : rows) {
        if (row >= c.size()) continue;
        textField(out, c.keys.at(row));
        textField(out, c.names.at(row));
        textField(out, c.companies.at(row));
        textField(out, c.emails.at(row));
        textField(out, c.segments.at(row));
        textField(out, c.plans.at(row));
        textField(out, c.owners.at(row));
        textField(out, c.regions.at(row));
        dateField(out, c.signupDays[row], cell);
        out.rawField(c.churned[row] ? "true" : "false");
        dateField(out, c.churnDays[row], cell);
        if (std::isnan(c.mrr[row])) {
            out.emptyField();
        } else {
            char buf[32];
            const auto r = std::to_chars(buf, buf + sizeof buf, c.mrr[row]);
            out.rawField(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
        }
        out.endRow();
    }
    if (!out.close()) return Status::failure(out.error());
    return {};
}

} // namespace tenure::io
