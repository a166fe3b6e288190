#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tenure {

// A value or a message saying why there is none: the one error convention of the core.
// Messages are written for the user ("file.csv:4:9: invalid date …"), not for a log.
template <typename T> class Expected final {
public:
    Expected(T value)
        : m_value(std::move(value)) {}
    static Expected failure(QString message) {
        Expected e;
        e.m_error = std::move(message);
        return e;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    const QString& error() const { return m_error; }

private:
    Expected() = default;
    std::optional<T> m_value;
    QString m_error;
};

// Success or a message, for operations that return nothing.
class Status final {
public:
    Status() = default;
    static Status failure(QString message) {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace tenure
