#include "columnmapping.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

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

// The first required field the mapping leaves without a column, with how to map it.
bool requiredMissing(const EntitySpec& entity, const ColumnMapping& m, QString& message) {
    const QStringList missing = missingRequiredFields(entity, m);
    if (missing.isEmpty()) return false;
    const QString& field = missing.front();
    if (field == QLatin1String("signup_date") && entity.fieldIndex("tenure_months") >= 0)
        message = QStringLiteral("missing required column signup_date (or tenure_months for snapshot data); "
                                 "map it with --map signup_date=HEADER");
    else if (field == QLatin1String("amount") && entity.fieldIndex("unit_price") >= 0)
        message = QStringLiteral("missing required column amount (or quantity and unit_price); "
                                 "map it with --map amount=HEADER");
    else
        message = QStringLiteral("missing required column %1 (the file has: %2); map it with --map %1=HEADER")
                      .arg(field, m.header.join(QStringLiteral(", ")));
    return true;
}

// Fills m.fieldColumn from the explicit entries, then (with autoMatch) from the headers'
// names, and lists the columns left over. Fails only on an explicit entry that does not fit.
bool matchColumns(const EntitySpec& entity, const QStringList& header,
                  const std::map<QString, QString>& explicitMap, bool autoMatch, ColumnMapping& m,
                  QString& error) {
    m.header = header;
    m.fieldColumn.assign(entity.fields.size(), -1);
    m.unmappedColumns.clear();
    std::vector<bool> used(static_cast<size_t>(header.size()), false);

    for (const auto& [canonical, wanted] : explicitMap) {
        const int fieldIndex = entity.fieldIndex(canonical.toUtf8().constData());
        if (fieldIndex < 0) {
            error = QStringLiteral("%1 has no column %2 (its columns: %3)")
                        .arg(QLatin1String(entity.name), canonical,
                             fieldNames(entity).join(QStringLiteral(", ")));
            return false;
        }
        const int column = findHeader(header, wanted);
        if (column < 0) {
            error = QStringLiteral("--map %1=%2: the file has no column %2 (it has: %3)")
                        .arg(canonical, wanted, header.join(QStringLiteral(", ")));
            return false;
        }
        m.fieldColumn[static_cast<size_t>(fieldIndex)] = column;
        used[static_cast<size_t>(column)] = true;
    }

    // Automatic matching: first the canonical names themselves, then the aliases, so that an
    // alias never takes a column that another field names exactly.
    std::vector<QString> normalized;
    for (const QString& h : header)
        normalized.push_back(normalizedHeader(h));
    for (int pass = 0; autoMatch && pass < 2; ++pass) {
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
    return true;
}

} // namespace

QStringList missingRequiredFields(const EntitySpec& entity, const ColumnMapping& m) {
    QStringList missing;
    for (size_t i = 0; i < entity.fields.size(); ++i)
        if (entity.fields[i].required && m.fieldColumn[i] < 0)
            missing << QLatin1String(entity.fields[i].name);
    const QLatin1String name(entity.name);
    // Fields that another column can stand in for: required unless their stand-ins are mapped.
    if (name == QLatin1String("customers") && !m.has(entity.fieldIndex("signup_date")) &&
        !m.has(entity.fieldIndex("tenure_months")))
        missing << QStringLiteral("signup_date");
    if (name == QLatin1String("orders") && !m.has(entity.fieldIndex("amount")) &&
        !(m.has(entity.fieldIndex("quantity")) && m.has(entity.fieldIndex("unit_price"))))
        missing << QStringLiteral("amount");
    return missing;
}

Expected<ColumnMapping> resolveMapping(const EntitySpec& entity, const QStringList& header,
                                       const std::map<QString, QString>& explicitMap, bool autoMatch) {
    using Result = Expected<ColumnMapping>;
    ColumnMapping m;
    QString message;
    if (!matchColumns(entity, header, explicitMap, autoMatch, m, message)) return Result::failure(message);
    if (requiredMissing(entity, m, message)) return Result::failure(message);
    return m;
}

MappingSuggestion suggestMapping(const EntitySpec& entity, const QStringList& header) {
    MappingSuggestion out;
    QString unused; // without explicit entries the matching cannot fail
    matchColumns(entity, header, {}, true, out.mapping, unused);
    out.missingRequired = missingRequiredFields(entity, out.mapping);
    return out;
}

namespace {

// The entity a file's name speaks of: its last word that names one ("customer_support_tickets"
// → tickets), singular or plural.
const EntitySpec* entityNamedBy(const QString& fileName) {
    const QString base = QFileInfo(fileName).completeBaseName().toLower();
    const QStringList words =
        base.split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts);
    for (auto word = words.crbegin(); word != words.crend(); ++word)
        for (const EntitySpec& spec : entitySpecs()) {
            const QString name = QLatin1String(spec.name);
            if (*word == name || (name.endsWith(u's') && *word == name.chopped(1))) return &spec;
        }
    return nullptr;
}

} // namespace

QString guessEntity(const QString& fileName, const QStringList& header) {
    // The file's name decides when the file can be imported as that entity as it is; a name like
    // "online_retail_customers" over order lines does not.
    if (const EntitySpec* named = entityNamedBy(fileName);
        named && suggestMapping(*named, header).missingRequired.isEmpty())
        return QLatin1String(named->name);
    // Else the entity whose fields match the most headers; ties go to the one the file can be
    // imported as without mapping, then to the first in the data model's order.
    const EntitySpec* best = &entitySpecs().front();
    size_t bestMatched = 0;
    bool bestComplete = false;
    for (const EntitySpec& spec : entitySpecs()) {
        const MappingSuggestion s = suggestMapping(spec, header);
        const size_t matched = std::count_if(s.mapping.fieldColumn.begin(), s.mapping.fieldColumn.end(),
                                             [](int c) { return c >= 0; });
        const bool complete = s.missingRequired.isEmpty();
        if (matched > bestMatched || (matched == bestMatched && complete && !bestComplete)) {
            best = &spec;
            bestMatched = matched;
            bestComplete = complete;
        }
    }
    return QLatin1String(best->name);
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
