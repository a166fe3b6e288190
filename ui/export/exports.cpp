#include "exports.h"

#include "io/csvwriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace tenure::ui {

namespace {

// The texts' translation context, one lupdate and the program agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

Status exportModelCsv(const QAbstractItemModel& model, const QString& path) {
    io::CsvWriter out;
    if (!out.open(path)) return Status::failure(out.error());
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        out.field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out.endRow();
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c)
            out.field(model.index(r, c).data(Qt::DisplayRole).toString());
        out.endRow();
    }
    if (!out.close()) return Status::failure(out.error());
    return {};
}

Status exportWidgetImage(QWidget& widget, const QString& path) {
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(widget.size());
        svg.setViewBox(widget.rect());
        svg.setTitle(widget.windowTitle());
        QPainter painter;
        if (!painter.begin(&svg)) return Status::failure(Text::tr("%1: cannot be written").arg(native));
        widget.render(&painter);
        painter.end();
        return QFileInfo(path).size() > 0 ? Status()
                                          : Status::failure(Text::tr("%1: cannot be written").arg(native));
    }
    const QString suffix = QFileInfo(path).suffix();
    if (!widget.grab().save(path, suffix.isEmpty() ? "PNG" : nullptr))
        return Status::failure(Text::tr("%1: cannot be written as an image").arg(native));
    return {};
}

} // namespace tenure::ui
