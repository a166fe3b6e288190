#include "segmenteditor.h"

#include "store/segmentrepository.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

// The operators as people read them; the item data is the operator.
QString operatorLabel(metrics::RuleOp op) {
    switch (op) {
    case metrics::RuleOp::Contains:
        return SegmentEditor::tr("contains");
    case metrics::RuleOp::In:
        return SegmentEditor::tr("is one of");
    case metrics::RuleOp::IsEmpty:
        return SegmentEditor::tr("is empty");
    case metrics::RuleOp::IsNotEmpty:
        return SegmentEditor::tr("is not empty");
    default:
        return metrics::ruleOpSymbol(op);
    }
}

QString kindHeading(store::SegmentFieldKind kind) {
    switch (kind) {
    case store::SegmentFieldKind::Customer:
        return SegmentEditor::tr("Customer fields");
    case store::SegmentFieldKind::Computed:
        return SegmentEditor::tr("Computed metrics");
    case store::SegmentFieldKind::Attribute:
        break;
    }
    return SegmentEditor::tr("Custom attributes");
}

} // namespace

SegmentEditor::SegmentEditor(const QString& storePath, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_original(name)
    , m_name(new QLineEdit(this))
    , m_match(new QComboBox(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("&Add rule"), this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(name.isEmpty() ? tr("New segment") : tr("Edit segment %1").arg(name));
    m_match->addItem(tr("all of the rules"), static_cast<int>(metrics::SegmentMatch::All));
    m_match->addItem(tr("any of the rules"), static_cast<int>(metrics::SegmentMatch::Any));
    m_name->setPlaceholderText(tr("e.g. Monthly fiber customers"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    std::optional<metrics::SegmentDefinition> existing;
    auto opened = store::Store::open(storePath, {store::OpenMode::MustExist});
    if (opened) {
        if (auto fields = store::segmentFields(*opened.value())) m_fields = std::move(fields.value());
        if (!name.isEmpty()) {
            auto found = store::findSavedSegment(*opened.value(), name);
            if (found && found.value())
                existing = found.value();
            else if (!found)
                showError(found.error());
        }
    } else {
        showError(opened.error());
        m_fields = store::customerSegmentFields();
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* matchRow = new QHBoxLayout;
    auto* matchLabel = new QLabel(tr("Customers who match"), this);
    matchLabel->setBuddy(m_match);
    matchRow->addWidget(matchLabel);
    matchRow->addWidget(m_match);
    matchRow->addStretch(1);

    auto* rowsHost = new QWidget(this);
    auto* hostLayout = new QVBoxLayout(rowsHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addLayout(m_rowsLayout);
    hostLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(rowsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setMinimumHeight(180);

    auto* hint =
        new QLabel(tr("Numbers compare as numbers, yes / no as yes / no, other values as text in any "
                      "case; dates as YYYY-MM-DD. \"Is one of\" takes values separated by commas. "
                      "Days are counted to the last day with data."),
                   this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addRule(); });

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(matchRow);
    layout->addWidget(scroll, 1);
    layout->addLayout(addRow);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (existing) {
        m_name->setText(existing->name);
        m_match->setCurrentIndex(m_match->findData(static_cast<int>(existing->match)));
        for (const metrics::SegmentRule& r : existing->rules)
            addRule(r);
    }
    if (m_rows.empty()) addRule();
    resize(640, 420);
}

void SegmentEditor::addRule(const metrics::SegmentRule& rule) {
    Row row;
    row.widget = new QWidget(this);
    row.field = new QComboBox(row.widget);
    row.op = new QComboBox(row.widget);
    row.value = new QLineEdit(row.widget);
    row.remove = new QToolButton(row.widget);

    // Fields under a heading per kind; the headings are not selectable. The box is editable so
    // that an attribute not yet imported can be typed.
    row.field->setEditable(true);
    row.field->setInsertPolicy(QComboBox::NoInsert);
    row.field->setMinimumContentsLength(18);
    auto* model = qobject_cast<QStandardItemModel*>(row.field->model());
    std::optional<store::SegmentFieldKind> kind;
    for (const store::SegmentField& f : m_fields) {
        if (!kind || *kind != f.kind) {
            kind = f.kind;
            row.field->addItem(kindHeading(f.kind));
            if (model) model->item(row.field->count() - 1)->setEnabled(false);
        }
        row.field->addItem(f.name, f.name);
        row.field->setItemData(row.field->count() - 1, f.description, Qt::ToolTipRole);
    }
    row.field->setCurrentIndex(-1);
    row.field->setEditText(rule.field);
    row.field->lineEdit()->setPlaceholderText(tr("Field"));
    row.field->setToolTip(tr("A customer field, a computed metric or a custom attribute"));

    for (metrics::RuleOp op : metrics::ruleOps())
        row.op->addItem(operatorLabel(op), static_cast<int>(op));
    row.op->setCurrentIndex(row.op->findData(static_cast<int>(rule.op)));
    row.value->setText(rule.value);
    row.value->setPlaceholderText(tr("Value"));
    row.value->setEnabled(metrics::ruleOpTakesValue(rule.op));
    QLineEdit* value = row.value;
    QComboBox* op = row.op;
    connect(row.op, &QComboBox::currentIndexChanged, this, [value, op] {
        value->setEnabled(metrics::ruleOpTakesValue(static_cast<metrics::RuleOp>(op->currentData().toInt())));
    });
    row.remove->setText(QStringLiteral("\u2212"));
    row.remove->setToolTip(tr("Remove this rule"));
    row.remove->setAccessibleName(tr("Remove rule"));
    QWidget* widget = row.widget;
    connect(row.remove, &QToolButton::clicked, this, [this, widget] {
        for (size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].widget == widget) removeRule(static_cast<int>(i));
    });

    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(row.field, 3);
    layout->addWidget(row.op, 2);
    layout->addWidget(row.value, 3);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);
    m_rows.push_back(row);
}

void SegmentEditor::removeRule(int row) {
    if (row < 0 || row >= ruleCount()) return;
    Row r = m_rows[static_cast<size_t>(row)];
    m_rows.erase(m_rows.begin() + row);
    m_rowsLayout->removeWidget(r.widget);
    r.widget->hide();
    r.widget->deleteLater();
}

metrics::SegmentDefinition SegmentEditor::definition() const {
    metrics::SegmentDefinition d;
    d.name = m_name->text().trimmed();
    d.match = static_cast<metrics::SegmentMatch>(m_match->currentData().toInt());
    for (const Row& row : m_rows) {
        const QString field = row.field->currentText().trimmed();
        const auto op = static_cast<metrics::RuleOp>(row.op->currentData().toInt());
        // A row left blank is no rule.
        if (field.isEmpty() && row.value->text().trimmed().isEmpty()) continue;
        d.rules.push_back(
            {field, op, metrics::ruleOpTakesValue(op) ? row.value->text().trimmed() : QString()});
    }
    return d;
}

bool SegmentEditor::save() {
    const metrics::SegmentDefinition d = definition();
    if (d.name.isEmpty()) {
        showError(tr("Give the segment a name."));
        m_name->setFocus();
        return false;
    }
    for (const metrics::SegmentRule& r : d.rules)
        if (r.field.isEmpty()) {
            showError(tr("Every rule needs a field."));
            return false;
        }
    auto opened = store::Store::open(m_storePath, {store::OpenMode::MustExist});
    if (!opened) {
        showError(opened.error());
        return false;
    }
    if (Status s = store::saveSegment(*opened.value(), d, m_original); !s) {
        showError(s.error());
        return false;
    }
    m_error.clear();
    m_problem->hide();
    m_original = d.name;
    Q_EMIT saved(d.name);
    return true;
}

void SegmentEditor::showError(const QString& message) {
    m_error = message;
    m_problem->setText(message);
    m_problem->show();
}

} // namespace tenure::ui
