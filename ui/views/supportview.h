#pragma once

#include "scopedview.h"

#include "metrics/supportexplain.h"
#include "reports/supportreport.h"

#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace tenure::ui {

class PeriodBarChart;

// The Support view (product.md, view 7): volume by channel with the backlog, response and
// resolution times, the response rates, a table of the latest period's KPIs per channel,
// priority or agent, and the tickets agents flagged as "wow" moments.
class SupportView final : public ScopedView {
    Q_OBJECT
public:
    // Group table columns; the first row is every ticket of the period.
    enum Column {
        Group,
        Tickets,
        FrtMedian,
        FrtP90,
        Resp24,
        Fcr,
        ResolutionMedian,
        ResolutionP90,
        LiveContacts,
        WaitAvg,
        WaitOver5Min,
        Abandoned,
        Backlog,
        ColumnCount
    };
    enum WowColumn { WowDate, WowTicket, WowCustomer, WowChannel, WowAgent, WowNote, WowColumnCount };
    // Charts at most this many periods: the latest ones.
    static constexpr int chartPeriods = 24;

    explicit SupportView(QWidget* parent = nullptr);

    PeriodBarChart* volumeChart() const { return m_volume; }
    PeriodBarChart* timesChart() const { return m_times; }
    PeriodBarChart* ratesChart() const { return m_rates; }
    QComboBox* groupSelector() const { return m_by; }
    QStandardItemModel* groupModel() const { return m_groupModel; }
    QStandardItemModel* wowModel() const { return m_wowModel; }
    const reports::SupportReport& report() const { return m_report; }
    // Opens the tickets behind a period's 24-hour response rate once they are read (off the GUI
    // thread); clicking a period of the rates chart does this.
    void explainResponse24Period(int index);
    // Opens the tickets behind any figure of period `index`, or with `group`, of the group
    // table's row of that value (the latest period); double-clicking a cell of the group table
    // does this for its column's figure, clicking a period of a chart for the chart's figure.
    void explainKpi(int index, metrics::SupportKpi kpi, const std::optional<QString>& group);
    // The group table's raw group value (absent on the "All tickets" row).
    static constexpr int GroupKeyRole = Qt::UserRole + 7;

protected:
    void refresh() override;

private:
    void showReport(reports::SupportReport& report);
    void fillGroupTable();
    void fillWowTable();
    void openWowAccount(const QModelIndex& index);
    void explainGroupCell(const QModelIndex& index);

    reports::SupportReport m_report;
    QLabel* m_headline;
    PeriodBarChart* m_volume;
    PeriodBarChart* m_times;
    PeriodBarChart* m_rates;
    QComboBox* m_by;
    QLabel* m_groupCaption;
    QStandardItemModel* m_groupModel;
    QTableView* m_groupTable;
    QLabel* m_wowNote;
    QStandardItemModel* m_wowModel;
    QTableView* m_wowTable;
};

} // namespace tenure::ui
