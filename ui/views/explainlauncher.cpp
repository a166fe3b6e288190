#include "explainlauncher.h"

#include "dialogs/explaindialog.h"
#include "scopedview.h"
#include "storejob.h"

#include <QFutureWatcher>

namespace tenure::ui {

void launchExplanation(ScopedView* view, ExplainRequest request) {
    using Rows = std::vector<reports::ExplainRow>;
    auto* watcher = new QFutureWatcher<Expected<Rows>>(view);
    auto work = std::move(request.rows);
    QObject::connect(watcher, &QFutureWatcherBase::finished, view, [view, watcher, request] {
        watcher->deleteLater();
        if (request.stillCurrent && !request.stillCurrent()) return;
        Expected<Rows> rows = watcher->future().takeResult();
        if (!rows) {
            if (request.failed) request.failed(rows.error());
            return;
        }
        auto* dialog = new ExplainDialog(request.title, request.summary, std::move(rows.value()), view);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ExplainDialog::accountRequested, view, &ScopedView::accountRequested);
        dialog->show();
        if (request.opened) request.opened(dialog);
    });
    watcher->setFuture(runOnStore<Rows>(view->scope().storePath, std::move(work)));
}

} // namespace tenure::ui
