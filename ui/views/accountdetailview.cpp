#include "accountdetailview.h"

#include "commands/storeeditcommand.h"
#include "format.h"
#include "model/dates.h"
#include "reports/loyaltyreport.h"
#include "storejob.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure::ui {

namespace {

using Detail = store::AccountDetail;

QString dayText(int64_t day) {
    if (day == Detail::noValue) return QStringLiteral("—");
    return formatDate(day);
}

// The timeline's kinds (core's words) as the reader sees them.
QString kindText(const QString& kind) {
    static const std::pair<const char*, const char*> kinds[] = {
        {"signup", QT_TRANSLATE_NOOP("AccountDetailView", "Signed up")},
        {"churn", QT_TRANSLATE_NOOP("AccountDetailView", "Churned")},
        {"subscription", QT_TRANSLATE_NOOP("AccountDetailView", "Subscription")},
        {"order", QT_TRANSLATE_NOOP("AccountDetailView", "Order")},
        {"event", QT_TRANSLATE_NOOP("AccountDetailView", "Usage")},
        {"ticket", QT_TRANSLATE_NOOP("AccountDetailView", "Ticket")},
        {"nps", QT_TRANSLATE_NOOP("AccountDetailView", "NPS answer")},
        {"feedback", QT_TRANSLATE_NOOP("AccountDetailView", "Feedback")},
        {"interaction", QT_TRANSLATE_NOOP("AccountDetailView", "Interaction")},
        {"milestone", QT_TRANSLATE_NOOP("AccountDetailView", "Milestone")},
        {"points", QT_TRANSLATE_NOOP("AccountDetailView", "Points")},
        {"note", QT_TRANSLATE_NOOP("AccountDetailView", "Note")},
    };
    for (const auto& [key, text] : kinds)
        if (kind == QLatin1String(key)) return QCoreApplication::translate("AccountDetailView", text);
    return kind;
}

QTableWidgetItem* item(const QString& text) {
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setToolTip(text);
    return cell;
}

} // namespace

AccountDetailView::AccountDetailView(QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_now([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_empty(new QLabel(tr("Open an account from the Accounts view (double-click a row, or press Enter), "
                            "or from the rows behind any figure."),
                         this))
    , m_healthLine(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_noteEdit(new QPlainTextEdit(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("accountEmpty"));

    auto* ownerButton = new QPushButton(tr("Change &owner…"), this);
    connect(ownerButton, &QPushButton::clicked, this, &AccountDetailView::askOwner);
    auto* headerRow = new QHBoxLayout;
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_subtitle);
    headerRow->addLayout(headerText, 1);
    headerRow->addWidget(ownerButton, 0, Qt::AlignTop);

    m_tables[Health] = makeTable({tr("Component or signal"), tr("Value"), tr("Weight"), tr("Contribution")});
    m_tables[Timeline] = makeTable({tr("When"), tr("What"), tr("Details")});
    m_tables[Onboarding] = makeTable({tr("Milestone"), tr("Due"), tr("Completed")});
    m_tables[Tickets] = makeTable({tr("Ticket"), tr("Created"), tr("First response"), tr("Resolved"),
                                   tr("Channel"), tr("Priority"), tr("Agent")});
    m_tables[Nps] = makeTable({tr("Answered"), tr("Score"), tr("Comment")});
    m_tables[Interactions] = makeTable({tr("When"), tr("Kind"), tr("Note"), tr("By")});
    m_tables[Notes] = makeTable({tr("Written"), tr("Note")});
    m_tables[Tasks] = makeTable({tr("Task"), tr("Owner"), tr("Due"), tr("Status")});
    m_tables[Attributes] = makeTable({tr("Field"), tr("Value")});

    const QString titles[TabCount] = {tr("Health"),  tr("Timeline"), tr("Onboarding"),
                                      tr("Tickets"), tr("NPS"),      tr("Interactions"),
                                      tr("Notes"),   tr("Tasks"),    tr("Fields")};
    for (int tab = 0; tab < TabCount; ++tab) {
        if (tab != Notes) {
            m_tabs->addTab(m_tables[tab], titles[tab]);
            continue;
        }
        auto* page = new QWidget(this);
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(m_tables[Notes], 1);
        m_noteEdit->setPlaceholderText(tr("Write a note about this account…"));
        m_noteEdit->setMaximumHeight(90);
        auto* buttons = new QHBoxLayout;
        auto* add = new QPushButton(tr("&Add note"), page);
        auto* remove = new QPushButton(tr("&Remove note"), page);
        buttons->addStretch(1);
        buttons->addWidget(remove);
        buttons->addWidget(add);
        layout->addWidget(m_noteEdit);
        layout->addLayout(buttons);
        connect(add, &QPushButton::clicked, this, [this] {
            addNote(m_noteEdit->toPlainText());
            m_noteEdit->clear();
        });
        connect(remove, &QPushButton::clicked, this, [this] { removeNote(m_tables[Notes]->currentRow()); });
        m_tabs->addTab(page, titles[tab]);
    }

    // Ticking a box is an edit; filling the table is not.
    connect(m_tables[Onboarding], &QTableWidget::itemChanged, this, [this](QTableWidgetItem* cell) {
        if (!m_filling && cell->column() == 0)
            setMilestoneDone(cell->row(), cell->checkState() == Qt::Checked);
    });
    connect(m_tables[Tasks], &QTableWidget::itemChanged, this, [this](QTableWidgetItem* cell) {
        if (!m_filling && cell->column() == 0) setTaskDone(cell->row(), cell->checkState() == Qt::Checked);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(headerRow);
    layout->addWidget(m_healthLine);
    layout->addWidget(m_facts);
    layout->addWidget(m_tabs, 1);
    for (QWidget* w :
         {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_subtitle), static_cast<QWidget*>(m_facts),
          static_cast<QWidget*>(m_tabs), static_cast<QWidget*>(ownerButton)})
        w->hide();
    connect(&m_loader, &QFutureWatcherBase::finished, this, &AccountDetailView::loadFinished);
    connect(&m_healthLoader, &QFutureWatcherBase::finished, this, &AccountDetailView::healthFinished);
    m_healthLine->setObjectName(QStringLiteral("healthLine"));
    m_healthLine->setTextFormat(Qt::RichText);
    m_healthLine->hide();
}

QTableWidget* AccountDetailView::makeTable(const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), this);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    return table;
}

void AccountDetailView::showAccount(const QString& storePath, const QString& customerKey) {
    m_storePath = storePath;
    m_key = customerKey;
    reload();
}

void AccountDetailView::invalidateHealth() {
    m_health.reset();
    m_healthPath.clear();
}

void AccountDetailView::setHealthReport(const QString& storePath,
                                        std::shared_ptr<const reports::HealthReport> report) {
    m_healthPath = storePath;
    m_health = std::move(report);
    ++m_healthGeneration; // a computation of the view's own still running is not wanted
    if (!m_health) return;
    if (m_hasAccount) fillHealth();
    Q_EMIT healthLoaded();
}

void AccountDetailView::healthFinished() {
    if (m_healthLoader.future().resultCount() == 0 || m_loaderGeneration != m_healthGeneration) return;
    Expected<reports::HealthReport> result = m_healthLoader.future().takeResult();
    if (!result) {
        m_healthLine->setText(tr("Health could not be computed: %1").arg(result.error().toHtmlEscaped()));
        return;
    }
    m_health = std::make_shared<const reports::HealthReport>(std::move(result.value()));
    fillHealth();
    Q_EMIT healthLoaded();
}

void AccountDetailView::reload() {
    if (m_storePath.isEmpty() || m_key.isEmpty()) return;
    if (m_healthPath != m_storePath) {
        // Every account's score at once: the next account opened is shown without waiting.
        m_healthPath = m_storePath;
        m_health.reset();
        m_loaderGeneration = ++m_healthGeneration;
        m_healthLoader.setFuture(runOnStore<reports::HealthReport>(
            m_storePath, [](store::Store& store) { return reports::computeHealth(store, {}); }));
    }
    const QString key = m_key;
    m_loader.setFuture(runOnStore<Detail>(m_storePath, [key](store::Store& store) -> Expected<Detail> {
        auto detail = store::loadAccount(store, key);
        if (!detail) return detail;
        // The balance is the loyalty view's: the stored ledger plus the points orders earn by
        // the rules in force (the stored rows alone leave redemptions without their earnings).
        const auto ledger = reports::computeMemberLedger(store, detail->id);
        if (ledger) detail->loyaltyPoints = ledger->empty() ? 0 : ledger->back().balance;
        return detail;
    }));
}

void AccountDetailView::loadFinished() {
    if (m_loader.future().resultCount() == 0) return;
    Expected<Detail> result = m_loader.future().takeResult();
    if (!result) {
        Q_EMIT problem(result.error());
        return;
    }
    m_account = std::move(result.value());
    m_hasAccount = true;
    fill();
    Q_EMIT loaded();
}

QString AccountDetailView::healthText() const {
    return m_healthLine->text();
}

void AccountDetailView::fillHealth() {
    QTableWidget* t = m_tables[Health];
    const reports::HealthRow* row = nullptr;
    if (m_health && m_hasAccount) {
        const auto found =
            std::lower_bound(m_health->rows.begin(), m_health->rows.end(), m_account.id,
                             [](const reports::HealthRow& r, int64_t id) { return r.customer < id; });
        if (found != m_health->rows.end() && found->customer == m_account.id) row = &*found;
    }
    if (!m_health) {
        m_healthLine->setText(tr("Health: computing the store's scores…"));
        t->setRowCount(0);
        return;
    }
    if (!row || !row->health.health.score) {
        m_healthLine->setText(
            m_account.churnDay != Detail::noValue
                ? tr("Health: not scored (the customer left)")
                : tr("Health: not scored (no usage, orders, tickets, answers or milestones yet)"));
        t->setRowCount(0);
        if (m_tabs->currentIndex() == Health) m_tabs->setCurrentIndex(Timeline);
        return;
    }
    const metrics::HealthScore& h = row->health.health;
    const metrics::HealthBand band = *h.band;
    const QString bandName = band == metrics::HealthBand::Healthy   ? tr("healthy")
                             : band == metrics::HealthBand::Neutral ? tr("neutral")
                                                                    : tr("at risk");
    const QString colour = band == metrics::HealthBand::Healthy   ? QStringLiteral("#1e8449")
                           : band == metrics::HealthBand::Neutral ? QStringLiteral("#b9770e")
                                                                  : QStringLiteral("#c0392b");
    QString line =
        tr("<b>Health %1</b> <span style=\"color:%2\">● %3</span> · stage: %4")
            .arg(QLocale().toString(*h.score, 'f', 0), colour, bandName,
                 QString::fromLatin1(metrics::journeyStageName(row->health.stage)).replace(u'_', u' '));
    if (row->churnProbability)
        line += tr(" · churn risk %1").arg(formatPercent(*row->churnProbability * 100.0, 0));
    if (!row->health.signals.empty())
        line += tr(" · %n signal(s)", nullptr, static_cast<int>(row->health.signals.size()));
    m_healthLine->setText(line);

    // Components (value × weight = contribution; they add up to the score), then the signals.
    t->clearContents();
    t->clearSpans();
    t->setRowCount(static_cast<int>(h.components.size() + row->health.signals.size()));
    int r = 0;
    for (const metrics::ComponentContribution& c : h.components) {
        t->setItem(r, 0,
                   item(QString::fromLatin1(metrics::healthComponentName(c.component)).replace(u'_', u' ')));
        t->setItem(r, 1, item(QLocale().toString(c.value, 'f', 0)));
        t->setItem(r, 2, item(formatPercent(c.weight * 100.0, 0)));
        t->setItem(r, 3, item(QLocale().toString(c.contribution, 'f', 1)));
        ++r;
    }
    for (const metrics::SignalHit& signal : row->health.signals) {
        auto* name = item(QString::fromLatin1(metrics::riskSignalName(signal.signal)).replace(u'_', u' '));
        name->setForeground(QColor(0xc0, 0x39, 0x2b));
        t->setItem(r, 0, name);
        t->setItem(r, 1, item(signal.evidence));
        t->setSpan(r, 1, 1, 3);
        ++r;
    }
    t->resizeColumnsToContents();
    // The last column takes the rest, so a signal's evidence (spanning the columns) is readable.
    t->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tabs->setTabText(Health, tr("Health (%1)").arg(QLocale().toString(*h.score, 'f', 0)));
}

QString AccountDetailView::headerText() const {
    return m_title->text() + u'\n' + m_subtitle->text();
}

void AccountDetailView::fillHeader() {
    const Detail& a = m_account;
    m_title->setText(a.name.isEmpty() ? a.key : a.name);
    QStringList about{a.key};
    for (const QString& part : {a.company, a.segment, a.plan})
        if (!part.isEmpty()) about << part;
    m_subtitle->setText(about.join(QStringLiteral(" · ")));
    const QString status =
        a.churnDay == Detail::noValue ? tr("Active") : tr("Churned on %1").arg(dayText(a.churnDay));
    QStringList facts;
    auto fact = [&facts](const QString& label, const QString& value) {
        facts << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    fact(tr("Status:"), status);
    fact(tr("Owner:"), a.owner.isEmpty() ? tr("nobody") : a.owner);
    fact(tr("MRR:"), formatMoney(a.mrr));
    fact(tr("Signed up:"), dayText(a.signupDay));
    if (a.renewalDay != Detail::noValue) fact(tr("Renewal:"), dayText(a.renewalDay));
    if (!a.region.isEmpty()) fact(tr("Region:"), a.region);
    fact(tr("Loyalty points:"), formatCount(static_cast<double>(a.loyaltyPoints)));
    const auto open = std::count_if(a.tickets.begin(), a.tickets.end(),
                                    [](const Detail::Ticket& t) { return t.resolvedAt == Detail::noValue; });
    fact(tr("Open tickets:"), formatCount(static_cast<double>(open)));
    if (!a.nps.empty()) fact(tr("Latest NPS:"), QString::number(a.nps.front().score));
    if (!a.tags.isEmpty()) fact(tr("Tags:"), a.tags);
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void AccountDetailView::fill() {
    m_filling = true;
    const Detail& a = m_account;
    const QTimeZone zone(a.timeZone);
    auto when = [&zone](int64_t at) {
        if (at == Detail::noValue) return QStringLiteral("—");
        return QDateTime::fromSecsSinceEpoch(at, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    auto rows = [this](Tab tab, size_t count) {
        m_tables[tab]->clearContents();
        m_tables[tab]->setRowCount(static_cast<int>(count));
        return m_tables[tab];
    };
    fillHeader();

    QTableWidget* t = rows(Timeline, a.timeline.size());
    for (int r = 0; r < t->rowCount(); ++r) {
        const auto& e = a.timeline[static_cast<size_t>(r)];
        t->setItem(r, 0, item(when(e.at)));
        t->setItem(r, 1, item(kindText(e.kind)));
        t->setItem(r, 2, item(e.text));
    }
    t = rows(Onboarding, a.checklist.size());
    for (int r = 0; r < t->rowCount(); ++r) {
        const auto& m = a.checklist[static_cast<size_t>(r)];
        auto* box = new QTableWidgetItem(m.name);
        box->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        box->setCheckState(m.completedAt == Detail::noValue ? Qt::Unchecked : Qt::Checked);
        t->setItem(r, 0, box);
        t->setItem(r, 1, item(dayText(m.dueDay)));
        t->setItem(r, 2, item(when(m.completedAt)));
    }
    t = rows(Tickets, a.tickets.size());
    for (int r = 0; r < t->rowCount(); ++r) {
        const auto& k = a.tickets[static_cast<size_t>(r)];
        const QString cells[] = {
            k.key,  when(k.createdAt), when(k.firstResponseAt), when(k.resolvedAt), k.channel, k.priority,
            k.agent};
        for (int c = 0; c < 7; ++c)
            t->setItem(r, c, item(cells[c]));
    }
    t = rows(Nps, a.nps.size());
    for (int r = 0; r < t->rowCount(); ++r) {
        const auto& n = a.nps[static_cast<size_t>(r)];
        t->setItem(r, 0, item(when(n.at)));
        t->setItem(r, 1, item(QString::number(n.score)));
        t->setItem(r, 2, item(n.comment));
    }
    t = rows(Interactions, a.interactions.size());
    for (int r = 0; r < t->rowCount(); ++r) {
        const auto& i = a.interactions[static_cast<size_t>(r)];
        t->setItem(r, 0, item(when(i.at)));
        t->setItem(r, 1, item(i.kind));
        t->setItem(r, 2, item(i.note));
        t->setItem(r, 3, item(i.owner));
    }
    t = rows(Notes, a.notes.size());
    for (int r = 0; r < t->rowCount(); ++r) {
        t->setItem(r, 0, item(when(a.notes[static_cast<size_t>(r)].createdAt)));
        t->setItem(r, 1, item(a.notes[static_cast<size_t>(r)].text));
    }
    t = rows(Tasks, a.tasks.size());
    for (int r = 0; r < t->rowCount(); ++r) {
        const auto& k = a.tasks[static_cast<size_t>(r)];
        auto* box = new QTableWidgetItem(k.title);
        box->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        box->setCheckState(k.status == u"done" ? Qt::Checked : Qt::Unchecked);
        t->setItem(r, 0, box);
        t->setItem(r, 1, item(k.owner));
        t->setItem(r, 2, item(dayText(k.dueDay)));
        t->setItem(r, 3, item(k.status));
    }
    t = rows(Attributes, a.attributes.size());
    for (int r = 0; r < t->rowCount(); ++r) {
        t->setItem(r, 0, item(a.attributes[static_cast<size_t>(r)].first));
        t->setItem(r, 1, item(a.attributes[static_cast<size_t>(r)].second));
    }
    for (QTableWidget* table : m_tables)
        table->resizeColumnsToContents();
    m_tables[Timeline]->setColumnWidth(1, std::max(m_tables[Timeline]->columnWidth(1), 90));
    m_filling = false;

    m_empty->hide();
    for (QWidget* w : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (w != m_empty && w != m_noteEdit) w->show();
    m_healthLine->show();
    m_tabs->setTabText(Onboarding, tr("Onboarding (%1/%2)")
                                       .arg(std::count_if(a.checklist.begin(), a.checklist.end(),
                                                          [](const Detail::Milestone& m) {
                                                              return m.completedAt != Detail::noValue;
                                                          }))
                                       .arg(a.checklist.size()));
    m_tabs->setTabText(Tickets, tr("Tickets (%1)").arg(a.tickets.size()));
    m_tabs->setTabText(Notes, tr("Notes (%1)").arg(a.notes.size()));
    m_tabs->setTabText(Tasks, tr("Tasks (%1)").arg(a.tasks.size()));
    fillHealth();
}

void AccountDetailView::edit(const QString& text, std::function<Status(store::Store&)> apply,
                             std::function<Status(store::Store&)> revert) {
    m_undo->push(new StoreEditCommand(text, m_storePath, std::move(apply), std::move(revert),
                                      [this](const Status& status) {
                                          if (!status) Q_EMIT problem(status.error());
                                          reload();
                                      }));
}

void AccountDetailView::setMilestoneDone(int row, bool done) {
    if (row < 0 || static_cast<size_t>(row) >= m_account.checklist.size()) return;
    const Detail::Milestone& m = m_account.checklist[static_cast<size_t>(row)];
    const int64_t customer = m_account.id;
    const QString name = m.name;
    const std::optional<int64_t> before =
        m.completedAt == Detail::noValue ? std::nullopt : std::optional<int64_t>(m.completedAt);
    const std::optional<int64_t> after = done ? std::optional<int64_t>(m_now()) : std::nullopt;
    edit(
        done ? tr("Complete “%1”").arg(name) : tr("Reopen “%1”").arg(name),
        [=](store::Store& s) { return store::setMilestoneCompleted(s, customer, name, after); },
        [=](store::Store& s) { return store::setMilestoneCompleted(s, customer, name, before); });
    invalidateHealth(); // the onboarding component changed
}

void AccountDetailView::addNote(const QString& text) {
    const QString note = text.trimmed();
    if (note.isEmpty() || !m_hasAccount) return;
    const int64_t customer = m_account.id;
    const int64_t at = m_now();
    // The note's id is known after the first redo; undo removes that row and redo restores it.
    auto id = std::make_shared<int64_t>(0);
    edit(
        tr("Add note"),
        [=](store::Store& s) -> Status {
            if (*id != 0) return store::restoreNote(s, customer, *id, at, note);
            auto added = store::addNote(s, customer, at, note);
            if (!added) return Status::failure(added.error());
            *id = added.value();
            return {};
        },
        [=](store::Store& s) { return store::removeNote(s, *id); });
}

void AccountDetailView::removeNote(int row) {
    if (row < 0 || static_cast<size_t>(row) >= m_account.notes.size()) return;
    const Detail::Note n = m_account.notes[static_cast<size_t>(row)];
    const int64_t customer = m_account.id;
    edit(
        tr("Remove note"), [=](store::Store& s) { return store::removeNote(s, n.id); },
        [=](store::Store& s) { return store::restoreNote(s, customer, n.id, n.createdAt, n.text); });
}

void AccountDetailView::changeOwner(const QString& owner) {
    if (!m_hasAccount || owner == m_account.owner) return;
    const int64_t customer = m_account.id;
    const QString before = m_account.owner;
    edit(
        tr("Set owner to %1").arg(owner.isEmpty() ? tr("nobody") : owner),
        [=](store::Store& s) { return store::setOwner(s, customer, owner); },
        [=](store::Store& s) { return store::setOwner(s, customer, before); });
}

void AccountDetailView::setTaskDone(int row, bool done) {
    if (row < 0 || static_cast<size_t>(row) >= m_account.tasks.size()) return;
    const Detail::Task task = m_account.tasks[static_cast<size_t>(row)];
    const int64_t at = m_now();
    edit(
        done ? tr("Complete task “%1”").arg(task.title) : tr("Reopen task “%1”").arg(task.title),
        [=](store::Store& s) {
            return store::setTaskStatus(s, task.id, done ? QStringLiteral("done") : QStringLiteral("open"),
                                        done ? std::optional<int64_t>(at) : std::nullopt);
        },
        [=](store::Store& s) {
            // Back as it was, with its own done time (not the time of this edit).
            return store::setTaskStatus(s, task.id, task.status,
                                        task.doneAt == Detail::noValue ? std::nullopt
                                                                       : std::optional<int64_t>(task.doneAt));
        });
}

void AccountDetailView::askOwner() {
    bool ok = false;
    const QString owner =
        QInputDialog::getText(this, tr("Change owner"), tr("Owner of %1:").arg(m_title->text()),
                              QLineEdit::Normal, m_account.owner, &ok);
    if (ok) changeOwner(owner.trimmed());
}

} // namespace tenure::ui
