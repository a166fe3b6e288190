#pragma once

#include "io/importoptions.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tenure::ui {

struct ImportDraft;
class ImportJob;
class ImportSummaryView;

// Step 4: the import itself on a worker thread, with progress and a Cancel button (cancelling
// rolls the one transaction back: the store is as before), then what it did.
class ImportRunPage final : public QWizardPage {
    Q_OBJECT
public:
    ImportRunPage(ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();
    const io::ImportSummary& summary() const { return m_summary; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    // The store changed (some rows were added or updated).
    void imported();
    // The run ended, however it ended.
    void done();

private:
    void finished(const io::ImportSummary& summary);

    ImportDraft& m_draft;
    ImportJob* m_job;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    ImportSummaryView* m_view;
    io::ImportSummary m_summary;
    bool m_done = false;
};

} // namespace tenure::ui
