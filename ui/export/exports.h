#pragma once

#include "model/expected.h"

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace tenure::ui {

// Exports of what a view shows (product.md: every table to CSV, every chart to PNG or SVG).
// Tables are written as displayed (formatted text, the model's header row), through the core's
// CSV writer so quoting follows RFC 4180 as everywhere else.
Status exportModelCsv(const QAbstractItemModel& model, const QString& path);

// A chart (any widget) as a picture: .svg is drawn as vectors with QSvgGenerator, anything else
// is a raster image in the format its suffix names (PNG by default).
Status exportWidgetImage(QWidget& widget, const QString& path);

} // namespace tenure::ui
