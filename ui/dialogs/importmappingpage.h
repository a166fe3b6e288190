#pragma once

#include <QWizardPage>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tenure::ui {

struct ImportDraft;

// Step 2: the first rows of the file, and which of its columns feeds each canonical field of the
// entity: matched automatically, or as the user last confirmed for this file layout, editable.
// The confirmed mapping is saved for the next file with the same header.
class ImportMappingPage final : public QWizardPage {
    Q_OBJECT
public:
    ImportMappingPage(ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The combo of a canonical field ("segment"): the file's headers and "(not imported)".
    QComboBox* columnCombo(const QString& field) const;
    QComboBox* dateFormatCombo() const { return m_dateFormat; }
    QTableWidget* previewTable() const { return m_preview; }
    // True when the mapping shown came from a saved one.
    bool usedSavedMapping() const { return m_usedSaved; }

private:
    void fillPreview();
    void fillMapping();
    void updateStatus();
    std::map<QString, QString> chosenMap() const;

    ImportDraft& m_draft;
    QTableWidget* m_preview;
    QTableWidget* m_mapping;
    QComboBox* m_dateFormat;
    QLabel* m_savedNote;
    QLabel* m_extra;
    QLabel* m_missing;
    std::vector<QComboBox*> m_combos; // one per field of the entity, in its order
    bool m_usedSaved = false;
    bool m_complete = false;
};

} // namespace tenure::ui
