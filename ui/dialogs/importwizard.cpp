#include "importwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importrunpage.h"
#include "importvalidatepage.h"

namespace tenure::ui {

ImportWizard::ImportWizard(const QString& storePath, const QString& file, QWidget* parent)
    : QWizard(parent)
    , m_draft{storePath, file, {}, {}, {}, {}, io::OnError::Stop} {
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a CSV file"));
    setWizardStyle(QWizard::ClassicStyle);
    // The run page has its own Cancel import button; Finish closes it.
    setOptions(options() | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    m_filePage = new ImportFilePage(m_draft, this);
    m_mappingPage = new ImportMappingPage(m_draft, this);
    m_validatePage = new ImportValidatePage(m_draft, this);
    m_runPage = new ImportRunPage(m_draft, this);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(ValidatePage, m_validatePage);
    setPage(RunPage, m_runPage);
    connect(m_runPage, &ImportRunPage::imported, this, &ImportWizard::imported);
    connect(m_runPage, &ImportRunPage::done, this, [this] {
        if (m_closeWhenDone) QWizard::reject();
    });
    resize(900, 680);
}

void ImportWizard::reject() {
    if (m_runPage->isRunning()) {
        // Never block the GUI thread on the worker: ask it to stop, close when it has.
        m_closeWhenDone = true;
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace tenure::ui
