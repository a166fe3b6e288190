#include "rowbatch.h"

namespace tenure::io {

void RowBatch::add(const FieldValue* fields, size_t fieldCount, const std::vector<std::string_view>& extra,
                   int64_t key, int64_t line) {
    const auto keep = [this](std::string_view s) {
        FieldValue v;
        v.present = true;
        v.integer = static_cast<int64_t>(text.size()); // offset until seal()
        v.text = std::string_view(nullptr, s.size());
        text.append(s);
        return v;
    };
    for (size_t i = 0; i < fieldCount; ++i) {
        const FieldValue& f = fields[i];
        values.push_back(f.present && f.text.data() ? keep(f.text) : f);
    }
    for (std::string_view cell : extra) {
        if (cell.empty())
            values.push_back(FieldValue{});
        else
            values.push_back(keep(cell));
    }
    rowKeys.push_back(key);
    lines.push_back(line);
}

void RowBatch::seal() {
    for (FieldValue& v : values) {
        if (v.present && !v.text.data() && v.text.size() > 0) {
            v.text = std::string_view(text.data() + v.integer, v.text.size());
            v.integer = 0;
        }
    }
}

std::unique_ptr<RowBatch> BatchQueue::emptyBatch() {
    std::lock_guard lock(m_mutex);
    if (m_free.empty()) return std::make_unique<RowBatch>();
    auto batch = std::move(m_free.back());
    m_free.pop_back();
    batch->clear();
    return batch;
}

bool BatchQueue::push(std::unique_ptr<RowBatch> batch) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_full.size() < m_capacity; });
    if (m_stopped) return false;
    m_full.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

void BatchQueue::close() {
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
}

std::unique_ptr<RowBatch> BatchQueue::pop() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_closed || m_stopped; });
    if (m_full.empty() || m_stopped) return nullptr;
    auto batch = std::move(m_full.front());
    m_full.pop_front();
    m_changed.notify_all();
    return batch;
}

void BatchQueue::recycle(std::unique_ptr<RowBatch> batch) {
    std::lock_guard lock(m_mutex);
    m_free.push_back(std::move(batch));
}

void BatchQueue::stop() {
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

} // namespace tenure::io
