#pragma once

#include "entities.h"
#include "importoptions.h"
#include "model/expected.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace tenure::io {

// Which column of a file feeds each canonical field of an entity.
struct ColumnMapping {
    QStringList header;
    std::vector<int> fieldColumn;     // per EntitySpec::fields entry: header index, or -1
    std::vector<int> unmappedColumns; // header indexes no field uses

    bool has(int fieldIndex) const {
        return fieldIndex >= 0 && fieldColumn[static_cast<size_t>(fieldIndex)] >= 0;
    }
};

// Explicit entries win; the rest match headers ignoring case, spaces, underscores, hyphens and
// dots, then common aliases (without autoMatch, only the explicit entries count: a complete
// mapping from the import wizard, where a field left out must stay out). Fails on an unknown
// canonical name, a header not in the file, or a missing required field, naming what to do.
Expected<ColumnMapping> resolveMapping(const EntitySpec& entity, const QStringList& header,
                                       const std::map<QString, QString>& explicitMap, bool autoMatch = true);

// Required fields that the mapping leaves without a column, by canonical name. signup_date
// counts as mapped when tenure_months is (customers), amount when quantity and unit_price are
// (orders).
QStringList missingRequiredFields(const EntitySpec& entity, const ColumnMapping& mapping);

// What resolveMapping matches by itself, for a mapping step to start from: it never fails,
// and lists the required fields that are still unmapped.
struct MappingSuggestion {
    ColumnMapping mapping;
    QStringList missingRequired;
};
MappingSuggestion suggestMapping(const EntitySpec& entity, const QStringList& header);

// The entity a file most likely holds: the one its name says ("tickets.csv",
// "customer_support_tickets.csv") when the header fits it, else the one whose fields match the
// most headers.
QString guessEntity(const QString& fileName, const QStringList& header);

// What a saved mapping file (JSON) holds: {"map": {canonical: header}, "date_format": …,
// "delimiter": …, "encoding": …}; a flat {canonical: header} object is read as "map".
struct MappingFile {
    std::map<QString, QString> columnMap;
    QString dateFormat;
    QString delimiter;
    QString encoding;
};
Expected<MappingFile> loadMappingFile(const QString& path);

} // namespace tenure::io
