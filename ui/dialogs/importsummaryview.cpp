#include "importsummaryview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {
// A table of a million rejected rows helps nobody; the count says how many there are.
constexpr size_t shownRejected = 1000;
} // namespace

ImportSummaryView::ImportSummaryView(QWidget* parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_rejectedTitle(new QLabel(this))
    , m_rejected(new QTableWidget(this)) {
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    // Without rejected rows the label takes the page's free height: keep its text at the top.
    m_counts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejected->setObjectName(QStringLiteral("importRejected"));
    m_rejected->setColumnCount(3);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setWordWrap(false);
    m_rejected->verticalHeader()->hide();
    m_rejected->verticalHeader()->setDefaultSectionSize(m_rejected->fontMetrics().height() + 8);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_rejected, 1);
    clear();
}

void ImportSummaryView::clear() {
    m_counts->clear();
    m_rejectedTitle->hide();
    m_rejected->setRowCount(0);
    m_rejected->hide();
}

void ImportSummaryView::setSummary(const io::ImportSummary& s, bool dryRun) {
    const QLocale locale;
    const auto n = [&locale](int64_t value) { return locale.toString(static_cast<qlonglong>(value)); };
    QStringList lines;
    lines << tr("Rows read: %1").arg(n(s.read));
    if (s.ok()) {
        if (dryRun)
            lines << tr("Would be added: %1 · updated: %2 · unchanged: %3")
                         .arg(n(s.inserted), n(s.updated), n(s.unchanged));
        else
            lines << tr("Added: %1 · updated: %2 · unchanged: %3")
                         .arg(n(s.inserted), n(s.updated), n(s.unchanged));
        if (s.customersCreated > 0)
            lines << (dryRun ? tr("Customers that would be created (id only): %1")
                             : tr("Customers created (id only): %1"))
                         .arg(n(s.customersCreated));
    }
    if (s.skipped > 0) lines << tr("Skipped, without a customer id: %1").arg(n(s.skipped));
    lines << tr("Rejected: %1").arg(n(static_cast<int64_t>(s.rejected.size())));
    m_counts->setText(lines.join(u'\n'));

    const size_t shown = std::min(s.rejected.size(), shownRejected);
    m_rejected->setRowCount(static_cast<int>(shown));
    for (size_t i = 0; i < shown; ++i) {
        const io::RejectedRow& r = s.rejected[i];
        const int row = static_cast<int>(i);
        auto* line = new QTableWidgetItem(n(r.line));
        line->setData(Qt::UserRole, static_cast<qlonglong>(r.line));
        m_rejected->setItem(row, 0, line);
        m_rejected->setItem(row, 1,
                            new QTableWidgetItem(r.column > 0 ? tr("%1 (%2)").arg(r.columnName).arg(r.column)
                                                              : tr("whole row")));
        m_rejected->setItem(row, 2, new QTableWidgetItem(r.reason));
    }
    m_rejected->resizeColumnsToContents();
    m_rejectedTitle->setText(s.rejected.size() > shown ? tr("Rejected rows (the first %1 of %2):")
                                                             .arg(n(static_cast<int64_t>(shown)),
                                                                  n(static_cast<int64_t>(s.rejected.size())))
                                                       : tr("Rejected rows:"));
    m_rejectedTitle->setVisible(!s.rejected.empty());
    m_rejected->setVisible(!s.rejected.empty());
}

} // namespace tenure::ui
