#pragma once

#include "scopedview.h"

#include "reports/loyaltyreport.h"

#include <optional>

class QFormLayout;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace tenure::ui {

class PeriodLineChart;

// The Loyalty view (product.md, view 8): members and their tiers, points earned, redeemed and
// outstanding per period, repeat purchase and redemption rates, the liability, the rules in
// force (read-only here), and the ledger of the member selected in the members table.
class LoyaltyView final : public ScopedView {
    Q_OBJECT
public:
    enum MemberColumn { Customer, Name, Tier, Balance, Earned12, MemberColumnCount };
    enum LedgerColumn { Date, Points, Reason, BalanceAfter, LedgerColumnCount };
    enum TierColumn { TierName, Threshold, Members, TierColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int CustomerIdRole = Qt::UserRole + 2;

    explicit LoyaltyView(QWidget* parent = nullptr);

    QStandardItemModel* membersModel() const { return m_members; }
    QStandardItemModel* ledgerModel() const { return m_ledger; }
    QStandardItemModel* tiersModel() const { return m_tiers; }
    QTableView* membersTable() const { return m_membersTable; }
    PeriodLineChart* pointsChart() const { return m_pointsChart; }
    PeriodLineChart* liabilityChart() const { return m_liabilityChart; }
    PeriodLineChart* ratesChart() const { return m_ratesChart; }
    PeriodLineChart* membersChart() const { return m_membersChart; }
    QTabWidget* tabs() const { return m_tabs; }
    // The value shown on a summary card (members, active, liability, repeat, redemption) or of a
    // rule (points_per_unit, referral, review, social), by its object name.
    QString figure(const QString& name) const;

    // The display name of a tier of the core ("gold" → "Gold").
    static QString tierName(const QString& tier);

    // Opens the members behind a figure of period `index` once they are read (off the GUI
    // thread): a LoyaltyFigure, or active members when none. Clicking a period of a chart does
    // this for the chart's figure; double-clicking the tiers table, for the latest tiers.
    void explainFigure(int index, std::optional<reports::LoyaltyFigure> figure);

protected:
    void refresh() override;

private:
    void showReport(const reports::LoyaltyReport& report);
    void showLedger(int64_t customer, const std::vector<reports::MemberLedgerLine>& lines);
    void memberSelected();
    QLabel* card(const QString& name, const QString& title, QLayout* into);

    QLabel* m_asOf;
    QTabWidget* m_tabs;
    PeriodLineChart* m_pointsChart;
    PeriodLineChart* m_liabilityChart;
    PeriodLineChart* m_ratesChart;
    PeriodLineChart* m_membersChart;
    QStandardItemModel* m_members;
    QTableView* m_membersTable;
    QStandardItemModel* m_ledger;
    QTableView* m_ledgerTable;
    QLabel* m_ledgerTitle;
    QStandardItemModel* m_tiers;
    QTableView* m_tiersTable;
    QFormLayout* m_rules;
    int64_t m_shownMember = 0;
    std::vector<metrics::LoyaltyRow> m_rows; // as shown in the charts
};

} // namespace tenure::ui
