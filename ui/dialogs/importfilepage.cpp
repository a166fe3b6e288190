#include "importfilepage.h"

#include "importdraft.h"
#include "io/columnmapping.h"
#include "io/entities.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

constexpr int previewRows = 50;

QString delimiterName(char delimiter) {
    switch (delimiter) {
    case '\t':
        return ImportFilePage::tr("tab");
    case ';':
        return ImportFilePage::tr("semicolon");
    case '|':
        return ImportFilePage::tr("vertical bar");
    default:
        return ImportFilePage::tr("comma");
    }
}

QString droppedFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1) return {};
    const QUrl url = mime->urls().front();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

ImportFilePage::ImportFilePage(ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_file(new QLineEdit(this))
    , m_entity(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_problem(new QLabel(this)) {
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file of one kind of data. You can also drop the file on this page."));
    setAcceptDrops(true);

    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("Path of a .csv file"));
    m_file->setClearButtonEnabled(true);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportFilePage::loadPreview);

    m_entity->setObjectName(QStringLiteral("importEntity"));
    for (const QString& name : io::entityNames())
        m_entity->addItem(entityTitle(name), name);
    // Only a choice of the user's stops the guessing; setCurrentIndex does not emit activated.
    connect(m_entity, &QComboBox::activated, this, [this] { m_entityChosen = true; });

    m_info->setObjectName(QStringLiteral("importFileInfo"));
    m_info->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("importFileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(
        QStringLiteral("QLabel { color: #5f2120; background: #fdecea; "
                       "border: 1px solid #f5c2c0; border-radius: 4px; padding: 8px; }"));
    m_problem->hide();

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Contains:"), m_entity);
    qobject_cast<QLabel*>(form->labelForField(fileRow))->setBuddy(m_file);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    if (!m_draft.file.isEmpty()) m_file->setText(m_draft.file);
}

bool ImportFilePage::isComplete() const {
    return m_previewOk;
}

bool ImportFilePage::validatePage() {
    m_draft.file = m_file->text().trimmed();
    m_draft.entity = m_entity->currentData().toString();
    return m_previewOk;
}

void ImportFilePage::browse() {
    const QString start = m_file->text().isEmpty() ? QString() : QFileInfo(m_file->text()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import a CSV file"), start,
                                                        tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!chosen.isEmpty()) m_file->setText(chosen);
}

void ImportFilePage::loadPreview() {
    const QString path = m_file->text().trimmed();
    m_previewOk = false;
    m_info->clear();
    m_problem->hide();
    if (!path.isEmpty()) {
        // A bounded read (the header and 50 rows), quick enough for the GUI thread.
        auto preview = io::previewCsv(path, {}, previewRows);
        if (preview) {
            m_previewOk = true;
            m_draft.preview = std::move(preview.value());
            const QLocale locale;
            m_info->setText(tr("%1 columns, separated by %2: %3")
                                .arg(locale.toString(m_draft.preview.header.size()),
                                     delimiterName(m_draft.preview.delimiter),
                                     m_draft.preview.header.join(QStringLiteral(", "))));
            if (!m_entityChosen) {
                const QString guess = io::guessEntity(path, m_draft.preview.header);
                m_entity->setCurrentIndex(m_entity->findData(guess));
            }
        } else {
            m_problem->setText(tr("This file cannot be read: %1").arg(preview.error()));
            m_problem->show();
        }
    }
    Q_EMIT completeChanged();
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedFile(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent* event) {
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty()) return;
    m_file->setText(file);
    event->acceptProposedAction();
}

} // namespace tenure::ui
