#include "importrunpage.h"

#include "importdraft.h"
#include "importjob.h"
#include "importsummaryview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenure::ui {

ImportRunPage::ImportRunPage(ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_job(new ImportJob(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_status(new QLabel(this))
    , m_view(new ImportSummaryView(this)) {
    setTitle(tr("Import"));
    setSubTitle(tr("The file lands in one step: all of it, or, if you cancel, nothing."));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_job, &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, &ImportRunPage::finished);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
}

void ImportRunPage::initializePage() {
    m_done = false;
    m_summary = {};
    m_view->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_status->setText(tr("Importing %1…").arg(m_draft.file));
    m_job->start(m_draft.storePath, m_draft.options());
    Q_EMIT completeChanged();
}

bool ImportRunPage::isRunning() const {
    return m_job->isRunning();
}

void ImportRunPage::cancel() {
    if (!m_job->isRunning()) return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ImportRunPage::finished(const io::ImportSummary& summary) {
    m_done = true;
    m_summary = summary;
    m_progress->hide();
    m_cancel->hide();
    if (summary.ok()) {
        m_status->setText(tr("Imported %1.").arg(m_draft.file));
        m_view->setSummary(summary, false);
    } else if (summary.failure == io::ImportFailure::Cancelled) {
        m_status->setText(tr("Import cancelled. The store is unchanged."));
    } else {
        m_status->setText(tr("Nothing was imported: %1").arg(summary.error));
        if (!summary.rejected.empty()) m_view->setSummary(summary, false);
    }
    Q_EMIT completeChanged();
    if (summary.ok()) Q_EMIT imported();
    Q_EMIT done();
}

bool ImportRunPage::isComplete() const {
    return m_done;
}

} // namespace tenure::ui
