#pragma once

#include "io/csvpreview.h"
#include "io/importoptions.h"

#include <QString>

#include <map>

namespace tenure::ui {

// What the import wizard's pages decide, one after the other, and hand to the importer.
struct ImportDraft {
    QString storePath;
    QString file;
    QString entity;
    io::CsvPreview preview;
    std::map<QString, QString> columnMap; // the whole mapping: canonical field → the file's header
    QString dateFormat;                   // empty: detected per column
    io::OnError onError = io::OnError::Stop;

    io::ImportOptions options() const;
};

// The entity as people call it ("Support tickets" for tickets), translated.
QString entityTitle(const QString& entity);

} // namespace tenure::ui
