#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tenure::store {

// Text keys to row ids in one flat, open-addressed table: the keys live together in one
// arena and a slot is 24 bytes. A million customer ids load and look up several times faster
// than in std::unordered_map<std::string, …>, which allocates a node per key and chases a
// pointer per probe.
class KeyTable final {
public:
    void reserve(size_t keys);
    // The id of a key, or 0 when it is absent (row ids start at 1).
    int64_t find(std::string_view key) const;
    // Adds a key that is not in the table yet.
    void insert(std::string_view key, int64_t id);
    size_t size() const { return m_count; }

private:
    struct Slot {
        uint64_t hash = 0;
        uint32_t offset = 0;
        uint32_t length = 0;
        int64_t id = 0; // 0: empty slot
    };
    static uint64_t hashOf(std::string_view key);
    void grow();

    std::vector<Slot> m_slots;
    std::string m_keys;
    size_t m_count = 0;
};

} // namespace tenure::store
