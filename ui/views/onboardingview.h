#pragma once

#include "scopedview.h"

#include "reports/onboardingreport.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QUndoStack;

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
    // Checklist edits become undoable steps of `undo` (the window's stack); without one they
    // are saved at once with no undo.
    void setUndoStack(QUndoStack* undo);
    // Opens the customers behind signup period `index` of the trend once they are read (off the
    // GUI thread): each one's days to onboard (`days`), or the cohort with its interactions.
    // Clicking a period of the days or the interactions chart does this.
    void explainCohort(int index, bool days);

protected:
    void refresh() override;

private:
    void showReport(const reports::OnboardingReport& report);
    void showChecklist(const std::vector<store::ChecklistMilestone>& checklist);
    void checklistEdited(int row, int column);
    void addMilestone();
    void removeMilestone();
    using Edit = std::function<Status(store::Store&)>;
    // One edit of the checklist as an undoable step: `apply` now, `revert` on undo.
    void changeChecklist(const QString& text, Edit apply, Edit revert);
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
    QUndoStack* m_undo = nullptr;
    std::vector<metrics::OnboardingRow> m_trend; // as shown in the charts
    int64_t m_asOfDay = metrics::noDay;
    std::vector<store::ChecklistMilestone> m_milestones; // as shown, row by row
    bool m_filling = false;
};

} // namespace tenure::ui
