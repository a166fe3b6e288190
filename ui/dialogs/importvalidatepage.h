#pragma once

#include "io/importoptions.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QRadioButton;

namespace tenure::ui {

struct ImportDraft;
class ImportJob;
class ImportSummaryView;

// Step 3: a dry run of the whole file on a worker thread (the store stays as it is), its counts
// and rejected rows, and the choice of what to do with bad rows.
class ImportValidatePage final : public QWizardPage {
    Q_OBJECT
public:
    ImportValidatePage(ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isChecking() const;
    const io::ImportSummary& summary() const { return m_summary; }
    ImportSummaryView* summaryView() const { return m_view; }
    QRadioButton* stopChoice() const { return m_stop; }
    QRadioButton* skipChoice() const { return m_skip; }

private:
    void finished(const io::ImportSummary& summary);
    void updateHint();

    ImportDraft& m_draft;
    ImportJob* m_job;
    QProgressBar* m_progress;
    QLabel* m_status;
    ImportSummaryView* m_view;
    QRadioButton* m_stop;
    QRadioButton* m_skip;
    QLabel* m_hint;
    io::ImportSummary m_summary;
    bool m_done = false;
};

} // namespace tenure::ui
