#pragma once

#include <QString>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace tenure::demo {

// One output CSV file: rows are appended as bytes to a large buffer that is written out with
// fwrite when it fills. Fields are formatted by hand (no QString, no QDateTime per row).
class CsvSink final {
public:
    CsvSink() = default;
    ~CsvSink();
    CsvSink(const CsvSink&) = delete;
    CsvSink& operator=(const CsvSink&) = delete;

    // Creates (truncates) the file and writes the header line.
    bool open(const QString& path, std::string_view header);
    // Writes what is buffered; returns false (and sets error()) on a write error.
    bool flushIfFull() { return m_buf.size() < kFlushAt || flush(); }
    bool flush();
    bool close();
    const QString& error() const { return m_error; }
    const QString& path() const { return m_path; }
    int64_t rows() const { return m_rows; }

    // Field writers. Each appends one field; sep() goes between fields, end() closes the row.
    CsvSink& sep() {
        m_buf.push_back(',');
        return *this;
    }
    void end() {
        m_buf.push_back('\n');
        ++m_rows;
    }
    CsvSink& raw(std::string_view text) {
        m_buf.append(text);
        return *this;
    }
    CsvSink& text(std::string_view text); // quoted per RFC 4180 when needed
    CsvSink& integer(int64_t value);
    CsvSink& money(int64_t cents);                       // 2 decimals, '.' as the point
    CsvSink& id(char prefix, int64_t number, int width); // C0000001
    CsvSink& date(int64_t days);                         // YYYY-MM-DD
    CsvSink& timestamp(int64_t seconds);                 // YYYY-MM-DDTHH:MM:SSZ (UTC)
    CsvSink& boolean(bool value) { return raw(value ? std::string_view("true") : std::string_view("false")); }

private:
    static constexpr size_t kFlushAt = size_t(1) << 20;
    std::FILE* m_file = nullptr;
    std::string m_buf;
    QString m_path;
    QString m_error;
    int64_t m_rows = 0;
};

} // namespace tenure::demo
