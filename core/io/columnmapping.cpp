#include "columnmapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenure::io {

namespace {

QStringList fieldNames(const EntitySpec& entity) {
    QStringList names;
    for (const FieldSpec& f : entity.fields)
        names << QLatin1String(f.name);
    return names;
}

int findHeader(const QStringList& header, const QString& wanted) {
    for (int i = 0; i < header.size(); ++i)
        if (header[i] == wanted) return i;
    for (int i = 0; i < header.size(); ++i)
        if (header[i].compare(wanted, Qt::CaseInsensitive) == 0) return i;
    const QString normalized = normalizedHeader(wanted);
    for (int i = 0; i < header.size(); ++i)
        if (normalizedHeader(header[i]) == normalized) return i;
    return -1;
}

bool requiredMissing(const EntitySpec& entity, const ColumnMapping& m, QString& message) {
    for (size_t i = 0; i < entity.fields.size(); ++i) {
        const FieldSpec& f = entity.fields[i];
        if (!f.required || m.fieldColumn[i] >= 0) continue;
        message = QStringLiteral("missing required column %1 (the file has: %2); map it with --map %1=HEADER")
                      .arg(QLatin1String(f.name), m.header.join(QStringLiteral(", ")));
        return true;
    }
    const QLatin1String name(entity.name);
    if (name == QLatin1String("customers") && !m.has(entity.fieldIndex("signup_date")) &&
        !m.has(entity.fieldIndex("tenure_months"))) {
        message = QStringLiteral("missing required column signup_date (or tenure_months for snapshot data); "
                                 "map it with --map signup_date=HEADER");
        return true;
    }
    if (name == QLatin1String("orders") && !m.has(entity.fieldIndex("amount")) &&
        !(m.has(entity.fieldIndex("quantity")) && m.has(entity.fieldIndex("unit_price")))) {
        message = QStringLiteral("missing required column amount (or quantity and unit_price); "
                                 "map it with --map amount=HEADER");
        return true;
    }
    return false;
}

} // namespace

Expected<ColumnMapping> resolveMapping(const EntitySpec& entity, const QStringList& header,
                                       const std::map<QString, QString>& explicitMap) {
    using Result = Expected<ColumnMapping>;
    ColumnMapping m;
    m.header = header;
    m.fieldColumn.assign(entity.fields.size(), -1);
    std::vector<bool> used(static_cast<size_t>(header.size()), false);

    for (const auto& [canonical, wanted] : explicitMap) {
        const int fieldIndex = entity.fieldIndex(canonical.toUtf8().constData());
        if (fieldIndex < 0)
            return Result::failure(QStringLiteral("%1 has no column %2 (its columns: %3)")
                                       .arg(QLatin1String(entity.name), canonical,
                                            fieldNames(entity).join(QStringLiteral(", "))));
        const int column = findHeader(header, wanted);
        if (column < 0)
            return Result::failure(QStringLiteral("--map %1=%2: the file has no column %2 (it has: %3)")
                                       .arg(canonical, wanted, header.join(QStringLiteral(", "))));
        m.fieldColumn[static_cast<size_t>(fieldIndex)] = column;
        used[static_cast<size_t>(column)] = true;
    }

    // Automatic matching: first the canonical names themselves, then the aliases, so that an
    // alias never takes a column that another field names exactly.
    std::vector<QString> normalized;
    for (const QString& h : header)
        normalized.push_back(normalizedHeader(h));
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t i = 0; i < entity.fields.size(); ++i) {
            if (m.fieldColumn[i] >= 0) continue;
            QStringList candidates;
            if (pass == 0)
                candidates << normalizedHeader(QLatin1String(entity.fields[i].name));
            else
                candidates = QString::fromLatin1(entity.fields[i].aliases).split(u'|', Qt::SkipEmptyParts);
            for (const QString& candidate : candidates) {
                for (size_t c = 0; c < normalized.size(); ++c) {
                    if (!used[c] && normalized[c] == candidate) {
                        m.fieldColumn[i] = static_cast<int>(c);
                        used[c] = true;
                        break;
                    }
                }
                if (m.fieldColumn[i] >= 0) break;
            }
        }
    }
    for (size_t c = 0; c < used.size(); ++c)
        if (!used[c]) m.unmappedColumns.push_back(static_cast<int>(c));

    QString message;
    if (requiredMissing(entity, m, message)) return Result::failure(message);
    return m;
}

Expected<MappingFile> loadMappingFile(const QString& path) {
    using Result = Expected<MappingFile>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(
            QStringLiteral("%1: cannot read the mapping file: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Result::failure(
            QStringLiteral("%1: not a JSON object: %2").arg(path, parseError.errorString()));
    const QJsonObject root = doc.object();
    MappingFile out;
    const QJsonObject map =
        root.contains(QStringLiteral("map")) ? root.value(QStringLiteral("map")).toObject() : root;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString() || it.key() == QStringLiteral("date_format") ||
            it.key() == QStringLiteral("delimiter") || it.key() == QStringLiteral("encoding"))
            continue;
        out.columnMap[it.key()] = it.value().toString();
    }
    out.dateFormat = root.value(QStringLiteral("date_format")).toString();
    out.delimiter = root.value(QStringLiteral("delimiter")).toString();
    out.encoding = root.value(QStringLiteral("encoding")).toString();
    return out;
}

} // namespace tenure::io
