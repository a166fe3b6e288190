#pragma once

#include <QString>

#include <optional>

namespace tenure::ui {

// How figures read in every view: locale digits, "—" for an undefined ratio (never 0), and
// durations in the largest units that keep them short ("3 h 12 min").
QString formatCount(double value);
QString formatPercent(const std::optional<double>& value, int decimals = 1);
QString formatMoney(const std::optional<double>& value);
QString formatScore(const std::optional<double>& value); // NPS: signed, no decimals
QString formatDuration(const std::optional<double>& seconds);
// A KPI value by its unit ("count", "pct", "currency", "seconds", "score").
QString formatByUnit(const QString& unit, const std::optional<double>& value);
// A change between two periods: percentage points for ratios, signed amounts otherwise.
QString formatChange(const QString& unit, double change);

} // namespace tenure::ui
