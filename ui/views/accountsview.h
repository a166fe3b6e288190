#pragma once

#include "store/customerrepository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace tenure::ui {

class CustomerFilterProxy;
class CustomerTableModel;

// The Accounts view: search as you type, a count of the shown accounts, and the sortable table.
class AccountsView final : public QWidget {
    Q_OBJECT
public:
    explicit AccountsView(QWidget* parent = nullptr);

    void setCustomers(store::CustomerList customers);
    // Shows a problem in place of the table (an empty text hides it).
    void showProblem(const QString& message);

    CustomerTableModel* model() const { return m_model; }
    CustomerFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    // A row was double-clicked or Enter pressed on it: open that account.
    void accountActivated(const QString& customerKey);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applySearch();
    void updateCount();
    // Fits the columns to the table's width until the user resizes one by hand.
    void sizeColumns();

    CustomerTableModel* m_model;
    CustomerFilterProxy* m_proxy;
    QLineEdit* m_search;
    QLabel* m_count;
    QLabel* m_problem;
    QTableView* m_table;
    QTimer* m_searchDelay;
    bool m_sizingColumns = false;
    bool m_userSizedColumns = false;
};

} // namespace tenure::ui
