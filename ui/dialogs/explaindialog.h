#pragma once

#include "reports/explain.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace tenure::ui {

class ExplainModel;

// The drill-down: the rows behind one figure, with why each is in or out. A role filter
// narrows the list; double-clicking a row (or Enter) asks the window to open that account.
class ExplainDialog final : public QDialog {
    Q_OBJECT
public:
    ExplainDialog(const QString& title, const QString& summary, std::vector<reports::ExplainRow> rows,
                  QWidget* parent = nullptr);

    ExplainModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void accountRequested(const QString& customerKey);

private:
    void applyRoleFilter();
    void openCurrent();

    ExplainModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_roles;
    QLabel* m_count;
    QTableView* m_table;
};

} // namespace tenure::ui
