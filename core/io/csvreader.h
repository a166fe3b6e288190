#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace tenure::io {

enum class TextEncoding { Utf8, Latin1, Windows1252 };

struct CsvOptions {
    char delimiter = 0; // 0: detect from the first line among , ; tab |
    TextEncoding encoding = TextEncoding::Utf8;
};

// One record of a CSV file. Fields are UTF-8 views into the reader's buffer and stay valid
// only until the next call to CsvReader::next().
struct CsvRecord {
    std::vector<std::string_view> fields;
    int64_t line = 0; // 1-based physical line on which the record starts
};

// A streaming RFC 4180 reader: quoted fields, doubled quotes, CR / LF / CRLF line ends, line
// breaks inside quotes, an optional UTF-8 byte-order mark, delimiter detection, and Latin-1 or
// Windows-1252 input converted to UTF-8. Memory stays bounded by the longest record.
class CsvReader final {
public:
    CsvReader() = default;
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Opens a file. On failure returns false and error() says why (naming the file).
    bool open(const QString& path, const CsvOptions& options = {});
    // Reads from memory instead of a file (tests, previews). The data is copied.
    bool openData(std::string_view data, const CsvOptions& options = {});

    // Reads the next record. Returns false at the end of the input or on an error; error()
    // is empty at a clean end. A blank line (nothing between two line ends) is skipped.
    bool next(CsvRecord& record);

    const QString& error() const { return m_error; }
    // Line and 1-based column (field index) of the error, when error() is set.
    int64_t errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

    char delimiter() const { return m_delimiter; }
    int64_t bytesRead() const { return m_bytesConsumed; }
    int64_t totalBytes() const { return m_totalBytes; }

private:
    bool start();
    void close();
    bool fillBuffer();
    void detectDelimiter();
    bool skipLineEnds();
    bool readRecord();
    bool finishRecord(CsvRecord& record);
    void appendBytes(const char* begin, const char* end);
    int64_t offsetOf(const char* p) const { return m_bufferOffset + (p - m_input.data()); }
    bool fail(const QString& reason, int64_t line, int column);

    std::FILE* m_file = nullptr;
    CsvOptions m_options;
    QString m_path;
    QString m_error;
    int64_t m_errorLine = 0;
    int m_errorColumn = 0;
    char m_delimiter = ',';
    int64_t m_bytesConsumed = 0;
    int64_t m_totalBytes = 0;
    int64_t m_line = 1;
    std::string m_input; // raw bytes read from the file, consumed from m_pos
    size_t m_pos = 0;
    bool m_eof = false;
    std::string m_record; // unescaped field bytes of the current record
    // End of each field in m_record; one separator byte follows each field but the last.
    std::vector<size_t> m_fieldEnds;
    int64_t m_bufferOffset = 0; // offset in the input of m_input[0]
    int64_t m_lastCr = -2;      // offset of the last CR seen, to count a CRLF as one line end
    // Non-zero for the bytes that end a run of unquoted field bytes.
    std::array<unsigned char, 256> m_stops{};
};

} // namespace tenure::io
