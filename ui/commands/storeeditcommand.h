#pragma once

#include "model/expected.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace tenure::store {
class Store;
}

namespace tenure::ui {

// One user edit of the store as an undoable step: `apply` and `revert` are core repository
// calls (the UI writes no SQL), run over a connection opened for the edit on the GUI thread
// (edits are single-row statements; the view's reads stay on worker threads). `done` is told
// after every redo and undo so the view can re-read what changed, or show why it failed.
class StoreEditCommand final : public QUndoCommand {
public:
    using Edit = std::function<Status(store::Store&)>;
    using Done = std::function<void(const Status&)>;

    StoreEditCommand(const QString& text, QString storePath, Edit apply, Edit revert, Done done);

    void redo() override;
    void undo() override;

private:
    void run(const Edit& edit);

    QString m_storePath;
    Edit m_apply;
    Edit m_revert;
    Done m_done;
};

} // namespace tenure::ui
