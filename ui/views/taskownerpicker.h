#pragma once

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;

namespace tenure::ui {

// Whose tasks the "My tasks" panel lists: mine (the name kept in QSettings under `tasks/me`),
// every owner's, the unassigned ones, or one owner's. Until the user has said who they are,
// "My tasks" shows a second row to say it, choosing from the owners the store's tasks name.
class TaskOwnerPicker final : public QWidget {
    Q_OBJECT
public:
    enum class Choice { Mine, All, Unassigned, Owner };
    static constexpr const char* meSettingKey = "tasks/me";

    explicit TaskOwnerPicker(QWidget* parent = nullptr);

    // The distinct owners of the store's tasks (loadTaskOwners); keeps the current choice.
    void setOwners(const std::vector<QString>& owners);
    void choose(Choice choice, const QString& owner = {});
    Choice choice() const { return m_choice; }
    // The name a Mine or Owner choice stands for; empty for All and Unassigned.
    QString owner() const;
    // loadTasks' owner filter: nullopt for every owner, empty for the unassigned.
    std::optional<QString> filterOwner() const;
    // "My tasks" is chosen but nobody has said who they are: there is nothing to list yet.
    bool needsMe() const { return m_choice == Choice::Mine && me().isEmpty(); }

    static QString me();
    void setMe(const QString& name);
    QComboBox* ownerCombo() const { return m_owners; }
    QComboBox* meCombo() const { return m_meEdit; }

Q_SIGNALS:
    void changed();

private:
    void fillOwners();
    void picked(int index);

    QComboBox* m_owners;
    QWidget* m_meRow;
    QComboBox* m_meEdit;
    std::vector<QString> m_known;
    Choice m_choice = Choice::Mine;
    QString m_owner; // of an Owner choice
    bool m_filling = false;
};

} // namespace tenure::ui
