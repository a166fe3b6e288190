#pragma once

#include "store/customerrepository.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace tenure::ui {

class AccountsFilterBar;
class CustomerTableModel;
struct HealthColumns;

// The Accounts view: search as you type, filters, a count of the shown accounts, actions on the
// selected rows (assign an owner, add a tag, export to CSV) and the sortable table. Edits go to
// the store file given by setStorePath(), on the GUI thread over a short-lived connection (each
// edit is one transaction), and update the loaded list in place.
class AccountsView final : public QWidget {
    Q_OBJECT
public:
    explicit AccountsView(QWidget* parent = nullptr);

    void setCustomers(store::CustomerList customers);
    // Each loaded customer's health (CustomerTableModel::setHealth), in list order: the health
    // columns fill and the band and stage filters work from then on.
    void setHealth(HealthColumns health);
    void setStorePath(const QString& path) { m_storePath = path; }
    // Shows a problem in place of the table (an empty text hides it).
    void showProblem(const QString& message);

    CustomerTableModel* model() const { return m_model; }
    AccountsFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QAction* assignOwnerAction() const { return m_assignOwner; }
    QAction* addTagAction() const { return m_addTag; }
    QAction* exportAction() const { return m_export; }

    // The selected accounts as source rows of model()->customers(), in the table's order.
    std::vector<uint32_t> selectedSourceRows() const;
    // The actions without their dialogs; false (and the problem shown) when they fail.
    bool assignOwnerToSelection(const QString& owner);
    bool addTagToSelection(const QString& tag);
    bool exportSelection(const QString& path);

Q_SIGNALS:
    // A row was double-clicked or Enter pressed on it: open that account.
    void accountActivated(const QString& customerKey);
    // An action changed customers in the store: other views may refresh.
    void customersChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void askOwner();
    void askTag();
    void askExportPath();
    void updateCount();
    void updateSelection();
    void showNote(const QString& text);
    std::vector<int64_t> idsOf(const std::vector<uint32_t>& sourceRows) const;
    // Fits the columns to the table's width until the user resizes one by hand.
    void sizeColumns();
    // The header's column chooser (accountscolumns.cpp): which columns show, kept in settings.
    void restoreColumns();
    void chooseColumns(const QPoint& at);

    CustomerTableModel* m_model;
    QLineEdit* m_search;
    AccountsFilterBar* m_filters;
    QLabel* m_count;
    QLabel* m_selected;
    QLabel* m_note;
    QLabel* m_problem;
    QTableView* m_table;
    QAction* m_assignOwner;
    QAction* m_addTag;
    QAction* m_export;
    QString m_storePath;
    bool m_sizingColumns = false;
    bool m_userSizedColumns = false;
};

} // namespace tenure::ui
