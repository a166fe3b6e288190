#include "taskspanel.h"

#include "commands/storeeditcommand.h"
#include "model/dates.h"
#include "models/tasktablemodel.h"
#include "store/taskrepository.h"
#include "storejob.h"

#include <QCheckBox>
#include <QDate>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure::ui {

// One load: the tasks to list and every owner a task names (for the owner picker).
struct TasksPanel::Loaded {
    std::vector<store::TaskRow> tasks;
    std::vector<QString> owners;
};

TasksPanel::TasksPanel(QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_now([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_picker(new TaskOwnerPicker(this))
    , m_showDone(new QCheckBox(tr("Show &done"), this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_model(new TaskTableModel(this))
    , m_table(new QTableView(this)) {
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TaskTableModel::Title, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("tasksSummary"));
    m_empty->setObjectName(QStringLiteral("tasksEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_picker, 1);
    top->addWidget(m_showDone, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_picker, &TaskOwnerPicker::changed, this, &TasksPanel::reload);
    connect(m_showDone, &QCheckBox::toggled, this, &TasksPanel::reload);
    connect(m_model, &TaskTableModel::doneRequested, this, &TasksPanel::setTaskDone);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString key = index.data(TaskTableModel::CustomerKeyRole).toString();
        if (!key.isEmpty()) Q_EMIT accountRequested(key);
    });
    showEmpty(tr("Open a store to see its tasks."));
}

void TasksPanel::setStore(const QString& path) {
    m_storePath = path;
    reload();
}

void TasksPanel::setShowDone(bool show) {
    m_showDone->setChecked(show); // toggled() reloads
}

int64_t TasksPanel::today() const {
    if (m_today) return *m_today;
    const QDate date = QDate::currentDate(); // due days are the user's local days
    return daysFromCivil(date.year(), date.month(), date.day());
}

void TasksPanel::reload() {
    const int generation = ++m_generation; // whatever is still loading is out of date now
    if (m_storePath.isEmpty()) {
        m_model->setTasks({}, today());
        m_summary->clear();
        showEmpty(tr("Open a store to see its tasks."));
        return;
    }
    const bool wantTasks = !m_picker->needsMe();
    const store::TaskFilter filter{m_picker->filterOwner(),
                                   m_showDone->isChecked() ? QString() : QStringLiteral("open")};
    auto* watcher = new QFutureWatcher<Expected<Loaded>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0) return;
        Expected<Loaded> result = watcher->future().takeResult();
        if (!result) {
            m_summary->clear();
            showEmpty(tr("The tasks could not be read: %1").arg(result.error()));
            Q_EMIT problem(result.error());
            return;
        }
        showLoaded(std::move(result.value()));
    });
    watcher->setFuture(
        runOnStore<Loaded>(m_storePath, [filter, wantTasks](store::Store& s) -> Expected<Loaded> {
            auto owners = store::loadTaskOwners(s);
            if (!owners) return Expected<Loaded>::failure(owners.error());
            Loaded out{{}, std::move(owners.value())};
            if (!wantTasks) return out;
            auto tasks = store::loadTasks(s, filter);
            if (!tasks) return Expected<Loaded>::failure(tasks.error());
            // Dismissed tasks were closed without being done: "Show done" leaves them out.
            std::erase_if(tasks.value(), [](const store::TaskRow& t) { return t.status == u"dismissed"; });
            out.tasks = std::move(tasks.value());
            return out;
        }));
}

void TasksPanel::showLoaded(Loaded load) {
    m_picker->setOwners(load.owners);
    const int64_t day = today();
    const auto open = std::count_if(load.tasks.begin(), load.tasks.end(),
                                    [](const store::TaskRow& t) { return t.status == u"open"; });
    const auto overdue = std::count_if(load.tasks.begin(), load.tasks.end(), [day](const store::TaskRow& t) {
        return TaskTableModel::isOverdue(t, day);
    });
    const auto done = static_cast<qsizetype>(load.tasks.size()) - open;
    m_model->setTasks(std::move(load.tasks), day);

    const QLocale locale;
    QString summary =
        tr("%1 open, %2 overdue").arg(locale.toString(qlonglong{open}), locale.toString(qlonglong{overdue}));
    if (m_showDone->isChecked()) summary += tr(", %1 done").arg(locale.toString(qlonglong{done}));
    m_summary->setText(m_picker->needsMe() ? QString() : summary);

    if (m_picker->needsMe())
        showEmpty(tr("Say who you are above to see your tasks, or pick an owner."));
    else if (m_model->rowCount() == 0)
        showEmpty(noTasksText());
    else {
        m_empty->hide();
        m_table->show();
        m_table->resizeColumnsToContents();
    }
    Q_EMIT loaded();
}

void TasksPanel::showEmpty(const QString& text) {
    m_empty->setText(text);
    m_table->hide();
    m_empty->show();
}

QString TasksPanel::summaryText() const {
    return m_summary->text();
}

QString TasksPanel::emptyText() const {
    return m_empty->isHidden() ? QString() : m_empty->text();
}

QString TasksPanel::noTasksText() const {
    const bool done = m_showDone->isChecked();
    switch (m_picker->choice()) {
    case TaskOwnerPicker::Choice::All:
        return done ? tr("No tasks for any owner.") : tr("No open tasks for any owner.");
    case TaskOwnerPicker::Choice::Unassigned:
        return done ? tr("No unassigned tasks.") : tr("No unassigned open tasks.");
    case TaskOwnerPicker::Choice::Mine:
    case TaskOwnerPicker::Choice::Owner:
        break;
    }
    return done ? tr("No tasks for %1.").arg(m_picker->owner())
                : tr("No open tasks for %1.").arg(m_picker->owner());
}

void TasksPanel::setTaskDone(int row, bool done) {
    const auto& tasks = m_model->tasks();
    if (row < 0 || static_cast<size_t>(row) >= tasks.size() || m_storePath.isEmpty()) return;
    const store::TaskRow task = tasks[static_cast<size_t>(row)];
    if ((task.status == u"done") == done) return;
    const int64_t id = task.id;
    const int64_t at = m_now();
    // Reopening a done task is undone by completing it again at its first done time.
    const int64_t doneBefore = task.doneAt.value_or(at);
    const auto complete = [id, at](store::Store& s) { return store::completeTask(s, id, at); };
    const auto recomplete = [id, doneBefore](store::Store& s) {
        return store::completeTask(s, id, doneBefore);
    };
    const auto reopen = [id](store::Store& s) { return store::reopenTask(s, id); };
    // The stack can outlive the panel (it is the window's): a command run later asks first.
    QPointer<TasksPanel> self(this);
    m_undo->push(new StoreEditCommand(
        done ? tr("Complete task “%1”").arg(task.title) : tr("Reopen task “%1”").arg(task.title), m_storePath,
        done ? StoreEditCommand::Edit(complete) : StoreEditCommand::Edit(reopen),
        done ? StoreEditCommand::Edit(reopen) : StoreEditCommand::Edit(recomplete),
        [self](const Status& status) {
            if (!self) return;
            if (!status) Q_EMIT self->problem(status.error());
            self->reload();
            if (status) Q_EMIT self->tasksChanged();
        }));
}

} // namespace tenure::ui
