#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace tenure::ui {

// A mapping the user confirmed in the import wizard, kept in QSettings per entity and file
// layout (the exact header list), and offered again when a file with that header comes back.
struct SavedMapping {
    std::map<QString, QString> columnMap; // canonical field → header; fields not listed: not imported
    QString dateFormat;
};

std::optional<SavedMapping> loadSavedMapping(const QString& entity, const QStringList& header);
void saveMapping(const QString& entity, const QStringList& header, const SavedMapping& mapping);

} // namespace tenure::ui
