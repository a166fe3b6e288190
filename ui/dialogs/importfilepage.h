#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tenure::ui {

struct ImportDraft;

// Step 1: which file (typed, browsed to, or dropped on the page) and what it holds; the entity
// is guessed from the file's name and header until the user picks one.
class ImportFilePage final : public QWizardPage {
    Q_OBJECT
public:
    ImportFilePage(ImportDraft& draft, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* fileField() const { return m_file; }
    QComboBox* entityCombo() const { return m_entity; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse();
    void loadPreview();

    ImportDraft& m_draft;
    QLineEdit* m_file;
    QComboBox* m_entity;
    QLabel* m_info;
    QLabel* m_problem;
    bool m_previewOk = false;
    bool m_entityChosen = false; // the user picked the entity: stop guessing
};

} // namespace tenure::ui
