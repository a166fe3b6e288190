#pragma once

#include "io/importoptions.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace tenure::ui {

// Runs one core import (or dry run) on a worker thread over its own connection to the store:
// the GUI thread never waits on it. Progress arrives as per mille of the file read; cancel()
// makes the importer's progress callback say stop, so the transaction rolls back.
class ImportJob final : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QObject* parent = nullptr);
    // A job still running is told to stop; it finishes on its own, leaving the store unchanged.
    ~ImportJob() override;

    void start(const QString& storePath, io::ImportOptions options);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    bool cancelRequested() const { return m_cancel && m_cancel->load(); }

Q_SIGNALS:
    void progressChanged(int perMille);
    void finished(const tenure::io::ImportSummary& summary);

private:
    QFutureWatcher<io::ImportSummary> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace tenure::ui
