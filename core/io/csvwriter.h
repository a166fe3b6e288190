#pragma once

#include <QString>

#include <cstdio>
#include <string>
#include <string_view>

namespace tenure::io {

// Writes RFC 4180 CSV (UTF-8, LF line ends, quotes only where a field needs them) through a
// large buffer. Writes to stdout when the path is empty or "-".
class CsvWriter final {
public:
    CsvWriter() = default;
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    bool open(const QString& path);
    const QString& error() const { return m_error; }

    void field(std::string_view utf8);
    void field(const QString& text);
    void emptyField() { separate(); }
    // Appends a field whose bytes never need quoting (numbers, dates).
    void rawField(std::string_view ascii);
    void endRow();
    bool close();

private:
    void separate();
    void flushIfFull();

    std::FILE* m_file = nullptr;
    bool m_ownsFile = false;
    bool m_rowStarted = false;
    std::string m_buffer;
    QString m_path;
    QString m_error;
};

} // namespace tenure::io
