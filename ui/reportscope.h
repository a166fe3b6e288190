#pragma once

#include "model/period.h"

#include <QString>

namespace tenure::ui {

// What every view shows: which store, by which period, for which segment. The dashboard's
// period and segment pickers set it; every view obeys it (product.md, "apply everywhere").
struct ReportScope {
    QString storePath;
    PeriodUnit unit = PeriodUnit::Month;
    QString segment; // a saved segment's name, else a customers.segment value; empty: every customer

    bool operator==(const ReportScope&) const = default;
};

} // namespace tenure::ui
