#include "demostore.h"

#include "io/importer.h"
#include "store/store.h"

#include <QDir>
#include <QTemporaryDir>

namespace tenure::demo {

const QStringList& demoImportOrder() {
    static const QStringList order{QStringLiteral("customers"),    QStringLiteral("subscriptions"),
                                   QStringLiteral("orders"),       QStringLiteral("events"),
                                   QStringLiteral("tickets"),      QStringLiteral("nps"),
                                   QStringLiteral("feedback"),     QStringLiteral("onboarding"),
                                   QStringLiteral("interactions"), QStringLiteral("loyalty")};
    return order;
}

Status fillDemoStore(store::Store& store, const DemoOptions& options,
                     const std::function<void(const QString&, double)>& progress) {
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::failure(QStringLiteral("cannot create a temporary folder for the demo data"));
    const auto report = [&progress](const QString& message, double fraction) {
        if (progress) progress(message, fraction);
    };
    report(QStringLiteral("generating the demo company"), 0.0);
    const DemoResult generated = writeDemoCsv(options, dir.path(), [&report](double f) {
        report(QStringLiteral("generating the demo company"), 0.3 * f);
        return true;
    });
    if (!generated.ok) return Status::failure(generated.error);

    // Demo timestamps are UTC; its dates are calendar dates of the company, so the demo store
    // keeps UTC unless the user changes the zone later.
    if (store.setting(QStringLiteral("time_zone")).isEmpty())
        store.setSetting(QStringLiteral("time_zone"), QStringLiteral("UTC"));
    const QStringList& order = demoImportOrder();
    for (int i = 0; i < order.size(); ++i) {
        io::ImportOptions import;
        import.kind = order[i];
        import.file = QDir(dir.path()).filePath(order[i] + QStringLiteral(".csv"));
        const double base = 0.3 + 0.7 * i / order.size();
        import.progress = [&](int64_t done, int64_t total) {
            report(QStringLiteral("importing %1").arg(order[i]),
                   base + 0.7 / order.size() * (total > 0 ? static_cast<double>(done) / total : 0.0));
        return true;
    };
    const io::ImportSummary summary = io::importCsv(store, import);
    if (!summary.ok()) return Status::failure(summary.error);
}
report(QStringLiteral("done"), 1.0);
return {};
} // namespace tenure::demo

} // namespace tenure::demo
