#include "taskownerpicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure::ui {

namespace {

constexpr int ChoiceRole = Qt::UserRole + 1;
constexpr int OwnerRole = Qt::UserRole + 2;

} // namespace

TaskOwnerPicker::TaskOwnerPicker(QWidget* parent)
    : QWidget(parent)
    , m_owners(new QComboBox(this))
    , m_meRow(new QWidget(this))
    , m_meEdit(new QComboBox(m_meRow)) {
    m_owners->setObjectName(QStringLiteral("taskOwners"));
    m_owners->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owners->setToolTip(tr("Whose tasks to list"));
    auto* changeMe = new QToolButton(this);
    changeMe->setText(tr("I am…"));
    changeMe->setToolTip(tr("Say which owner you are, for “My tasks”"));

    m_meEdit->setEditable(true);
    m_meEdit->setInsertPolicy(QComboBox::NoInsert);
    m_meEdit->lineEdit()->setPlaceholderText(tr("Your name as task owner"));
    auto* use = new QPushButton(tr("&Use"), m_meRow);
    auto* meLayout = new QHBoxLayout(m_meRow);
    meLayout->setContentsMargins(0, 0, 0, 0);
    meLayout->addWidget(new QLabel(tr("Who are you?"), m_meRow));
    meLayout->addWidget(m_meEdit, 1);
    meLayout->addWidget(use);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_owners, 1);
    top->addWidget(changeMe);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_meRow);

    connect(m_owners, &QComboBox::currentIndexChanged, this, &TaskOwnerPicker::picked);
    connect(changeMe, &QToolButton::clicked, this, [this] {
        m_meEdit->setCurrentText(me());
        m_meRow->setVisible(m_meRow->isHidden() || needsMe());
        if (!m_meRow->isHidden()) m_meEdit->setFocus();
    });
    const auto useName = [this] { setMe(m_meEdit->currentText()); };
    connect(use, &QPushButton::clicked, this, useName);
    connect(m_meEdit->lineEdit(), &QLineEdit::returnPressed, this, useName);

    m_choice = me().isEmpty() ? Choice::All : Choice::Mine; // a first start lists everything
    fillOwners();
    m_meRow->setHidden(!needsMe());
}

QString TaskOwnerPicker::me() {
    return QSettings().value(QLatin1String(meSettingKey)).toString();
}

void TaskOwnerPicker::setMe(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) return;
    QSettings().setValue(QLatin1String(meSettingKey), trimmed);
    m_meRow->hide();
    m_choice = Choice::Mine;
    fillOwners();
    Q_EMIT changed();
}

void TaskOwnerPicker::setOwners(const std::vector<QString>& owners) {
    if (owners == m_known) return;
    m_known = owners;
    fillOwners();
}

void TaskOwnerPicker::choose(Choice choice, const QString& owner) {
    if (choice == m_choice && (choice != Choice::Owner || owner == m_owner)) return;
    m_choice = choice;
    m_owner = choice == Choice::Owner ? owner : QString();
    fillOwners();
    m_meRow->setHidden(!needsMe());
    Q_EMIT changed();
}

QString TaskOwnerPicker::owner() const {
    if (m_choice == Choice::Mine) return me();
    return m_choice == Choice::Owner ? m_owner : QString();
}

std::optional<QString> TaskOwnerPicker::filterOwner() const {
    switch (m_choice) {
    case Choice::All:
        return std::nullopt;
    case Choice::Unassigned:
        return QString(QLatin1String(""));
    case Choice::Mine:
    case Choice::Owner:
        break;
    }
    return owner();
}

// Rebuilds both combos from the known owners and selects the current choice (an owner no task
// names any more stays listed while chosen).
void TaskOwnerPicker::fillOwners() {
    m_filling = true;
    m_owners->clear();
    const QString mine = me();
    const auto add = [this](const QString& text, Choice choice, const QString& owner = {}) {
        m_owners->addItem(text);
        m_owners->setItemData(m_owners->count() - 1, static_cast<int>(choice), ChoiceRole);
        m_owners->setItemData(m_owners->count() - 1, owner, OwnerRole);
    };
    add(mine.isEmpty() ? tr("My tasks") : tr("My tasks (%1)").arg(mine), Choice::Mine);
    add(tr("All owners"), Choice::All);
    add(tr("Unassigned"), Choice::Unassigned);
    std::vector<QString> owners = m_known;
    if (m_choice == Choice::Owner && std::find(owners.begin(), owners.end(), m_owner) == owners.end())
        owners.push_back(m_owner);
    if (!owners.empty()) m_owners->insertSeparator(m_owners->count());
    for (const QString& o : owners)
        add(o, Choice::Owner, o);
    for (int i = 0; i < m_owners->count(); ++i) {
        const QVariant choice = m_owners->itemData(i, ChoiceRole); // none on the separator
        if (choice.isValid() && choice.toInt() == static_cast<int>(m_choice) &&
            (m_choice != Choice::Owner || m_owners->itemData(i, OwnerRole).toString() == m_owner)) {
            m_owners->setCurrentIndex(i);
            break;
        }
    }

    const QString typed = m_meEdit->currentText();
    m_meEdit->clear();
    for (const QString& o : m_known)
        m_meEdit->addItem(o);
    m_meEdit->setCurrentText(typed);
    m_filling = false;
    if (needsMe()) m_meRow->show();
}

void TaskOwnerPicker::picked(int index) {
    if (m_filling || index < 0) return;
    m_choice = static_cast<Choice>(m_owners->itemData(index, ChoiceRole).toInt());
    m_owner = m_owners->itemData(index, OwnerRole).toString();
    m_meRow->setHidden(!needsMe()); // "I am…" opens it again at will
    Q_EMIT changed();
}

} // namespace tenure::ui
