#include "storeeditcommand.h"

#include "store/store.h"

namespace tenure::ui {

StoreEditCommand::StoreEditCommand(const QString& text, QString storePath, Edit apply, Edit revert, Done done)
    : QUndoCommand(text)
    , m_storePath(std::move(storePath))
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
    , m_done(std::move(done)) {}

void StoreEditCommand::redo() {
    run(m_apply);
}

void StoreEditCommand::undo() {
    run(m_revert);
}

void StoreEditCommand::run(const Edit& edit) {
    auto opened = store::Store::open(m_storePath, {store::OpenMode::MustExist});
    const Status status = opened ? edit(*opened.value()) : Status::failure(opened.error());
    // A failed edit changed nothing (each is one statement); it leaves the stack so that undo
    // does not try to revert what never happened.
    if (!status) setObsolete(true);
    if (m_done) m_done(status);
}

} // namespace tenure::ui
