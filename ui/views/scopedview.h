#pragma once

#include "reportscope.h"
#include "storejob.h"

#include "reports/explain.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace tenure::ui {

class ExplainDialog;

// The base of the views that show figures for a ReportScope. A view computes only when it is
// shown and its scope changed since it last did (so a million-customer store is not read nine
// times at start); its computations run on worker threads (storejob.h); results of an earlier
// scope that arrive late are dropped. A problem is shown in place, above the view's content.
class ScopedView : public QWidget {
    Q_OBJECT
public:
    explicit ScopedView(QWidget* parent = nullptr);

    // Remembers the scope; recomputes now if the view is visible, else when it is next shown.
    void setScope(const ReportScope& scope);
    const ReportScope& scope() const { return m_scope; }
    // The store's data or settings changed: recompute now if visible, else when next shown.
    void invalidate();
    // Computes now even if hidden (tests, and views that must be ready before they are shown).
    void refreshNow();
    bool isBusy() const { return m_running > 0; }
    // The last drill-down dialog the view opened (null once closed).
    ExplainDialog* lastExplanation() const;

Q_SIGNALS:
    // Every computation started by the last refresh has been shown.
    void refreshed();
    // A row behind a figure names a customer; the window opens that account.
    void accountRequested(const QString& customerKey);
    // A drill-down dialog opened (explain()).
    void explanationShown(ExplainDialog* dialog);

protected:
    // Starts the computations for scope(); each one calls compute().
    virtual void refresh() = 0;
    void showEvent(QShowEvent* event) override;

    // The layout below the problem banner, for the view's content.
    QVBoxLayout* contentLayout() const { return m_content; }
    void showProblem(const QString& message);

    // The drill-down of a figure: reads the rows behind it off the GUI thread, then opens a
    // dialog whose account requests reach accountRequested. Rows that arrive after the view
    // computed again (another scope, new data) or after a later drill-down was asked for are
    // dropped; a failure is shown in place.
    using ExplainRows = std::function<Expected<std::vector<reports::ExplainRow>>(store::Store&)>;
    void explain(const QString& title, const QString& summary, ExplainRows rows);

    // Runs `work` over the store off the GUI thread, then `show` with its result on the GUI
    // thread, unless the scope changed meanwhile.
    template <typename T>
    void compute(std::function<Expected<T>(store::Store&)> work, std::function<void(T&)> show) {
        auto* watcher = new QFutureWatcher<Expected<T>>(this);
        const int generation = m_generation;
        ++m_running;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, show] {
            watcher->deleteLater();
            if (generation != m_generation) return;
            Expected<T> result = watcher->future().takeResult();
            if (result)
                show(result.value());
            else
                showProblem(result.error());
            finishOne();
        });
        watcher->setFuture(runOnStore<T>(m_scope.storePath, std::move(work)));
    }

private:
    void finishOne();

    ReportScope m_scope;
    bool m_stale = false;
    int m_generation = 0;
    int m_running = 0;
    QLabel* m_problem;
    QVBoxLayout* m_content;
    QPointer<ExplainDialog> m_explanation;
    int m_explainSerial = 0; // drill-downs asked for
};

} // namespace tenure::ui
