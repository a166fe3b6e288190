#pragma once

#include "model/expected.h"
#include "store/customerrepository.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tenure::io {

// Writes some rows of a CustomerList as CSV, in the given order, with the canonical field
// names of the customers entity as the header (so that the file imports back): customer_id,
// name, company, email, segment, plan, owner, region, signup_date, churned, churn_date, mrr.
// Dates as YYYY-MM-DD, churned as true/false, MRR with a '.' and no grouping; unknown values
// are empty fields.
Status writeCustomerRowsCsv(const store::CustomerList& customers, const std::vector<uint32_t>& rows,
                            const QString& path);

} // namespace tenure::io
