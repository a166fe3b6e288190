#pragma once

#include "metrics/support.h"
#include "metrics/supportexplain.h"

#include <QString>

namespace tenure::ui {

// What the Support view's drill-down says about a figure: its name, its value in a row of the
// report, and how the listed tickets make it (which are the numerator, which only count, which
// are left out).
QString supportKpiTitle(metrics::SupportKpi kpi);
QString supportKpiValue(const metrics::SupportRow& row, metrics::SupportKpi kpi);
QString supportKpiRoles(metrics::SupportKpi kpi);

} // namespace tenure::ui
