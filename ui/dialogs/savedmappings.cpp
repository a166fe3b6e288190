#include "savedmappings.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QVariantMap>

namespace tenure::ui {

namespace {

// Headers can hold any character, so the group is named by a hash of the exact list.
QString groupFor(const QString& entity, const QStringList& header) {
    const QByteArray layout = header.join(QChar(0x1f)).toUtf8();
    return QStringLiteral("importMappings/%1-%2")
        .arg(entity, QString::fromLatin1(QCryptographicHash::hash(layout, QCryptographicHash::Sha1).toHex()));
}

} // namespace

std::optional<SavedMapping> loadSavedMapping(const QString& entity, const QStringList& header) {
    QSettings settings;
    settings.beginGroup(groupFor(entity, header));
    if (!settings.contains(QStringLiteral("map"))) return std::nullopt;
    SavedMapping out;
    const QVariantMap map = settings.value(QStringLiteral("map")).toMap();
    for (auto it = map.begin(); it != map.end(); ++it)
        if (header.contains(it.value().toString())) out.columnMap[it.key()] = it.value().toString();
    out.dateFormat = settings.value(QStringLiteral("dateFormat")).toString();
    return out;
}

void saveMapping(const QString& entity, const QStringList& header, const SavedMapping& mapping) {
    QSettings settings;
    settings.beginGroup(groupFor(entity, header));
    QVariantMap map;
    for (const auto& [field, column] : mapping.columnMap)
        map.insert(field, column);
    settings.setValue(QStringLiteral("map"), map);
    settings.setValue(QStringLiteral("dateFormat"), mapping.dateFormat);
    settings.setValue(QStringLiteral("header"), header); // for a person reading the file
}

} // namespace tenure::ui
