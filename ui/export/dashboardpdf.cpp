#include "dashboardpdf.h"

#include "charts/kpicardwidget.h"
#include "format.h"
#include "views/dashboardview.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace tenure::ui {

namespace {

// The texts' translation context, one lupdate and the program agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DashboardPdf)
};

} // namespace

Status exportDashboardPdf(DashboardView& view, const QString& path, const QString& storeName) {
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(144);
    pdf.setTitle(Text::tr("Tenure dashboard"));
    pdf.setCreator(QCoreApplication::applicationName());
    QPainter p;
    if (!p.begin(&pdf))
        return Status::failure(Text::tr("%1: cannot be written").arg(QDir::toNativeSeparators(path)));

    const QRect page = p.viewport();
    const int margin = 20;
    int y = margin;
    QFont title = p.font();
    title.setPointSizeF(16);
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRect(margin, y, page.width() - 2 * margin, 40), Qt::AlignLeft | Qt::AlignVCenter,
               Text::tr("Dashboard: %1").arg(view.headingText()));
    y += 44;
    QFont small = p.font();
    small.setPointSizeF(8);
    small.setBold(false);
    p.setFont(small);
    p.drawText(QRect(margin, y, page.width() - 2 * margin, 20), Qt::AlignLeft,
               Text::tr("Store %1 · made on %2").arg(storeName, QDate::currentDate().toString(Qt::ISODate)));
    y += 28;

    // The cards as drawn on screen, four to a row, scaled to the page's width.
    const auto& cards = view.cards();
    const int columns = 4;
    const int gap = 12;
    const int cardWidth = (page.width() - 2 * margin - (columns - 1) * gap) / columns;
    int rowHeight = 0;
    for (size_t i = 0; i < cards.size(); ++i) {
        KpiCardWidget* widget = view.cardWidget(cards[i].kpi);
        if (!widget) continue;
        const double scale = static_cast<double>(cardWidth) / std::max(1, widget->width());
        const int height = static_cast<int>(widget->height() * scale);
        const int column = static_cast<int>(i) % columns;
        if (column == 0 && i > 0) y += rowHeight + gap;
        rowHeight = std::max(column == 0 ? 0 : rowHeight, height);
        p.save();
        p.translate(margin + column * (cardWidth + gap), y);
        p.scale(scale, scale);
        widget->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.restore();
    }
    y += rowHeight + 2 * gap;

    // The figures as a table: what a reader copies into a review.
    const int rowStep = 22;
    const int widths[] = {260, 160, 160, 200};
    const QString headers[] = {Text::tr("KPI"), Text::tr("Value"), Text::tr("Previous period"),
                               Text::tr("Change")};
    QFont bold = small;
    bold.setBold(true);
    auto row = [&](const QString(&cells)[4], const QFont& font) {
        p.setFont(font);
        int x = margin;
        for (int c = 0; c < 4; ++c) {
            p.drawText(QRect(x, y, widths[c], rowStep), Qt::AlignLeft | Qt::AlignVCenter, cells[c]);
            x += widths[c];
        }
        y += rowStep;
    };
    row(headers, bold);
    for (const reports::KpiCard& card : cards) {
        const QString cells[] = {KpiCardWidget::title(card.kpi), formatByUnit(card.unit, card.value),
                                 formatByUnit(card.unit, card.previous),
                                 card.change ? formatChange(card.unit, *card.change) : QStringLiteral("—")};
        row(cells, small);
    }
    p.end();
    return {};
}

} // namespace tenure::ui
