#include "store/keytable.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

using tenure::store::KeyTable;

TEST(KeyTable, FindsEveryKeyItHoldsAndNoOther) {
    KeyTable table;
    std::unordered_map<std::string, int64_t> expected;
    // Grows from empty through many rehashes; keys of every length around the 8-byte steps.
    for (int64_t i = 1; i <= 200000; ++i) {
        const std::string key = (i % 3 == 0 ? "C" : "customer-") + std::to_string(i * 7919 % 1000003);
        if (expected.count(key)) continue;
        table.insert(key, i);
        expected.emplace(key, i);
    }
    EXPECT_EQ(table.size(), expected.size());
    for (const auto& [key, id] : expected)
        ASSERT_EQ(table.find(key), id) << key;
    EXPECT_EQ(table.find("absent"), 0);
    EXPECT_EQ(table.find(""), 0);
    EXPECT_EQ(table.find("C"), 0);
}

TEST(KeyTable, EmptyAndReservedTablesAnswerZero) {
    KeyTable empty;
    EXPECT_EQ(empty.find("x"), 0);
    KeyTable reserved;
    reserved.reserve(1000);
    EXPECT_EQ(reserved.find("x"), 0);
    reserved.insert("00001", 5);
    EXPECT_EQ(reserved.find("00001"), 5);
    EXPECT_EQ(reserved.find("1"), 0);
}
