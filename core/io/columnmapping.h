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
// dots, then common aliases. Fails on an unknown canonical name, a header not in the file, or
// a missing required field, naming what to do.
Expected<ColumnMapping> resolveMapping(const EntitySpec& entity, const QStringList& header,
                                       const std::map<QString, QString>& explicitMap);

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
