// The radix text sort (customertextsort.cpp) against the comparison it replaces: a stable sort
// by QStringView::compare(Qt::CaseInsensitive), on texts chosen to hit its corners.
#include "models/customersort.h"
#include "store/customerrepository.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace tenure;

namespace {

store::TextColumn columnOf(const std::vector<std::string>& texts) {
    store::TextColumn column;
    for (const std::string& text : texts)
        EXPECT_TRUE(column.append(text.data(), text.size()));
    column.shrinkToFit();
    return column;
}

// Checks sortByText, its ties and both directions of orderedRows against std::stable_sort.
void expectSortedAsCompared(const std::vector<std::string>& texts) {
    const store::TextColumn column = columnOf(texts);
    const auto compare = [&column](size_t a, size_t b) {
        return column.at(a).compare(column.at(b), Qt::CaseInsensitive);
    };
    std::vector<uint32_t> ascending(texts.size());
    std::iota(ascending.begin(), ascending.end(), 0u);
    std::vector<uint32_t> descending = ascending;
    std::stable_sort(ascending.begin(), ascending.end(),
                     [&](uint32_t a, uint32_t b) { return compare(a, b) < 0; });
    std::stable_sort(descending.begin(), descending.end(),
                     [&](uint32_t a, uint32_t b) { return compare(a, b) > 0; });

    const ui::SortedRows sorted = ui::sortByText(column);
    ASSERT_EQ(sorted.rows, ascending);
    ASSERT_EQ(sorted.tied.size(), texts.size());
    for (size_t i = 0; i < texts.size(); ++i)
        EXPECT_EQ(sorted.tied[i] != 0, i > 0 && compare(ascending[i - 1], ascending[i]) == 0) << "at " << i;
    std::vector<uint32_t> out;
    ui::orderedRows(sorted, Qt::DescendingOrder, out);
    EXPECT_EQ(out, descending);
}

// Texts that differ in case, accents, length, trailing NULs and past 8, 16, 24 and 256 bytes.
const std::vector<std::string>& trickyTexts() {
    static const std::vector<std::string> texts = [] {
        const std::string longPrefix(270, 'x');
        return std::vector<std::string>{"",
                                        "",
                                        "a",
                                        "A",
                                        "ab",
                                        "aB",
                                        "Ab",
                                        "b",
                                        "\xc3\xa9" /* é */,
                                        "\xc3\x89" /* É */,
                                        "e",
                                        "E",
                                        "f",
                                        "Zo\xc3\xab",
                                        "zo\xc3\xab",
                                        "ZO\xc3\x8b M\xc3\xbcller",
                                        "stra\xc3\x9f"
                                        "e" /* ß */,
                                        "STRASSE",
                                        "\xe1\xba\x9e" /* ẞ folds to ß */,
                                        "\xce\xa3" /* Σ */,
                                        "\xcf\x83" /* σ */,
                                        "\xcf\x82" /* ς folds to σ */,
                                        "\xf0\x9d\x92\x9clpha" /* 𝒜 */,
                                        "\xf0\x90\x90\x80" /* 𐐀 folds to 𐐨 */,
                                        "\xf0\x90\x90\xa8",
                                        "\xef\xbc\xa1" /* Ａ */,
                                        "\xef\xbd\x81" /* ａ */,
                                        "\xee\x80\x80" /* U+E000, above the surrogates */,
                                        std::string("a\0", 2),
                                        std::string("a\0\0", 3),
                                        std::string("A\0b", 3),
                                        std::string("\0", 1),
                                        "abcdefgh",
                                        "ABCDEFGH",
                                        "abcdefg",
                                        "abcdefghi",
                                        "abcdefgh\x01",
                                        "Watanabe Manufacturing",
                                        "watanabe manufacturing",
                                        "Watanabe Manufacturing Pty",
                                        "WATANABE MANUFACTURING PTY",
                                        "Watanabe Manufacturing Pty Ltd",
                                        "Watanabe Manufacturing Ltd",
                                        "Watanabe Manufacturin",
                                        "Watanabe Manufacturing Pty.",
                                        "Watanabe Manufacturing Pty\xc3\xa9",
                                        "watanabe manufacturing pty \xc3\x89",
                                        "0123456789abcdefghijklmnopqrstuvwxyz",
                                        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                        "0123456789abcdefghijklmnopqrstuvwxy",
                                        longPrefix,
                                        longPrefix + "a",
                                        longPrefix + "B",
                                        longPrefix + "b",
                                        longPrefix + "A",
                                        longPrefix + std::string("\0", 1),
                                        longPrefix.substr(1),
                                        "X" + longPrefix.substr(1) + "a"};
    }();
    return texts;
}

} // namespace

TEST(CustomerSort, TextSortOfTrickyTextsIsTheComparisonSort) {
    expectSortedAsCompared(trickyTexts());
}

// Thousands of rows so that the radix passes, the equal-key runs and the small-run comparison
// all run: the tricky texts and random texts over a few shared prefixes and a small alphabet.
TEST(CustomerSort, TextSortOfManyRowsIsTheComparisonSort) {
    std::mt19937 rng(11);
    const std::vector<std::string>& tricky = trickyTexts();
    const std::vector<std::string> prefixes = {"",
                                               "Acme ",
                                               "ACME ",
                                               "acme corporation ",
                                               "Müller & Söhne ",
                                               "müller & söhne gmbh & co. kg ",
                                               std::string(40, 'q')};
    const std::vector<std::string> letters = {"a", "A", "b", "B", "é", "É", " ", "ß", std::string("\0", 1)};
    std::vector<std::string> texts;
    for (int i = 0; i < 6000; ++i) {
        if (i % 7 == 0) {
            texts.push_back(tricky[rng() % tricky.size()]);
            continue;
        }
        std::string text = prefixes[rng() % prefixes.size()];
        const size_t length = rng() % 30;
        for (size_t c = 0; c < length; ++c)
            text += letters[rng() % (i % 3 == 0 ? letters.size() : 3)];
        texts.push_back(std::move(text));
    }
    expectSortedAsCompared(texts);
}

TEST(CustomerSort, TextSortOfNoRowsAndOneRow) {
    expectSortedAsCompared({});
    expectSortedAsCompared({"only"});
}
