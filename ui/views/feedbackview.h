#pragma once

#include "scopedview.h"

#include "reports/feedbackreport.h"

class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace tenure::ui {

class PeriodBarChart;

// The Feedback view (product.md, view 9): NPS per period as promoters, passives and detractors
// with the NPS line (click a period for the answers behind it), CSAT per period, each
// customer's latest answer, and feature requests and exit-survey answers by category.
class FeedbackView final : public ScopedView {
    Q_OBJECT
public:
    enum LatestColumn { Customer, Date, Score, Category, Comment, LatestColumnCount };
    enum EntryColumn { EntryDate, EntryCustomer, EntryCategory, EntryText, EntryColumnCount };
    static constexpr int chartPeriods = 24;

    explicit FeedbackView(QWidget* parent = nullptr);

    PeriodBarChart* npsChart() const { return m_npsChart; }
    PeriodBarChart* csatChart() const { return m_csatChart; }
    QStandardItemModel* latestModel() const { return m_latestModel; }
    QStandardItemModel* featureCategories() const { return m_features.categories; }
    QStandardItemModel* featureEntries() const { return m_features.entries; }
    QStandardItemModel* exitCategories() const { return m_exits.categories; }
    const reports::FeedbackReport& report() const { return m_report; }
    // Opens the drill-down of a period of the NPS chart once its rows are read (off the GUI
    // thread); the dialog is returned by lastExplanation() when it opens.
    void explainNpsPeriod(int index);

protected:
    void refresh() override;

private:
    // A kind of feedback: counts per category beside its rows, narrowed to the chosen category.
    struct Group {
        QStandardItemModel* categories = nullptr;
        QStandardItemModel* entries = nullptr;
        QSortFilterProxyModel* shown = nullptr;
        QLabel* caption = nullptr;
    };
    QWidget* groupPage(Group& group);
    void fillGroup(Group& group, const reports::FeedbackGroup& data, const QString& noneText);
    void showReport(reports::FeedbackReport& report);
    void fillLatest();

    reports::FeedbackReport m_report;
    QLabel* m_headline;
    PeriodBarChart* m_npsChart;
    PeriodBarChart* m_csatChart;
    QStandardItemModel* m_latestModel;
    Group m_features;
    Group m_exits;
};

} // namespace tenure::ui
