#include "keytable.h"

#include <cstring>

namespace tenure::store {

uint64_t KeyTable::hashOf(std::string_view key) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
    size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        uint64_t v = 0;
        std::memcpy(&v, key.data() + i, 8);
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 29;
    }
    if (i < key.size()) {
        uint64_t v = 0;
        std::memcpy(&v, key.data() + i, key.size() - i);
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
    }
    h ^= h >> 32;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 29);
}

void KeyTable::reserve(size_t keys) {
    size_t capacity = 16;
    while (capacity < keys * 2)
        capacity *= 2;
    if (capacity <= m_slots.size()) return;
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot{});
    const size_t mask = capacity - 1;
    for (const Slot& s : old) {
        if (s.id == 0) continue;
        size_t i = s.hash & mask;
        while (m_slots[i].id != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

void KeyTable::grow() {
    reserve(m_slots.empty() ? 8 : m_slots.size());
}

int64_t KeyTable::find(std::string_view key) const {
    if (m_slots.empty()) return 0;
    const uint64_t h = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.id == 0) return 0;
        if (s.hash == h && s.length == key.size() &&
            std::memcmp(m_keys.data() + s.offset, key.data(), key.size()) == 0)
            return s.id;
    }
}

void KeyTable::insert(std::string_view key, int64_t id) {
    if ((m_count + 1) * 2 > m_slots.size()) grow();
    const uint64_t h = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    size_t i = h & mask;
    while (m_slots[i].id != 0)
        i = (i + 1) & mask;
    m_slots[i] = Slot{h, static_cast<uint32_t>(m_keys.size()), static_cast<uint32_t>(key.size()), id};
    m_keys.append(key);
    ++m_count;
}

} // namespace tenure::store
