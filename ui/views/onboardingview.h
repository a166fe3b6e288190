#pragma once

#include "scopedview.h"

#include "reports/onboardingreport.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace tenure::ui {

class PeriodLineChart;

// The Onboarding view (product.md, view 6): the checklist template (editable), every account
// in onboarding with its progress and overdue milestones, and the trend per signup period of
// days to onboard, days to each milestone and interactions during onboarding. Double-clicking
// an account asks for it (accountRequested).
class OnboardingView final : public ScopedView {
    Q_OBJECT
public:
    // Columns of the accounts table; the progress column holds completed and total milestones.
    enum AccountColumn { Customer, Name, Signup, Progress, StatusColumn, Overdue, AccountColumnCount };
    enum ChecklistColumn { Milestone, DueDays, Required, ChecklistColumnCount };
    // Raw values for sorting; on the progress column, the completed share (0..1).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int MilestoneIdRole = Qt::UserRole + 2;
    static constexpr int TotalRole = Qt::UserRole + 3; // progress: the checklist's milestones

    explicit OnboardingView(QWidget* parent = nullptr);

    QStandardItemModel* accountsModel() const { return m_accounts; }
    QStandardItemModel* checklistModel() const { return m_checklist; }
    QTableView* accountsTable() const { return m_accountsTable; }
    PeriodLineChart* daysChart() const { return m_daysChart; }
    PeriodLineChart* interactionsChart() const { return m_interactionsChart; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void refresh() override;

private:
    void showReport(const reports::OnboardingReport& report);
    void showChecklist(const std::vector<store::ChecklistMilestone>& checklist);
    void checklistEdited(int row, int column);
    void addMilestone();
    void removeMilestone();
    // Runs one edit of the checklist on the store, then computes the view again.
    void editChecklist(std::function<Status(store::Store&)> edit);

    QLabel* m_summary;
    QTabWidget* m_tabs;
    QStandardItemModel* m_accounts;
    QTableView* m_accountsTable;
    QStandardItemModel* m_checklist;
    QTableView* m_checklistTable;
    QPushButton* m_add;
    QPushButton* m_remove;
    PeriodLineChart* m_daysChart;
    PeriodLineChart* m_interactionsChart;
    bool m_filling = false;
};

} // namespace tenure::ui
