#pragma once

#include "io/importoptions.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tenure::ui {

// The counts of an import or a dry run, and its rejected rows (line, column, reason).
class ImportSummaryView final : public QWidget {
    Q_OBJECT
public:
    explicit ImportSummaryView(QWidget* parent = nullptr);

    // dryRun words the counts as what would happen.
    void setSummary(const io::ImportSummary& summary, bool dryRun);
    void clear();

    QLabel* countsLabel() const { return m_counts; }
    QTableWidget* rejectedTable() const { return m_rejected; }

private:
    QLabel* m_counts;
    QLabel* m_rejectedTitle;
    QTableWidget* m_rejected;
};

} // namespace tenure::ui
