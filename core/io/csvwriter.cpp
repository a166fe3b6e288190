#include "csvwriter.h"

#include <cerrno>
#include <cstring>

namespace tenure::io {

namespace {
constexpr size_t flushSize = 1 << 20;
}

CsvWriter::~CsvWriter() {
    close();
}

bool CsvWriter::open(const QString& path) {
    m_path = path;
    if (path.isEmpty() || path == QStringLiteral("-")) {
        m_file = stdout;
        m_ownsFile = false;
        return true;
    }
    m_file = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (!m_file) {
        m_error =
            QStringLiteral("%1: cannot write: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_ownsFile = true;
    return true;
}

void CsvWriter::separate() {
    if (m_rowStarted) m_buffer.push_back(',');
    m_rowStarted = true;
}

void CsvWriter::field(std::string_view utf8) {
    separate();
    const bool needsQuotes = utf8.find_first_of(",\"\r\n") != std::string_view::npos ||
                             (!utf8.empty() && (utf8.front() == ' ' || utf8.back() == ' '));
    if (!needsQuotes) {
        m_buffer.append(utf8);
        return;
    }
    m_buffer.push_back('"');
    for (const char c : utf8) {
        if (c == '"') m_buffer.push_back('"');
        m_buffer.push_back(c);
    }
    m_buffer.push_back('"');
}

void CsvWriter::field(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    field(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

void CsvWriter::rawField(std::string_view ascii) {
    separate();
    m_buffer.append(ascii);
}

void CsvWriter::endRow() {
    m_buffer.push_back('\n');
    m_rowStarted = false;
    flushIfFull();
}

void CsvWriter::flushIfFull() {
    if (m_buffer.size() < flushSize || !m_file) return;
    if (std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size() && m_error.isEmpty())
        m_error =
            QStringLiteral("%1: write failed: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    m_buffer.clear();
}

bool CsvWriter::close() {
    if (!m_file) return m_error.isEmpty();
    if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size() &&
        m_error.isEmpty())
        m_error =
            QStringLiteral("%1: write failed: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    m_buffer.clear();
    if (m_ownsFile) {
        if (std::fclose(m_file) != 0 && m_error.isEmpty())
            m_error = QStringLiteral("%1: write failed: %2")
                          .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    } else {
        std::fflush(m_file);
    }
    m_file = nullptr;
    return m_error.isEmpty();
}

} // namespace tenure::io
