#include "importmappingpage.h"

#include "importdraft.h"
#include "io/columnmapping.h"
#include "io/entities.h"
#include "savedmappings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

enum MappingColumn { FieldColumn, FileColumn, SampleColumn, MappingColumnCount };

void setUpTable(QTableWidget* table) {
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
}

// A cell's text on one line: previews of multi-line fields would otherwise be cut mid-row.
QString oneLine(const QString& text) {
    QString out = text.simplified();
    constexpr int longest = 80;
    if (out.size() > longest) out = out.left(longest - 1) + QChar(0x2026);
    return out;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_preview(new QTableWidget(this))
    , m_mapping(new QTableWidget(this))
    , m_dateFormat(new QComboBox(this))
    , m_savedNote(new QLabel(this))
    , m_extra(new QLabel(this))
    , m_missing(new QLabel(this)) {
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Pick the file's column for each field. Fields in bold are required."));

    m_preview->setObjectName(QStringLiteral("importPreview"));
    setUpTable(m_preview);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    setUpTable(m_mapping);
    m_mapping->setColumnCount(MappingColumnCount);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("First value")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);

    m_dateFormat->setObjectName(QStringLiteral("importDateFormat"));
    m_dateFormat->addItem(tr("Automatic"), QString());
    for (const char* format : {"DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD"})
        m_dateFormat->addItem(QLatin1String(format), QLatin1String(format));
    auto* dateLabel = new QLabel(tr("&Dates written as:"), this);
    dateLabel->setBuddy(m_dateFormat);

    m_savedNote->setObjectName(QStringLiteral("importSavedNote"));
    m_savedNote->setText(tr("The mapping you used last time for this file layout."));
    m_savedNote->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_extra->setObjectName(QStringLiteral("importExtraColumns"));
    m_extra->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("importMissing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("The file's first rows:"), previewBox));
    previewLayout->addWidget(m_preview);
    auto* mappingBox = new QWidget(this);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(m_mapping, 1);
    auto* options = new QHBoxLayout;
    options->addWidget(dateLabel);
    options->addWidget(m_dateFormat);
    options->addStretch(1);
    options->addWidget(m_savedNote);
    mappingLayout->addLayout(options);
    mappingLayout->addWidget(m_extra);
    mappingLayout->addWidget(m_missing);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(previewBox);
    splitter->addWidget(mappingBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void ImportMappingPage::initializePage() {
    fillPreview();
    fillMapping();
}

void ImportMappingPage::fillPreview() {
    const io::CsvPreview& p = m_draft.preview;
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(p.header.size()));
    m_preview->setRowCount(static_cast<int>(p.rows.size()));
    m_preview->setHorizontalHeaderLabels(p.header);
    for (int r = 0; r < static_cast<int>(p.rows.size()); ++r) {
        const QStringList& row = p.rows[static_cast<size_t>(r)];
        for (int c = 0; c < row.size() && c < p.header.size(); ++c) {
            auto* item = new QTableWidgetItem(oneLine(row[c]));
            if (row[c].size() > 80 || row[c].contains(u'\n')) item->setToolTip(row[c]);
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 240));
}

void ImportMappingPage::fillMapping() {
    const io::EntitySpec* entity = io::findEntity(m_draft.entity);
    if (!entity) return;
    const QStringList& header = m_draft.preview.header;
    const io::MappingSuggestion suggestion = io::suggestMapping(*entity, header);
    const std::optional<SavedMapping> saved = loadSavedMapping(m_draft.entity, header);
    m_usedSaved = saved.has_value();
    m_savedNote->setVisible(m_usedSaved);

    m_mapping->setRowCount(static_cast<int>(entity->fields.size()));
    m_combos.clear();
    // "Required" here also marks the fields a stand-in can replace (signup_date, amount), as
    // suggestMapping reports them; the status line says what is still missing.
    const io::ColumnMapping none{header, std::vector<int>(entity->fields.size(), -1), {}};
    const QStringList required = io::missingRequiredFields(*entity, none);
    for (size_t i = 0; i < entity->fields.size(); ++i) {
        const QString field = QLatin1String(entity->fields[i].name);
        const int row = static_cast<int>(i);
        auto* name = new QTableWidgetItem(field);
        if (required.contains(field)) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("Required"));
        }
        m_mapping->setItem(row, FieldColumn, name);

        auto* combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("map_") + field);
        combo->addItem(tr("(not imported)"), QString());
        for (const QString& h : header)
            combo->addItem(h, h);
        QString chosen;
        if (saved) {
            const auto it = saved->columnMap.find(field);
            if (it != saved->columnMap.end()) chosen = it->second;
        } else if (suggestion.mapping.has(row)) {
            chosen = header[suggestion.mapping.fieldColumn[i]];
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateStatus);
        m_mapping->setCellWidget(row, FileColumn, combo);
        m_mapping->setItem(row, SampleColumn, new QTableWidgetItem());
        m_combos.push_back(combo);
    }
    m_dateFormat->setCurrentIndex(std::max(0, m_dateFormat->findData(saved ? saved->dateFormat : QString())));
    m_mapping->resizeColumnToContents(FieldColumn);
    m_mapping->setColumnWidth(FieldColumn, m_mapping->columnWidth(FieldColumn) + 16);
    m_mapping->setColumnWidth(FileColumn, 240);
    m_mapping->verticalHeader()->setDefaultSectionSize(
        m_combos.empty() ? 30 : m_combos.front()->sizeHint().height() + 4);
    updateStatus();
}

QComboBox* ImportMappingPage::columnCombo(const QString& field) const {
    return m_mapping->findChild<QComboBox*>(QStringLiteral("map_") + field);
}

std::map<QString, QString> ImportMappingPage::chosenMap() const {
    std::map<QString, QString> map;
    const io::EntitySpec* entity = io::findEntity(m_draft.entity);
    if (!entity) return map;
    for (size_t i = 0; i < m_combos.size() && i < entity->fields.size(); ++i) {
        const QString column = m_combos[i]->currentData().toString();
        if (!column.isEmpty()) map[QLatin1String(entity->fields[i].name)] = column;
    }
    return map;
}

void ImportMappingPage::updateStatus() {
    const io::EntitySpec* entity = io::findEntity(m_draft.entity);
    if (!entity) return;
    const QStringList& header = m_draft.preview.header;
    const QStringList firstRow = m_draft.preview.rows.empty() ? QStringList() : m_draft.preview.rows.front();
    io::ColumnMapping m{header, std::vector<int>(entity->fields.size(), -1), {}};
    // One column may feed two fields (a customer's e-mail as its id, say).
    std::vector<bool> used(static_cast<size_t>(header.size()), false);
    for (size_t i = 0; i < m_combos.size(); ++i) {
        const int column = m_combos[i]->currentIndex() - 1; // item 0 is "(not imported)"
        m_mapping->item(static_cast<int>(i), SampleColumn)
            ->setText(column >= 0 ? oneLine(firstRow.value(column)) : QString());
        if (column < 0) continue;
        m.fieldColumn[i] = column;
        used[static_cast<size_t>(column)] = true;
    }
    QStringList extra;
    for (int c = 0; c < header.size(); ++c)
        if (!used[static_cast<size_t>(c)]) extra << header[c];
    if (extra.isEmpty())
        m_extra->clear();
    else if (entity->key == io::KeyKind::CustomerId)
        m_extra->setText(tr("Kept as custom attributes: %1").arg(extra.join(QStringLiteral(", "))));
    else
        m_extra->setText(tr("Not imported: %1").arg(extra.join(QStringLiteral(", "))));

    const QStringList missing = io::missingRequiredFields(*entity, m);
    QStringList problems;
    for (const QString& field : missing) {
        if (field == QLatin1String("signup_date") && entity->fieldIndex("tenure_months") >= 0)
            problems << tr("Choose a column for signup_date (or tenure_months for snapshot data).");
        else if (field == QLatin1String("amount") && entity->fieldIndex("unit_price") >= 0)
            problems << tr("Choose a column for amount (or for both quantity and unit_price).");
        else
            problems << tr("Choose a column for %1.").arg(field);
    }
    m_missing->setText(problems.join(u' '));
    m_missing->setVisible(!problems.isEmpty());
    const bool complete = problems.isEmpty();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged();
    }
}

bool ImportMappingPage::isComplete() const {
    return m_complete;
}

bool ImportMappingPage::validatePage() {
    if (!m_complete) return false;
    m_draft.columnMap = chosenMap();
    m_draft.dateFormat = m_dateFormat->currentData().toString();
    saveMapping(m_draft.entity, m_draft.preview.header, {m_draft.columnMap, m_draft.dateFormat});
    return true;
}

} // namespace tenure::ui
