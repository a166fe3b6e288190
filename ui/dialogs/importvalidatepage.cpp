#include "importvalidatepage.h"

#include "importdraft.h"
#include "importjob.h"
#include "importsummaryview.h"

#include <QButtonGroup>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tenure::ui {

ImportValidatePage::ImportValidatePage(ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_job(new ImportJob(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_view(new ImportSummaryView(this))
    , m_stop(new QRadioButton(tr("&Stop on the first bad row (import nothing if any row is bad)"), this))
    , m_skip(new QRadioButton(tr("Import the &good rows and skip the bad ones"), this))
    , m_hint(new QLabel(this)) {
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row is read and checked as the import would; nothing is stored yet."));
    // The next step changes the store: it is the one to confirm, and there is no way back.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_progress->setObjectName(QStringLiteral("validateProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("validateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop->setObjectName(QStringLiteral("onErrorStop"));
    m_skip->setObjectName(QStringLiteral("onErrorSkip"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_stop);
    choice->addButton(m_skip);
    m_stop->setChecked(true);
    connect(m_stop, &QRadioButton::toggled, this, &ImportValidatePage::updateHint);
    m_hint->setObjectName(QStringLiteral("validateHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_hint->hide();

    connect(m_job, &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, &ImportValidatePage::finished);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_stop);
    layout->addWidget(m_skip);
    layout->addWidget(m_hint);
}

void ImportValidatePage::initializePage() {
    m_done = false;
    m_summary = {};
    m_view->clear();
    m_hint->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Checking %1…").arg(m_draft.file));
    io::ImportOptions options = m_draft.options();
    options.dryRun = true;
    options.onError = io::OnError::Skip; // to list every bad row, not only the first
    m_job->start(m_draft.storePath, std::move(options));
    Q_EMIT completeChanged();
}

void ImportValidatePage::cleanupPage() {
    m_job->cancel(); // Back while checking: the dry run's result is not wanted
    QWizardPage::cleanupPage();
}

bool ImportValidatePage::isChecking() const {
    return m_job->isRunning();
}

void ImportValidatePage::finished(const io::ImportSummary& summary) {
    if (summary.failure == io::ImportFailure::Cancelled) return; // left the page
    m_done = true;
    m_summary = summary;
    m_progress->hide();
    if (summary.ok()) {
        m_status->setText(summary.rejected.empty()
                              ? tr("Every row can be imported.")
                              : tr("Some rows cannot be imported; they are listed below."));
        m_view->setSummary(summary, true);
    } else {
        m_status->setText(tr("This file cannot be imported as it is: %1").arg(summary.error));
        m_view->clear();
    }
    updateHint();
    Q_EMIT completeChanged();
}

void ImportValidatePage::updateHint() {
    const bool blocked = m_done && m_summary.ok() && !m_summary.rejected.empty() && m_stop->isChecked();
    m_hint->setText(tr("With bad rows in the file, stopping on the first one would import nothing: "
                       "choose to skip them, or correct the file and import it again."));
    m_hint->setVisible(blocked);
    Q_EMIT completeChanged();
}

bool ImportValidatePage::isComplete() const {
    return m_done && m_summary.ok() && (m_summary.rejected.empty() || m_skip->isChecked());
}

bool ImportValidatePage::validatePage() {
    if (!isComplete()) return false;
    m_draft.onError = m_skip->isChecked() ? io::OnError::Skip : io::OnError::Stop;
    return true;
}

} // namespace tenure::ui
