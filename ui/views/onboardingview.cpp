#include "onboardingview.h"

#include "charts/periodlinechart.h"
#include "commands/storeeditcommand.h"
#include "figureformat.h"

#include "model/dates.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

// Draws "x of n" as a progress bar.
class ProgressDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // selection background
        // The bar on the left, "x of n" beside it, so that the text never sits on the fill.
        const QString text = index.data(Qt::DisplayRole).toString();
        const int textWidth = option.fontMetrics.horizontalAdvance(text) + 8;
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -textWidth - 4, -4);
        bar.minimum = 0;
        bar.maximum = std::max(1, index.data(OnboardingView::TotalRole).toInt());
        bar.progress =
            static_cast<int>(std::lround(index.data(OnboardingView::SortRole).toDouble() * bar.maximum));
        bar.textVisible = false;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
        const QRect textRect = option.rect.adjusted(option.rect.width() - textWidth, 0, 0, 0);
        painter->save();
        painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                   : QPalette::Text));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
    }
};

// Due days are edited in a spin box of whole days after signup.
class DueDaysDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, 3650);
        spin->setSuffix(QCoreApplication::translate("tenure::ui::OnboardingView", " days"));
        return spin;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        static_cast<QSpinBox*>(editor)->setValue(index.data(Qt::EditRole).toInt());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        auto* spin = static_cast<QSpinBox*>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
};

QStandardItem* item(const QString& text, const QVariant& sort = {}) {
    auto* it = new QStandardItem(text);
    it->setEditable(false);
    it->setData(sort.isValid() ? sort : QVariant(text), OnboardingView::SortRole);
    return it;
}

void styleTable(QTableView* table) {
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

OnboardingView::OnboardingView(QWidget* parent)
    : ScopedView(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_accounts(new QStandardItemModel(this))
    , m_accountsTable(new QTableView(this))
    , m_checklist(new QStandardItemModel(this))
    , m_checklistTable(new QTableView(this))
    , m_add(new QPushButton(tr("Add milestone"), this))
    , m_remove(new QPushButton(tr("Remove milestone"), this))
    , m_daysChart(new PeriodLineChart(this))
    , m_interactionsChart(new PeriodLineChart(this)) {
    m_summary->setObjectName(QStringLiteral("onboardingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Accounts in onboarding.
    m_accounts->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Name"), tr("Signup"), tr("Progress"), tr("Status"), tr("Overdue milestones")});
    m_accounts->setSortRole(SortRole);
    m_accountsTable->setObjectName(QStringLiteral("onboardingAccounts"));
    m_accountsTable->setModel(m_accounts);
    styleTable(m_accountsTable);
    m_accountsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountsTable->setSortingEnabled(true);
    m_accountsTable->sortByColumn(Signup, Qt::DescendingOrder); // the latest signups first
    m_accountsTable->setItemDelegateForColumn(Progress, new ProgressDelegate(m_accountsTable));
    m_accountsTable->setToolTip(tr("Double-click an account to open it."));
    const QFontMetrics fm = m_accountsTable->fontMetrics();
    m_accountsTable->setColumnWidth(Customer, fm.horizontalAdvance(QStringLiteral("C00000000")) + 30);
    m_accountsTable->setColumnWidth(Name,
                                    fm.horizontalAdvance(QStringLiteral("Agnieszka Jansen-Whitfield")) + 20);
    m_accountsTable->setColumnWidth(Signup, fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 30);
    m_accountsTable->setColumnWidth(Progress, fm.horizontalAdvance(tr("%1 of %2").arg(10).arg(10)) + 110);
    m_accountsTable->setColumnWidth(StatusColumn, fm.horizontalAdvance(tr("On track")) + 40);
    connect(m_accountsTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString key = m_accounts->index(index.row(), Customer).data(Qt::DisplayRole).toString();
        if (!key.isEmpty()) Q_EMIT accountRequested(key);
    });

    // The trend per signup period.
    m_daysChart->setObjectName(QStringLiteral("onboardingDaysChart"));
    m_daysChart->setTitle(tr("Average days from signup, by signup period"));
    m_interactionsChart->setObjectName(QStringLiteral("onboardingInteractionsChart"));
    m_interactionsChart->setTitle(tr("Average interactions during onboarding, by signup period"));
    connect(m_daysChart, &PeriodLineChart::periodClicked, this,
            [this](int index) { explainCohort(index, true); });
    connect(m_interactionsChart, &PeriodLineChart::periodClicked, this,
            [this](int index) { explainCohort(index, false); });
    for (PeriodLineChart* chart : {m_daysChart, m_interactionsChart})
        chart->setToolTip(tr("Click a signup period to see its customers."));
    auto* trend = new QSplitter(Qt::Vertical, this);
    trend->addWidget(m_daysChart);
    trend->addWidget(m_interactionsChart);
    trend->setStretchFactor(0, 3);
    trend->setStretchFactor(1, 2);
    trend->setChildrenCollapsible(false);

    // The checklist template.
    m_checklist->setHorizontalHeaderLabels({tr("Milestone"), tr("Due (days after signup)"), tr("Required")});
    m_checklistTable->setObjectName(QStringLiteral("onboardingChecklist"));
    m_checklistTable->setModel(m_checklist);
    styleTable(m_checklistTable);
    m_checklistTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklistTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::SelectedClicked);
    m_checklistTable->setItemDelegateForColumn(DueDays, new DueDaysDelegate(m_checklistTable));
    m_checklistTable->setColumnWidth(Milestone,
                                     fm.horizontalAdvance(QStringLiteral("Technical setup verified")) + 120);
    m_checklistTable->setColumnWidth(DueDays, fm.horizontalAdvance(tr("Due (days after signup)")) + 40);
    connect(m_checklist, &QStandardItemModel::itemChanged, this, [this](QStandardItem* changed) {
        if (!m_filling) checklistEdited(changed->row(), changed->column());
    });
    m_add->setObjectName(QStringLiteral("addMilestone"));
    m_remove->setObjectName(QStringLiteral("removeMilestone"));
    connect(m_add, &QPushButton::clicked, this, &OnboardingView::addMilestone);
    connect(m_remove, &QPushButton::clicked, this, &OnboardingView::removeMilestone);
    auto* hint =
        new QLabel(tr("Double-click a name or a due day to change it. Changes are saved at once and "
                      "apply to every account's progress and overdue milestones; Ctrl+Z undoes them."),
                   this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* checklistPage = new QWidget(this);
    auto* checklistLayout = new QVBoxLayout(checklistPage);
    checklistLayout->addWidget(hint);
    checklistLayout->addWidget(m_checklistTable, 1);
    checklistLayout->addLayout(buttons);

    m_tabs->setObjectName(QStringLiteral("onboardingTabs"));
    m_tabs->addTab(m_accountsTable, tr("Accounts in onboarding"));
    m_tabs->addTab(trend, tr("Trend"));
    m_tabs->addTab(checklistPage, tr("Checklist"));
    contentLayout()->addWidget(m_summary);
    contentLayout()->addWidget(m_tabs, 1);
}

void OnboardingView::refresh() {
    reports::OnboardingOptions options;
    options.unit = scope().unit;
    options.filter = store::CustomerFilter{scope().segment};
    compute<reports::OnboardingReport>(
        [options](store::Store& store) { return reports::computeOnboarding(store, options); },
        [this](reports::OnboardingReport& report) { showReport(report); });
}

void OnboardingView::showReport(const reports::OnboardingReport& report) {
    const QLocale locale;
    showChecklist(report.checklist);

    int behind = 0;
    int stuck = 0;
    m_accountsTable->setSortingEnabled(false);
    m_accounts->removeRows(0, m_accounts->rowCount());
    for (const reports::OnboardingAccount& a : report.accounts) {
        QList<QStandardItem*> row;
        row << item(a.customerKey) << item(a.name.isEmpty() ? QStringLiteral("—") : a.name, a.name)
            << item(a.signup == metrics::noDay ? QStringLiteral("—") : formatDate(a.signup),
                    QVariant::fromValue<qlonglong>(a.signup));
        QStandardItem* progress =
            item(tr("%1 of %2").arg(locale.toString(a.completed), locale.toString(a.total)),
                 a.total > 0 ? static_cast<double>(a.completed) / a.total : 0.0);
        progress->setData(a.total, TotalRole);
        row << progress;
        QString status = tr("On track");
        if (a.status == reports::OnboardingStatus::Behind) {
            status = tr("Behind");
            ++behind;
        } else if (a.status == reports::OnboardingStatus::Stuck) {
            status = tr("Stuck");
            ++stuck;
        }
        QStandardItem* statusItem = item(status, static_cast<int>(a.status));
        if (a.status == reports::OnboardingStatus::Stuck) statusItem->setForeground(QColor(0xB0, 0x1E, 0x1E));
        if (a.status == reports::OnboardingStatus::Behind)
            statusItem->setForeground(QColor(0x9A, 0x5B, 0x00));
        row << statusItem;
        QStringList overdue;
        for (const metrics::OverdueMilestone& o : a.overdue)
            overdue << (o.daysOverdue == 1
                            ? tr("%1 (1 day late)").arg(o.milestone)
                            : tr("%1 (%2 days late)").arg(o.milestone, locale.toString(o.daysOverdue)));
        QStandardItem* overdueItem =
            item(overdue.isEmpty() ? QStringLiteral("—") : overdue.join(QStringLiteral("; ")),
                 static_cast<int>(a.overdue.size()));
        overdueItem->setToolTip(overdue.join(QLatin1Char('\n')));
        row << overdueItem;
        m_accounts->appendRow(row);
    }
    m_accountsTable->setSortingEnabled(true);

    m_summary->setText(report.asOfDay == metrics::noDay
                           ? tr("No signups in this store yet.")
                           : tr("As of %1: %2 accounts in onboarding (signed up in the last 90 days and not "
                                "yet onboarded, or "
                                "with an overdue milestone): %3 behind, %4 stuck.")
                                 .arg(formatDate(report.asOfDay),
                                      locale.toString(static_cast<int>(report.accounts.size())),
                                      locale.toString(behind), locale.toString(stuck)));

    m_trend = report.trend;
    m_asOfDay = report.asOfDay;
    QStringList periods;
    std::vector<PeriodLineChart::Line> days{{tr("Days to onboard"), {}}};
    for (const store::ChecklistMilestone& m : report.checklist)
        days.push_back({m.name, {}});
    std::vector<PeriodLineChart::Line> interactions{{tr("Interactions during onboarding"), {}}};
    for (const metrics::OnboardingRow& row : report.trend) {
        periods << periodLabel(row.cohort, scope().unit);
        days[0].values.push_back(row.daysToOnboardAvg);
        for (size_t i = 0; i < report.checklist.size(); ++i) {
            const auto it = row.daysToMilestoneAvg.find(report.checklist[i].name);
            days[i + 1].values.push_back(it == row.daysToMilestoneAvg.end() ? std::nullopt : it->second);
        }
        interactions[0].values.push_back(row.interactionsAvg);
    }
    const QString unitTitle = tr("Signup period (%1)").arg(periodUnitName(scope().unit));
    m_daysChart->setAxisTitles(unitTitle, tr("Days after signup"));
    m_daysChart->setData(periods, days);
    m_interactionsChart->setAxisTitles(unitTitle, tr("Interactions"));
    m_interactionsChart->setData(periods, interactions);
}

void OnboardingView::showChecklist(const std::vector<store::ChecklistMilestone>& checklist) {
    m_milestones = checklist;
    m_filling = true;
    m_checklist->removeRows(0, m_checklist->rowCount());
    for (const store::ChecklistMilestone& m : checklist) {
        auto* name = new QStandardItem(m.name);
        name->setData(QVariant::fromValue<qlonglong>(m.id), MilestoneIdRole);
        auto* due = new QStandardItem;
        due->setData(m.offsetDays, Qt::EditRole);
        due->setData(QVariant::fromValue<qlonglong>(m.id), MilestoneIdRole);
        due->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* required = new QStandardItem(m.required ? tr("Yes") : tr("No"));
        required->setEditable(false);
        m_checklist->appendRow({name, due, required});
    }
    m_filling = false;
    m_remove->setEnabled(!checklist.empty());
}

void OnboardingView::setUndoStack(QUndoStack* undo) {
    m_undo = undo;
}

namespace {

// The milestone as stored now: an edit's "before" is read when the edit is first applied, not
// from the table, which may not show an earlier edit's outcome yet.
std::optional<store::ChecklistMilestone> storedMilestone(store::Store& s, int64_t id) {
    const auto checklist = store::loadChecklistTemplate(s);
    if (!checklist) return std::nullopt;
    for (const store::ChecklistMilestone& m : checklist.value())
        if (m.id == id) return m;
    return std::nullopt;
}

} // namespace

void OnboardingView::checklistEdited(int row, int column) {
    if (row < 0 || static_cast<size_t>(row) >= m_milestones.size()) return;
    const store::ChecklistMilestone shown = m_milestones[static_cast<size_t>(row)];
    const int64_t id = shown.id;
    const QModelIndex index = m_checklist->index(row, column);
    // Filled by the first apply: the stored value before the edit, and for a rename which
    // customers' rows moved with it (undo and redo move exactly those).
    struct Before {
        bool read = false;
        store::ChecklistMilestone milestone;
        std::vector<int64_t> moved;
    };
    auto before = std::make_shared<Before>();
    const auto remember = [before, id](store::Store& s) -> Status {
        if (before->read) return {};
        const auto stored = storedMilestone(s, id);
        if (!stored) return Status::failure(QStringLiteral("that milestone is no longer in the checklist"));
        before->milestone = *stored;
        before->read = true;
        return {};
    };
    if (column == Milestone) {
        const QString name = index.data(Qt::EditRole).toString();
        changeChecklist(
            tr("Rename milestone “%1”").arg(shown.name),
            [id, name, before, remember](store::Store& s) -> Status {
                const bool again = before->read;
                if (Status r = remember(s); !r) return r;
                store::MilestoneRename rename;
                if (again) rename.only = before->moved;
                const Status done = store::renameChecklistMilestone(s, id, name, &rename);
                if (done && !again) before->moved = rename.moved;
                return done;
            },
            [id, before](store::Store& s) {
                store::MilestoneRename rename;
                rename.only = before->moved;
                return store::renameChecklistMilestone(s, id, before->milestone.name, &rename);
            });
    } else if (column == DueDays) {
        const int days = index.data(Qt::EditRole).toInt();
        changeChecklist(
            tr("Change due day of “%1”").arg(shown.name),
            [id, days, remember](store::Store& s) -> Status {
                if (Status r = remember(s); !r) return r;
                return store::setChecklistMilestoneOffset(s, id, days);
            },
            [id, before](store::Store& s) {
                return store::setChecklistMilestoneOffset(s, id, before->milestone.offsetDays);
            });
    }
}

void OnboardingView::addMilestone() {
    // A name not yet in the checklist; the user renames it in place.
    QStringList names;
    for (int row = 0; row < m_checklist->rowCount(); ++row)
        names << m_checklist->index(row, Milestone).data().toString();
    QString name = tr("New milestone");
    for (int n = 2; names.contains(name); ++n)
        name = tr("New milestone %1").arg(n);
    int days = 30;
    if (m_checklist->rowCount() > 0)
        days = m_checklist->index(m_checklist->rowCount() - 1, DueDays).data().toInt();
    // The id is known after the first redo; a later redo puts the same milestone back, so that
    // the edits after it on the stack (a rename) still name it.
    auto added = std::make_shared<store::ChecklistMilestone>();
    added->name = name;
    added->offsetDays = days;
    changeChecklist(
        tr("Add milestone"),
        [added](store::Store& s) -> Status {
            if (added->id != 0) return store::restoreChecklistMilestone(s, *added);
            const auto id = store::addChecklistMilestone(s, added->name, added->offsetDays);
            if (!id) return Status::failure(id.error());
            added->id = id.value();
            return {};
        },
        [added](store::Store& s) { return store::removeChecklistMilestone(s, added->id); });
}

void OnboardingView::removeMilestone() {
    const QModelIndex current = m_checklistTable->currentIndex();
    if (!current.isValid() || static_cast<size_t>(current.row()) >= m_milestones.size()) {
        showProblem(tr("Select the milestone to remove first."));
        return;
    }
    const store::ChecklistMilestone removed = m_milestones[static_cast<size_t>(current.row())];
    changeChecklist(
        tr("Remove milestone “%1”").arg(removed.name),
        [id = removed.id](store::Store& s) { return store::removeChecklistMilestone(s, id); },
        [removed](store::Store& s) { return store::restoreChecklistMilestone(s, removed); });
}

void OnboardingView::changeChecklist(const QString& text, Edit apply, Edit revert) {
    if (!m_undo) {
        editChecklist(std::move(apply));
        return;
    }
    // The command runs the edit (on the GUI thread: one small statement); the view then reads
    // the checklist back and computes again, as after any other edit.
    // The stack is the window's and may outlive the view.
    m_undo->push(new StoreEditCommand(text, scope().storePath, std::move(apply), std::move(revert),
                                      [self = QPointer<OnboardingView>(this)](const Status& status) {
                                          if (!self) return;
                                          const QString error = status ? QString() : status.error();
                                          self->editChecklist([error](store::Store&) -> Status {
                                              return error.isEmpty() ? Status() : Status::failure(error);
                                          });
                                      }));
}

namespace {

// The outcome of an edit of the checklist: why it failed (empty: it did not), and the checklist
// as stored afterwards, so that a refused edit is undone on screen too.
struct ChecklistEdit {
    QString error;
    std::vector<store::ChecklistMilestone> checklist;
};

} // namespace

void OnboardingView::editChecklist(std::function<Status(store::Store&)> edit) {
    compute<ChecklistEdit>(
        [edit = std::move(edit)](store::Store& s) -> Expected<ChecklistEdit> {
            ChecklistEdit out;
            const Status done = edit(s);
            if (!done) out.error = done.error();
            auto checklist = store::loadChecklistTemplate(s);
            if (!checklist) return Expected<ChecklistEdit>::failure(checklist.error());
            out.checklist = std::move(checklist.value());
            return out;
        },
        [this](ChecklistEdit& result) {
            showChecklist(result.checklist);
            if (!result.error.isEmpty()) {
                showProblem(tr("The checklist was not changed: %1").arg(result.error));
                return;
            }
            // Progress, overdue milestones and the trend follow the new checklist. Queued: this
            // computation must be counted as done before a refresh starts counting afresh.
            QMetaObject::invokeMethod(this, &OnboardingView::refreshNow, Qt::QueuedConnection);
        });
}

void OnboardingView::explainCohort(int index, bool days) {
    if (index < 0 || static_cast<size_t>(index) >= m_trend.size()) return;
    const metrics::OnboardingRow row = m_trend[static_cast<size_t>(index)];
    const QString label = periodLabel(row.cohort, scope().unit);
    reports::OnboardingOptions options;
    options.unit = scope().unit;
    options.filter = store::CustomerFilter{scope().segment};
    if (m_asOfDay != metrics::noDay) options.asOfDay = m_asOfDay;
    QString title, summary;
    if (days) {
        title = tr("Days to onboard, signups of %1").arg(label);
        summary = tr("%1 of the %2 customers who signed up in %3 completed onboarding, in %4 days on "
                     "average: they are the numerator rows, each with their days. The others are left "
                     "out, with the milestones they still miss and whether those are overdue.")
                      .arg(FigureFormat::count(row.completed), FigureFormat::count(row.customers), label,
                           row.daysToOnboardAvg ? QLocale().toString(*row.daysToOnboardAvg, 'f', 1)
                                                : FigureFormat::undefined());
    } else {
        title = tr("Signups of %1").arg(label);
        summary = tr("The %1 customers who signed up in %2, with their progress and their interactions "
                     "during onboarding (%3 on average).")
                      .arg(FigureFormat::count(row.customers), label,
                           row.interactionsAvg ? QLocale().toString(*row.interactionsAvg, 'f', 1)
                                               : FigureFormat::undefined());
    }
    ExplainRows rows = [options, cohort = row.cohort, days](store::Store& store) {
        return days ? reports::explainOnboardingDays(store, options, cohort)
                    : reports::explainOnboardingCohort(store, options, cohort);
    };
    explain(title, summary, std::move(rows));
}

} // namespace tenure::ui
