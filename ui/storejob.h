#pragma once

#include "model/expected.h"
#include "store/store.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace tenure::ui {

// Runs `work` on a worker thread over its own connection to the store at `path`: the
// connection is opened, used and closed on that thread (one connection per thread), so the GUI
// thread never waits on SQL or a metric.
template <typename T>
QFuture<Expected<T>> runOnStore(const QString& path, std::function<Expected<T>(store::Store&)> work) {
    return QtConcurrent::run([path, work = std::move(work)]() -> Expected<T> {
        auto opened = store::Store::open(path, {store::OpenMode::MustExist});
        if (!opened) return Expected<T>::failure(opened.error());
        return work(*opened.value());
    });
}

} // namespace tenure::ui
