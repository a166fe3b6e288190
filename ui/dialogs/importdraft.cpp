#include "importdraft.h"

#include <QCoreApplication>

namespace tenure::ui {

io::ImportOptions ImportDraft::options() const {
    io::ImportOptions o;
    o.kind = entity;
    o.file = file;
    o.columnMap = columnMap;
    o.autoMatch = false; // the user saw and confirmed every field's column
    o.dateFormat = dateFormat;
    o.csv.delimiter = preview.delimiter;
    o.onError = onError;
    return o;
}

QString entityTitle(const QString& entity) {
    struct Title {
        const char* entity;
        const char* title;
    };
    static const Title titles[] = {
        {"customers", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "Customers")},
        {"subscriptions", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "Subscriptions")},
        {"orders", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "Orders")},
        {"events", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "Product events")},
        {"tickets", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "Support tickets")},
        {"nps", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "NPS responses")},
        {"feedback", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "Feedback")},
        {"onboarding", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "Onboarding milestones")},
        {"interactions", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "Interactions")},
        {"loyalty", QT_TRANSLATE_NOOP("tenure::ui::ImportWizard", "Loyalty points")},
    };
    for (const Title& t : titles)
        if (entity == QLatin1String(t.entity))
            return QCoreApplication::translate("tenure::ui::ImportWizard", t.title);
    return entity;
}

} // namespace tenure::ui
