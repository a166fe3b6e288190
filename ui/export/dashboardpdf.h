#pragma once

#include "model/expected.h"

#include <QString>

namespace tenure::ui {

class DashboardView;

// The dashboard as a one-page PDF report (QPdfWriter): the heading, the KPI cards as drawn on
// screen, and a table of every KPI with its value, previous value and change, so the page can
// be read without the app (printed for a business review, or mailed).
Status exportDashboardPdf(DashboardView& view, const QString& path, const QString& storeName);

} // namespace tenure::ui
