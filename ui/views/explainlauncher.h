#pragma once

#include "reports/explain.h"

#include <QString>

#include <functional>
#include <vector>

namespace tenure::ui {

class ExplainDialog;
class ScopedView;

// The drill-down of a view's figure: reads the rows behind it off the GUI thread (on its own
// connection to the view's store), then opens an ExplainDialog whose account requests reach
// the view's accountRequested. A result that arrives after `stillCurrent()` turned false (the
// scope changed) is dropped; a failure goes to `failed`.
struct ExplainRequest {
    QString title;
    QString summary;
    std::function<Expected<std::vector<reports::ExplainRow>>(store::Store&)> rows;
    std::function<bool()> stillCurrent;
    std::function<void(const QString&)> failed;
    std::function<void(ExplainDialog*)> opened;
};
void launchExplanation(ScopedView* view, ExplainRequest request);

} // namespace tenure::ui
