#include "csvsink.h"

#include "model/dates.h"

#include <QFile>

#include <charconv>

namespace tenure::demo {

CsvSink::~CsvSink() {
    if (m_file) std::fclose(m_file);
}

bool CsvSink::open(const QString& path, std::string_view header) {
    m_path = path;
    m_file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!m_file) {
        m_error = QStringLiteral("%1: cannot create the file").arg(path);
        return false;
    }
    m_buf.reserve(kFlushAt + (size_t(64) << 10));
    m_buf.append(header);
    m_buf.push_back('\n');
    return true;
}

bool CsvSink::flush() {
    if (!m_file) return false;
    if (!m_buf.empty() && std::fwrite(m_buf.data(), 1, m_buf.size(), m_file) != m_buf.size()) {
        m_error = QStringLiteral("%1: write failed (disk full?)").arg(m_path);
        return false;
    }
    m_buf.clear();
    return true;
}

bool CsvSink::close() {
    if (!m_file) return false;
    const bool flushed = flush();
    const bool closed = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (flushed && !closed) m_error = QStringLiteral("%1: write failed on close").arg(m_path);
    return flushed && closed;
}

CsvSink& CsvSink::text(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        m_buf.append(text);
        return *this;
    }
    m_buf.push_back('"');
    for (const char c : text) {
        if (c == '"') m_buf.push_back('"');
        m_buf.push_back(c);
    }
    m_buf.push_back('"');
    return *this;
}

CsvSink& CsvSink::integer(int64_t value) {
    char tmp[24];
    const auto r = std::to_chars(tmp, tmp + sizeof tmp, value);
    m_buf.append(tmp, r.ptr);
    return *this;
}

CsvSink& CsvSink::money(int64_t cents) {
    if (cents < 0) {
        m_buf.push_back('-');
        cents = -cents;
    }
    integer(cents / 100);
    const int frac = static_cast<int>(cents % 100);
    m_buf.push_back('.');
    m_buf.push_back(static_cast<char>('0' + frac / 10));
    m_buf.push_back(static_cast<char>('0' + frac % 10));
    return *this;
}

CsvSink& CsvSink::id(char prefix, int64_t number, int width) {
    char tmp[24];
    const auto r = std::to_chars(tmp, tmp + sizeof tmp, number);
    const int digits = static_cast<int>(r.ptr - tmp);
    m_buf.push_back(prefix);
    if (digits < width) m_buf.append(static_cast<size_t>(width - digits), '0');
    m_buf.append(tmp, r.ptr);
    return *this;
}

CsvSink& CsvSink::date(int64_t days) {
    appendDate(m_buf, days);
    return *this;
}

CsvSink& CsvSink::timestamp(int64_t seconds) {
    appendInstant(m_buf, seconds);
    return *this;
}

} // namespace tenure::demo
