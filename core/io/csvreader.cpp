#include "io/csvreader.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

namespace tenure::io {

namespace {

// Input is read in chunks of this size; a record longer than a chunk is assembled in m_record.
constexpr size_t kChunkSize = size_t(1) << 20;

inline unsigned char byteAt(const char* p) {
    return static_cast<unsigned char>(*p);
}

// Bytes that stop the scan of quoted content. NUL is a stop in every table: it is both the
// sentinel std::string keeps after its last byte and a sign of binary data.
constexpr std::array<unsigned char, 256> makeQuotedStops() {
    std::array<unsigned char, 256> stops{};
    stops['"'] = 1;
    stops['\r'] = 1;
    stops['\n'] = 1;
    stops[0] = 1;
    return stops;
}
constexpr std::array<unsigned char, 256> kQuotedStops = makeQuotedStops();

// The first byte at or after p whose entry in `stops` is non-zero. No bounds check: the NUL
// after the buffer's last byte is a stop in every table, and the unrolled reads never go past
// the first stop.
inline const char* skipPlain(const char* p, const unsigned char* stops) {
    for (;; p += 4) {
        if (stops[byteAt(p)]) return p;
        if (stops[byteAt(p + 1)]) return p + 1;
        if (stops[byteAt(p + 2)]) return p + 2;
        if (stops[byteAt(p + 3)]) return p + 3;
    }
}

// Windows-1252 0x80..0x9F; the five unassigned bytes map to the C1 controls, as in WHATWG.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendTranscoded(std::string& out, const char* begin, const char* end, bool cp1252) {
    while (begin < end) {
        const char* run = begin;
        while (begin < end && byteAt(begin) < 0x80)
            ++begin;
        out.append(run, size_t(begin - run));
        if (begin == end) break;
        unsigned cp = byteAt(begin++);
        if (cp1252 && cp < 0xA0) cp = kCp1252High[cp - 0x80];
        if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
        } else {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
        }
        out += char(0x80 | (cp & 0x3F));
    }
}

// Offset of the first byte that does not start a valid UTF-8 sequence, or npos.
size_t invalidUtf8Offset(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        if (length == 0 || i + length > n) return i;
        const unsigned c1 = s[i + 1];
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
            (c == 0xF4 && c1 > 0x8F))
            return i;
        for (size_t k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

bool isValidDelimiter(char c) {
    return c != '"' && c != '\r' && c != '\n' && c != 0;
}

} // namespace

CsvReader::~CsvReader() {
    close();
}

void CsvReader::close() {
    if (m_file) std::fclose(m_file);
    m_file = nullptr;
}

bool CsvReader::open(const QString& path, const CsvOptions& options) {
    close();
    m_path = path;
    m_options = options;
    m_input.clear();
    m_eof = false;
    m_totalBytes = 0;
    m_bytesConsumed = 0;
    const QFileInfo info(path);
    if (info.isDir()) return fail(QStringLiteral("cannot open: is a directory"), 0, 0);
    m_file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!m_file) {
        const int code = errno;
        return fail(QStringLiteral("cannot open: ") + QString::fromLocal8Bit(std::strerror(code)), 0, 0);
    }
    std::setvbuf(m_file, nullptr, _IONBF, 0); // we read in large chunks ourselves
    m_totalBytes = info.size();
    return start();
}

bool CsvReader::openData(std::string_view data, const CsvOptions& options) {
    close();
    m_path = QStringLiteral("<data>");
    m_options = options;
    m_input.assign(data);
    m_eof = true;
    m_totalBytes = int64_t(data.size());
    return start();
}

bool CsvReader::start() {
    m_error.clear();
    m_errorLine = 0;
    m_errorColumn = 0;
    m_bytesConsumed = 0;
    m_bufferOffset = 0;
    m_line = 1;
    m_lastCr = -2;
    m_pos = 0;
    m_record.clear();
    m_fieldEnds.clear();
    if (m_file && !fillBuffer() && !m_error.isEmpty()) return false;
    if (m_input.compare(0, 3, "\xEF\xBB\xBF") == 0) m_pos = 3;
    m_bytesConsumed = int64_t(m_pos);

    if (m_options.delimiter == 0)
        detectDelimiter();
    else if (isValidDelimiter(m_options.delimiter))
        m_delimiter = m_options.delimiter;
    else
        return fail(QStringLiteral("a quote or a line break cannot be the delimiter"), 0, 0);

    m_stops.fill(0);
    m_stops[static_cast<unsigned char>(m_delimiter)] = 1;
    m_stops['\r'] = 1;
    m_stops['\n'] = 1;
    m_stops[0] = 1;
    return true;
}

// Counts the candidates outside quotes on the first line (or record) of the first chunk.
void CsvReader::detectDelimiter() {
    static constexpr char kCandidates[] = {',', ';', '\t', '|'};
    int64_t counts[4] = {};
    bool quoted = false;
    for (size_t i = m_pos; i < m_input.size(); ++i) {
        const char c = m_input[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\r' || c == '\n') {
                if (i > m_pos) break;
                continue; // leading blank lines
            }
            for (int k = 0; k < 4; ++k)
                counts[k] += c == kCandidates[k];
        }
    }
    int best = 0;
    for (int k = 1; k < 4; ++k) {
        if (counts[k] > counts[best]) best = k;
    }
    m_delimiter = kCandidates[best];
}

// Replaces the consumed buffer by the next chunk. False at the end of the input or on a read
// error (then error() is set).
bool CsvReader::fillBuffer() {
    if (m_eof || !m_file) {
        m_eof = true;
        return false;
    }
    m_bufferOffset += int64_t(m_input.size());
    m_pos = 0;
    m_input.resize(kChunkSize);
    size_t got = 0;
    while (got < kChunkSize) {
        const size_t n = std::fread(m_input.data() + got, 1, kChunkSize - got, m_file);
        if (n == 0) break;
        got += n;
    }
    m_input.resize(got);
    if (got < kChunkSize) {
        m_eof = true;
        if (std::ferror(m_file)) {
            const int code = errno;
            return fail(QStringLiteral("read error: ") + QString::fromLocal8Bit(std::strerror(code)), m_line,
                        0);
        }
    }
    return got > 0;
}

bool CsvReader::fail(const QString& reason, int64_t line, int column) {
    m_errorLine = line;
    m_errorColumn = column;
    if (line > 0)
        m_error = m_path + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') +
                  QString::number(column) + QStringLiteral(": ") + reason;
    else
        m_error = m_path + QStringLiteral(": ") + reason;
    return false;
}

void CsvReader::appendBytes(const char* begin, const char* end) {
    if (m_options.encoding == TextEncoding::Utf8)
        m_record.append(begin, size_t(end - begin));
    else
        appendTranscoded(m_record, begin, end, m_options.encoding == TextEncoding::Windows1252);
}

bool CsvReader::next(CsvRecord& record) {
    record.fields.clear();
    if (!m_error.isEmpty()) return false;
    if (!skipLineEnds()) {
        m_bytesConsumed = offsetOf(m_input.data() + m_pos);
        return false;
    }
    record.line = m_line;
    m_record.clear();
    m_fieldEnds.clear();
    if (!readRecord() || !finishRecord(record)) return false;
    m_bytesConsumed = offsetOf(m_input.data() + m_pos);
    return true;
}

// Skips blank lines (and the LF of a CRLF that ended the previous record). False at the end.
bool CsvReader::skipLineEnds() {
    for (;;) {
        if (m_pos == m_input.size() && !fillBuffer()) return false;
        const char c = m_input[m_pos];
        if (c == '\n') {
            if (m_lastCr != offsetOf(m_input.data() + m_pos) - 1) ++m_line;
        } else if (c == '\r') {
            ++m_line;
            m_lastCr = offsetOf(m_input.data() + m_pos);
        } else {
            return true;
        }
        ++m_pos;
    }
}

// Reads one record (not empty: skipLineEnds() stopped on a byte of it) into m_record and
// m_fieldEnds. The bytes between `span` and `p` are scanned but not yet copied: unquoted fields
// and their delimiters are copied in one run.
bool CsvReader::readRecord() {
    const unsigned char* stops = m_stops.data();
    const char delimiter = m_delimiter;
    const bool transcode = m_options.encoding != TextEncoding::Utf8;
    const char* p = m_input.data() + m_pos;
    const char* end = m_input.data() + m_input.size();
    const char* span = p;

    const auto refill = [&]() {
        appendBytes(span, p);
        m_pos = m_input.size();
        const bool more = fillBuffer();
        p = span = m_input.data() + m_pos;
        end = m_input.data() + m_input.size();
        return more;
    };
    const auto column = [&]() { return int(m_fieldEnds.size()) + 1; };
    const auto endOfInput = [&]() {
        if (!m_error.isEmpty()) return false;
        m_fieldEnds.push_back(m_record.size());
        m_pos = size_t(p - m_input.data());
        return true;
    };
    const auto endOfLine = [&]() {
        ++m_line;
        if (*p == '\r') {
            m_lastCr = offsetOf(p);
            if (p + 1 < end && p[1] == '\n') ++p;
        }
        m_pos = size_t(p + 1 - m_input.data());
        return true;
    };
    const auto binary = [&]() {
        return fail(QStringLiteral("binary data (a NUL byte), not a CSV text file"), m_line, column());
    };

    for (;;) { // one field per iteration, p at its first byte
        if (p == end && !refill()) return endOfInput();
        if (*p == '"') {
            appendBytes(span, p);
            span = ++p;
            const int64_t openLine = m_line;
            for (;;) {
                p = skipPlain(p, kQuotedStops.data());
                const char c = *p;
                if (c == '"') {
                    appendBytes(span, p);
                    span = ++p;
                    if (p == end && !refill()) return endOfInput();
                    if (*p != '"') break; // the closing quote
                    ++p;                  // a doubled quote: the second one stays in the span as content
                } else if (c == '\r') {
                    ++m_line;
                    m_lastCr = offsetOf(p++);
                } else if (c == '\n') {
                    if (m_lastCr != offsetOf(p) - 1) ++m_line;
                    ++p;
                } else if (p < end) {
                    return binary();
                } else if (!refill()) {
                    if (!m_error.isEmpty()) return false;
                    return fail(QStringLiteral("unterminated quoted field"), openLine, column());
                }
            }
            if (*p == delimiter) {
                m_fieldEnds.push_back(m_record.size());
                ++p; // the delimiter stays in the span as the separator byte
                continue;
            }
            if (*p == '\r' || *p == '\n') {
                m_fieldEnds.push_back(m_record.size());
                return endOfLine();
            }
            if (*p == 0) return binary();
            return fail(QStringLiteral("unexpected character after closing quote"), m_line, column());
        }
        for (;;) { // unquoted: a quote inside is kept literally
            p = skipPlain(p, stops);
            const char c = *p;
            if (c == delimiter) {
                if (transcode) {
                    appendBytes(span, p);
                    span = p;
                }
                m_fieldEnds.push_back(m_record.size() + size_t(p - span));
                ++p;
                break;
            }
            if (c == '\r' || c == '\n') {
                appendBytes(span, p);
                span = p;
                m_fieldEnds.push_back(m_record.size());
                return endOfLine();
            }
            if (p < end) return binary();
            if (!refill()) return endOfInput();
        }
    }
}

bool CsvReader::finishRecord(CsvRecord& record) {
    if (m_options.encoding == TextEncoding::Utf8) {
        const size_t bad = invalidUtf8Offset(m_record);
        if (bad != std::string_view::npos) {
            int64_t line = record.line;
            for (size_t i = 0; i < bad; ++i) {
                if (m_record[i] == '\n' || (m_record[i] == '\r' && m_record[i + 1] != '\n')) ++line;
            }
            int field = 0;
            while (size_t(field) < m_fieldEnds.size() && m_fieldEnds[size_t(field)] <= bad)
                ++field;
            const auto byte = static_cast<unsigned char>(m_record[bad]);
            return fail(QStringLiteral("invalid UTF-8 (byte 0x%1); is the file Latin-1 or Windows-1252?")
                            .arg(byte, 2, 16, QLatin1Char('0')),
                        line, field + 1);
        }
    }
    const char* data = m_record.data();
    size_t begin = 0;
    for (const size_t fieldEnd : m_fieldEnds) {
        record.fields.emplace_back(data + begin, fieldEnd - begin);
        begin = fieldEnd + 1;
    }
    return true;
}

} // namespace tenure::io
