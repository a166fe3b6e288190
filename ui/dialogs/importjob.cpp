#include "importjob.h"

#include "io/importer.h"
#include "store/store.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace tenure::ui {

namespace {
constexpr int progressSteps = 1000;
} // namespace

ImportJob::ImportJob(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<io::ImportSummary>::progressValueChanged, this,
            &ImportJob::progressChanged);
    connect(&m_watcher, &QFutureWatcher<io::ImportSummary>::finished, this, [this] {
        const QFuture<io::ImportSummary> future = m_watcher.future();
        if (future.resultCount() > 0) {
            Q_EMIT finished(future.result());
            return;
        }
        io::ImportSummary lost; // the worker always reports; this only guards the read
        lost.failure = io::ImportFailure::Store;
        lost.error = tr("The import stopped without a result.");
        Q_EMIT finished(lost);
    });
}

ImportJob::~ImportJob() {
    cancel();
}

void ImportJob::start(const QString& storePath, io::ImportOptions options) {
    cancel(); // a previous run, if any, stops and is no longer watched
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto run = [storePath, options = std::move(options),
                cancelled = m_cancel](QPromise<io::ImportSummary>& promise) {
        promise.setProgressRange(0, progressSteps);
        io::ImportOptions o = options;
        o.progress = [&promise, cancelled](int64_t done, int64_t total) {
            if (total > 0) promise.setProgressValue(static_cast<int>(done * progressSteps / total));
            return !cancelled->load();
        };
        // One connection per thread: opened, used and closed here.
        auto opened = store::Store::open(storePath, {store::OpenMode::MustExist});
        if (!opened) {
            io::ImportSummary failed;
            failed.kind = o.kind;
            failed.file = o.file;
            failed.failure = io::ImportFailure::Store;
            failed.error = opened.error();
            promise.addResult(failed);
            return;
        }
        promise.addResult(io::importCsv(*opened.value(), o));
    };
    m_watcher.setFuture(QtConcurrent::run(std::move(run)));
}

void ImportJob::cancel() {
    if (m_cancel) m_cancel->store(true);
}

} // namespace tenure::ui
