#pragma once

#include "importdraft.h"

#include <QWizard>

namespace tenure::ui {

class ImportFilePage;
class ImportMappingPage;
class ImportRunPage;
class ImportValidatePage;

// File → Import: choose a file, map its columns, check every row, import with progress. The
// store is changed only by the core importer, on a worker thread with its own connection.
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, ValidatePage, RunPage };

    // storePath: the open store; file: prefilled (a file dropped on the window), may be empty.
    explicit ImportWizard(const QString& storePath, const QString& file = {}, QWidget* parent = nullptr);

    ImportFilePage* filePage() const { return m_filePage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportValidatePage* validatePage() const { return m_validatePage; }
    ImportRunPage* runPage() const { return m_runPage; }

public Q_SLOTS:
    // Closing while importing cancels the import and closes once it has rolled back.
    void reject() override;

Q_SIGNALS:
    // Rows were imported: the window reloads.
    void imported();

private:
    ImportDraft m_draft;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportValidatePage* m_validatePage;
    ImportRunPage* m_runPage;
    bool m_closeWhenDone = false;
};

} // namespace tenure::ui
