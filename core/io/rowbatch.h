#pragma once

#include "rowvalues.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace tenure::io {

// Parsed rows on their way from the reading thread to the writing one. Each row is `width`
// values: the entity's fields, then the raw text of the columns kept as custom attributes.
// Text lives in the batch's own arena, since the reader's buffer moves on.
struct RowBatch {
    size_t width = 0;
    std::vector<FieldValue> values;
    std::vector<int64_t> rowKeys; // whole-row hash per row
    std::vector<int64_t> lines;   // line of each row in the file
    std::string text;
    int64_t bytesRead = 0; // of the file, when the batch was full

    size_t rows() const { return lines.size(); }
    FieldValue* row(size_t i) { return values.data() + i * width; }
    void clear() {
        values.clear();
        rowKeys.clear();
        lines.clear();
        text.clear();
    }
    // Adds a row: copies each text value into the arena (stored as an offset until seal()).
    void add(const FieldValue* fields, size_t fieldCount, const std::vector<std::string_view>& extra,
             int64_t key, int64_t line);
    // Points the text values into the arena, once it will not grow any more.
    void seal();
};

// A bounded hand-over of batches between one producer and one consumer thread; batches are
// recycled so that a long import allocates only a few.
class BatchQueue final {
public:
    explicit BatchQueue(size_t capacity = 4)
        : m_capacity(capacity) {}

    std::unique_ptr<RowBatch> emptyBatch();
    // Producer: hands over a full batch; blocks while the consumer is behind. False once the
    // consumer has stopped, so that the producer can stop too.
    bool push(std::unique_ptr<RowBatch> batch);
    // Producer: no more batches.
    void close();
    // Consumer: the next batch, or nothing once the producer closed and all were taken.
    std::unique_ptr<RowBatch> pop();
    void recycle(std::unique_ptr<RowBatch> batch);
    // Consumer: stop the producer (cancel, or a failure on the writing side).
    void stop();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_full;
    std::vector<std::unique_ptr<RowBatch>> m_free;
    size_t m_capacity;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace tenure::io
