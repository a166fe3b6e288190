#pragma once

#include "metrics/segmentrules.h"
#include "store/segmentfields.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace tenure::ui {

// The rule editor of a saved segment (product.md "Segments"): a name, all / any, and rows of
// field, operator and value. Fields are the customer fields, the computed metrics and the
// store's custom attribute names (store/segmentrepository.h); a field may also be typed, for an
// attribute a later import brings. Saving goes through the core's saveSegment.
class SegmentEditor final : public QDialog {
    Q_OBJECT
public:
    // An empty `name` creates a segment; else the saved segment of that name is edited (and may
    // be renamed).
    SegmentEditor(const QString& storePath, const QString& name = {}, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* matchBox() const { return m_match; }
    QPushButton* addButton() const { return m_add; }
    int ruleCount() const { return static_cast<int>(m_rows.size()); }
    QComboBox* fieldBox(int row) const { return m_rows[static_cast<size_t>(row)].field; }
    QComboBox* operatorBox(int row) const { return m_rows[static_cast<size_t>(row)].op; }
    QLineEdit* valueEdit(int row) const { return m_rows[static_cast<size_t>(row)].value; }
    QToolButton* removeButton(int row) const { return m_rows[static_cast<size_t>(row)].remove; }

    void addRule(const metrics::SegmentRule& rule = {});
    void removeRule(int row);
    // What the editor holds now.
    metrics::SegmentDefinition definition() const;
    // Writes the segment; false with the reason shown in the dialog when the core refused it.
    bool save();
    QString error() const { return m_error; }

Q_SIGNALS:
    void saved(const QString& name);

private:
    struct Row {
        QWidget* widget = nullptr;
        QComboBox* field = nullptr;
        QComboBox* op = nullptr;
        QLineEdit* value = nullptr;
        QToolButton* remove = nullptr;
    };
    void showError(const QString& message);

    QString m_storePath;
    QString m_original;
    QString m_error;
    std::vector<store::SegmentField> m_fields;
    QLineEdit* m_name;
    QComboBox* m_match;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QLabel* m_problem;
    std::vector<Row> m_rows;
};

} // namespace tenure::ui
