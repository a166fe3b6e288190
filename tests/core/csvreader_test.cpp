#include "io/csvreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <random>

using tenure::io::CsvOptions;
using tenure::io::CsvReader;
using tenure::io::CsvRecord;
using tenure::io::TextEncoding;
using tenure::test::sharedData;

namespace {

using Row = std::vector<std::string>;
using Rows = std::vector<Row>;

struct ReadResult {
    Rows rows;
    std::vector<int64_t> lines;
    bool opened = false;
    QString error;
};

ReadResult readAll(CsvReader& reader) {
    ReadResult result;
    result.opened = true;
    CsvRecord record;
    int64_t lastBytes = reader.bytesRead();
    while (reader.next(record)) {
        result.rows.emplace_back(record.fields.begin(), record.fields.end());
        result.lines.push_back(record.line);
        EXPECT_GE(reader.bytesRead(), lastBytes);
        EXPECT_LE(reader.bytesRead(), reader.totalBytes());
        lastBytes = reader.bytesRead();
    }
    result.error = reader.error();
    if (result.error.isEmpty()) {
        EXPECT_EQ(reader.bytesRead(), reader.totalBytes());
    }
    return result;
}

ReadResult readData(std::string_view data, const CsvOptions& options = {}) {
    CsvReader reader;
    if (!reader.openData(data, options)) return {{}, {}, false, reader.error()};
    return readAll(reader);
}

ReadResult readFile(const QString& path, const CsvOptions& options = {}) {
    CsvReader reader;
    if (!reader.open(path, options)) return {{}, {}, false, reader.error()};
    return readAll(reader);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, std::string_view bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes.data(), qint64(bytes.size()));
    return path;
}

QByteArray readBytes(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// CSV text built piece by piece, with the rows and start lines a reader must give back.
struct Expected {
    std::string text;
    Rows rows;
    std::vector<int64_t> lines;
    int64_t lineBreaks = 0;
    bool lastCr = false;

    void raw(std::string_view s) {
        for (const char c : s) {
            if (c == '\r' || (c == '\n' && !lastCr)) ++lineBreaks;
            lastCr = c == '\r';
        }
        text += s;
    }
    void record(std::string_view serialized, Row fields, std::string_view lineEnd = "\n") {
        lines.push_back(lineBreaks + 1);
        rows.push_back(std::move(fields));
        raw(serialized);
        raw(lineEnd);
    }
};

std::string csvQuoted(std::string_view field) {
    std::string out = "\"";
    for (const char c : field) {
        out += c;
        if (c == '"') out += '"';
    }
    return out + '"';
}

void expectSame(const ReadResult& result, const Expected& expected) {
    EXPECT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    ASSERT_EQ(result.rows.size(), expected.rows.size());
    for (size_t i = 0; i < result.rows.size(); ++i) {
        ASSERT_EQ(result.rows[i], expected.rows[i]) << "record " << i;
        ASSERT_EQ(result.lines[i], expected.lines[i]) << "record " << i;
    }
}

std::string testName(const std::string& text) {
    std::string name;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum)
            name += c;
        else if (!name.empty() && name.back() != '_')
            name += '_';
    }
    while (!name.empty() && name.back() == '_')
        name.pop_back();
    return name;
}

// ---- csv-spectrum: csvs/NAME.csv against json/NAME.json ------------------------------------

std::vector<std::string> spectrumCases() {
    std::vector<std::string> names;
    const QDir dir(sharedData(QStringLiteral("csv-suites/csv-spectrum/csvs")));
    for (const QString& file : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        names.push_back(file.chopped(4).toStdString());
    return names;
}

class CsvSpectrum : public testing::TestWithParam<std::string> {};

TEST_P(CsvSpectrum, MatchesJson) {
    const QString name = QString::fromStdString(GetParam());
    // Known-bad fixture: its JSON is an object rather than an array and holds another phone number.
    if (name == QStringLiteral("location_coordinates"))
        GTEST_SKIP() << "known-bad fixture (expected JSON is not an array and disagrees with the CSV)";
    const QString base = sharedData(QStringLiteral("csv-suites/csv-spectrum/"));
    const ReadResult result = readFile(base + QStringLiteral("csvs/") + name + QStringLiteral(".csv"));
    ASSERT_TRUE(result.opened && result.error.isEmpty()) << result.error.toStdString();
    const QJsonDocument json =
        QJsonDocument::fromJson(readBytes(base + QStringLiteral("json/") + name + QStringLiteral(".json")));
    ASSERT_TRUE(json.isArray());
    const QJsonArray expected = json.array();
    ASSERT_FALSE(result.rows.empty());
    const Row& header = result.rows.front();
    ASSERT_EQ(result.rows.size() - 1, size_t(expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject object = expected.at(i).toObject();
        const Row& row = result.rows[size_t(i) + 1];
        ASSERT_EQ(row.size(), header.size()) << "record " << i;
        ASSERT_EQ(size_t(object.size()), header.size()) << "record " << i;
        for (size_t c = 0; c < header.size(); ++c) {
            const QJsonValue value = object.value(QString::fromStdString(header[c]));
            ASSERT_TRUE(value.isString()) << header[c];
            EXPECT_EQ(row[c], value.toString().toStdString()) << "record " << i << " " << header[c];
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Csv, CsvSpectrum, testing::ValuesIn(spectrumCases()),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });

// ---- PapaParse: the cases with an empty config that need no callback ------------------------

struct PapaCase {
    std::string name;
    std::string input;
    Rows expected;
    bool expectError = false;
    bool disabled = false;
};

void PrintTo(const PapaCase& c, std::ostream* os) {
    *os << c.name;
}

std::vector<PapaCase> papaCases() {
    std::vector<PapaCase> cases;
    const std::pair<const char*, const char*> files[] = {{"core", "core_parser_tests.json"},
                                                         {"parse", "parse_tests.json"}};
    for (const auto& [prefix, file] : files) {
        const QString path = sharedData(QStringLiteral("csv-suites/papaparse/") + QString::fromUtf8(file));
        const QJsonArray all = QJsonDocument::fromJson(readBytes(path)).array();
        for (const QJsonValue& value : all) {
            const QJsonObject object = value.toObject();
            if (!object.value(QStringLiteral("config")).toObject().isEmpty() ||
                object.value(QStringLiteral("needs_callback")).toBool())
                continue;
            PapaCase c;
            c.name = testName(std::string(prefix) + '_' +
                              std::to_string(object.value(QStringLiteral("index")).toInt()) + '_' +
                              object.value(QStringLiteral("description")).toString().toStdString());
            c.input = object.value(QStringLiteral("input")).toString().toStdString();
            c.disabled = object.value(QStringLiteral("disabled")).toBool();
            const QJsonObject expected = object.value(QStringLiteral("expected")).toObject();
            for (const QJsonValue& row : expected.value(QStringLiteral("data")).toArray()) {
                Row fields;
                for (const QJsonValue& field : row.toArray())
                    fields.push_back(field.toString().toStdString());
                // PapaParse reports a blank line as a row of one empty field; we skip blank lines.
                if (!(fields.size() == 1 && fields.front().empty())) c.expected.push_back(std::move(fields));
            }
            // "UndetectableDelimiter" is no error here: without a candidate we use ',' silently.
            for (const QJsonValue& error : expected.value(QStringLiteral("errors")).toArray()) {
                if (error.toObject().value(QStringLiteral("type")).toString() != QStringLiteral("Delimiter"))
                    c.expectError = true;
            }
            cases.push_back(std::move(c));
        }
    }
    return cases;
}

// Cases whose PapaParse behaviour contradicts RFC 4180 as this reader implements it.
const std::map<std::string, std::string>& papaSkips() {
    static const std::string spaces =
        "PapaParse accepts spaces between a closing quote and the next delimiter "
        "or line end; under RFC 4180 that is an error here ('unexpected "
        "character after closing quote', see CsvReader.SpaceAfterClosingQuote)";
    static const std::map<std::string, std::string> skips = {
        {"parse_5", spaces},
        {"parse_6", spaces},
        {"parse_7", spaces},
        {"parse_90", spaces},
        {"parse_91", spaces},
        {"parse_9", "PapaParse picks one line-end style per input and keeps a bare CR as data when the "
                    "input uses LF; here CR, LF and CRLF all end a record (see CsvReader.MixedLineEnds)"},
    };
    return skips;
}

class CsvPapaParse : public testing::TestWithParam<PapaCase> {};

TEST_P(CsvPapaParse, Matches) {
    const PapaCase& c = GetParam();
    const std::string key = c.name.substr(0, c.name.find('_', c.name.find('_') + 1));
    if (const auto skip = papaSkips().find(key); skip != papaSkips().end()) GTEST_SKIP() << skip->second;
    if (c.disabled) GTEST_SKIP() << "disabled in PapaParse's own suite";
    const ReadResult result = readData(c.input);
    if (c.expectError) {
        // PapaParse recovers some data after a quote error; only the error itself is compared.
        EXPECT_FALSE(result.error.isEmpty()) << "expected a quote error";
        return;
    }
    EXPECT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    EXPECT_EQ(result.rows, c.expected);
}

INSTANTIATE_TEST_SUITE_P(Csv, CsvPapaParse, testing::ValuesIn(papaCases()),
                         [](const testing::TestParamInfo<PapaCase>& info) { return info.param.name; });

// ---- focused cases ---------------------------------------------------------------------------

TEST(CsvReader, LineEnds) {
    for (const char* end : {"\n", "\r\n", "\r"}) {
        SCOPED_TRACE(testing::PrintToString(std::string(end)));
        const std::string text = std::string("a,b") + end + "c,d" + end + "e,f";
        const ReadResult result = readData(text);
        EXPECT_EQ(result.rows, (Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}}));
        EXPECT_EQ(result.lines, (std::vector<int64_t>{1, 2, 3}));
    }
}

TEST(CsvReader, MixedLineEnds) {
    const ReadResult result = readData("a,b,c\nd,e,f\rg,h,i\r\nj\n");
    EXPECT_EQ(result.rows, (Rows{{"a", "b", "c"}, {"d", "e", "f"}, {"g", "h", "i"}, {"j"}}));
    EXPECT_EQ(result.lines, (std::vector<int64_t>{1, 2, 3, 4}));
}

TEST(CsvReader, LineBreaksInQuotesCountAsLines) {
    const ReadResult result = readData("h1,h2\n\"x\ny\",z\n\"p\r\nq\rr\",s\nlast,\"\"");
    EXPECT_EQ(result.rows, (Rows{{"h1", "h2"}, {"x\ny", "z"}, {"p\r\nq\rr", "s"}, {"last", ""}}));
    EXPECT_EQ(result.lines, (std::vector<int64_t>{1, 2, 4, 7}));
}

TEST(CsvReader, BlankLinesAreSkippedButCounted) {
    const ReadResult result = readData("\na\n\n\r\n\rb\n\n");
    EXPECT_EQ(result.rows, (Rows{{"a"}, {"b"}}));
    EXPECT_EQ(result.lines, (std::vector<int64_t>{2, 6}));
    EXPECT_TRUE(readData("").rows.empty());
    EXPECT_TRUE(readData("\r\n\n").rows.empty());
    EXPECT_EQ(readData("a,\n \n\"\"").rows, (Rows{{"a", ""}, {" "}, {""}}));
}

TEST(CsvReader, QuotesFollowRfc4180) {
    EXPECT_EQ(readData("\"a,b\",\"say \"\"hi\"\"\",\"\"").rows, (Rows{{"a,b", "say \"hi\"", ""}}));
    EXPECT_EQ(readData("a\"b,c\"\"d\"").rows, (Rows{{"a\"b", "c\"\"d\""}})); // lenient, kept as is
}

TEST(CsvReader, SkipsUtf8ByteOrderMark) {
    const ReadResult result = readData("\xEF\xBB\xBFid;name\n1;x");
    EXPECT_EQ(result.rows, (Rows{{"id", "name"}, {"1", "x"}}));
}

class CsvDelimiter : public testing::TestWithParam<char> {};

TEST_P(CsvDelimiter, IsDetected) {
    const char d = GetParam();
    // The other candidates appear too: inside quotes, or once outside quotes.
    const char other = d == ',' ? ';' : ',';
    const std::string text = std::string("\"a,;|\t\"") + d + "b" + other + "c" + d + "x" + d + "y\n1" + d +
                             "2" + d + "3" + d + "4";
    CsvReader reader;
    ASSERT_TRUE(reader.openData(text));
    EXPECT_EQ(reader.delimiter(), d);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_EQ(record.fields.size(), 4u);
    EXPECT_EQ(record.fields[1], std::string("b") + other + "c");
}

INSTANTIATE_TEST_SUITE_P(Csv, CsvDelimiter, testing::Values(',', ';', '\t', '|'),
                         [](const testing::TestParamInfo<char>& info) {
                             return std::string(info.param == ','   ? "comma"
                                                : info.param == ';' ? "semicolon"
                                                : info.param == '|' ? "pipe"
                                                                    : "tab");
                         });

TEST(CsvReader, DelimiterDefaultsAndOptions) {
    CsvReader reader;
    ASSERT_TRUE(reader.openData("single column\nx"));
    EXPECT_EQ(reader.delimiter(), ',');
    EXPECT_EQ(readData("a;b,c\n", {';', TextEncoding::Utf8}).rows, (Rows{{"a", "b,c"}}));
    EXPECT_FALSE(reader.openData("a", {'"', TextEncoding::Utf8}));
}

TEST(CsvReader, ConvertsLatin1) {
    const CsvOptions latin1{0, TextEncoding::Latin1};
    const ReadResult result = readData("price;city\n\xA3\x35;\"Z\xFCrich, \xE9t\xE9\"\n\x80\n", latin1);
    EXPECT_EQ(result.rows, (Rows{{"price", "city"}, {"£5", "Zürich, été"}, {"\u0080"}}));
}

TEST(CsvReader, ConvertsWindows1252) {
    const CsvOptions cp1252{0, TextEncoding::Windows1252};
    const ReadResult result = readData("\x80,\xA3,\x93q\x94,\"\x8D\x9F\"\"\x96\"", cp1252);
    EXPECT_EQ(result.rows, (Rows{{"€", "£", "“q”", "\u008DŸ\"–"}}));
}

TEST(CsvReader, RecordLongerThanTheReadBuffer) {
    std::string big;
    while (big.size() < 3 * 1024 * 1024)
        big += "line, with \"quotes\"\r\n";
    Expected expected;
    expected.record("id,text,n", {"id", "text", "n"});
    expected.record("1," + csvQuoted(big) + ",x", {"1", big, "x"}, "\r\n");
    expected.record("2,short,y", {"2", "short", "y"});
    QTemporaryDir dir;
    expectSame(readFile(writeFile(dir, QStringLiteral("big.csv"), expected.text)), expected);
}

// Each tricky sequence is placed across the 1 MiB read-chunk boundary (and one byte either side).
TEST(CsvReader, SequencesAcrossChunkBoundaries) {
    struct Case {
        std::string text;
        Row fields;
        size_t split;
    };
    const Case cases[] = {
        {"x,y\r\n", {"x", "y"}, 4},       {"\"a\"\"b\",c\n", {"a\"b", "c"}, 3},
        {"\"ab\",c\n", {"ab", "c"}, 4},   {"\"a\r\nb\",c\r\n", {"a\r\nb", "c"}, 3},
        {"a,\"b,c\"\n", {"a", "b,c"}, 2}, {"\xC3\xA9t\xC3\xA9,x\n", {"été", "x"}, 1},
        {"a,\"b\"\r", {"a", "b"}, 5},
    };
    constexpr size_t kChunk = 1024 * 1024;
    QTemporaryDir dir;
    for (const Case& c : cases) {
        for (const size_t shift : {kChunk - 1, kChunk, kChunk + 1}) {
            SCOPED_TRACE(testing::PrintToString(c.text) + " at " + std::to_string(shift));
            Expected expected;
            expected.record("h", {"h"});
            const std::string filler(shift - c.split - 5, 'f'); // "h\nf," and "\n" come first
            expected.record("f," + filler, {"f", filler});
            expected.record(c.text, c.fields, "");
            expected.record("end", {"end"});
            ASSERT_EQ(expected.text.substr(shift - c.split, c.text.size()), c.text);
            expectSame(readFile(writeFile(dir, QStringLiteral("b.csv"), expected.text)), expected);
        }
    }
    // Input that ends exactly at the end of a chunk, with and without a final line end.
    for (const char* tail : {"\"q\"", "\"q\"\n", "q\r"}) {
        Expected expected;
        const std::string filler(kChunk - 3 - std::strlen(tail), 'f');
        expected.record("f," + filler, {"f", filler});
        expected.record(tail, {"q"}, "");
        ASSERT_EQ(expected.text.size(), kChunk);
        expectSame(readFile(writeFile(dir, QStringLiteral("e.csv"), expected.text)), expected);
    }
}

TEST(CsvReader, RandomRecordsFromFileAndMemoryAgree) {
    std::mt19937 random(20240301);
    const auto pick = [&](int n) { return int(random() % unsigned(n)); };
    const std::string pieces[] = {"a", "bc", "1234", " ", ",", "\"", "\r\n", "\n", "\r", "é", "€", "x;y"};
    const char* lineEnds[] = {"\n", "\r\n", "\r"};
    Expected expected;
    while (expected.text.size() < 3 * 1024 * 1024 + 12345) {
        const int count = 1 + pick(8);
        Row fields;
        std::string line;
        for (int f = 0; f < count; ++f) {
            std::string field;
            const int length = pick(10) == 0 ? 3000 : pick(12);
            for (int i = 0; i < length; ++i)
                field += pieces[size_t(pick(12))];
            const bool quote = field.find_first_of(",\"\r\n") != std::string::npos || pick(4) == 0 ||
                               (count == 1 && field.empty());
            line += (f ? "," : "") + (quote ? csvQuoted(field) : field);
            fields.push_back(field);
        }
        if (pick(20) == 0) expected.raw(expected.lastCr ? "\r\n" : "\n"); // a blank line
        expected.record(line, fields, lineEnds[pick(3)]);
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("random.csv"), expected.text);
    expectSame(readFile(path, {',', TextEncoding::Utf8}), expected);
    expectSame(readData(expected.text, {',', TextEncoding::Utf8}), expected);
}

TEST(CsvReader, ErrorsNameFileLineAndColumn) {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    CsvReader reader;
    EXPECT_FALSE(reader.open(missing));
    EXPECT_TRUE(reader.error().startsWith(missing)) << reader.error().toStdString();
    EXPECT_FALSE(reader.open(dir.path()));

    const QString path = writeFile(dir, QStringLiteral("orders.csv"), "a,b\n1,2\n3,\"open\n4,5\n");
    ASSERT_TRUE(reader.open(path));
    CsvRecord record;
    EXPECT_TRUE(reader.next(record));
    EXPECT_TRUE(reader.next(record));
    EXPECT_FALSE(reader.next(record));
    EXPECT_EQ(reader.error(), path + QStringLiteral(":3:2: unterminated quoted field"));
    EXPECT_EQ(reader.errorLine(), 3);
    EXPECT_EQ(reader.errorColumn(), 2);
    EXPECT_FALSE(reader.next(record)); // stays failed
}

struct BadInput {
    const char* name;
    std::string text;
    const char* message;
    int64_t line;
    int column;
};

void PrintTo(const BadInput& bad, std::ostream* os) {
    *os << bad.name;
}

class CsvBadInput : public testing::TestWithParam<BadInput> {};

TEST_P(CsvBadInput, IsReported) {
    const BadInput& bad = GetParam();
    CsvReader reader;
    ASSERT_TRUE(reader.openData(bad.text));
    CsvRecord record;
    while (reader.next(record)) {
    }
    EXPECT_TRUE(reader.error().contains(QString::fromUtf8(bad.message))) << reader.error().toStdString();
    EXPECT_EQ(reader.errorLine(), bad.line);
    EXPECT_EQ(reader.errorColumn(), bad.column);
    const QString position = QStringLiteral(":%1:%2: ").arg(bad.line).arg(bad.column);
    EXPECT_TRUE(reader.error().contains(position)) << reader.error().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Csv, CsvBadInput,
    testing::Values(BadInput{"nul", std::string("a,b\nc,d\0e\n", 10), "binary data", 2, 2},
                    BadInput{"nul_quoted", std::string("\"a\0\"", 4), "binary data", 1, 1},
                    BadInput{"invalid_utf8", "a,b\n1,ok\n2,\"multi\nline \xFF\"\n", "invalid UTF-8", 4, 2},
                    BadInput{"overlong_utf8", "\xC0\xAF", "invalid UTF-8", 1, 1},
                    BadInput{"truncated_utf8", "a,\xE2\x82", "invalid UTF-8", 1, 2},
                    BadInput{"unterminated", "a\n\"b\n\nc", "unterminated quoted field", 2, 1},
                    BadInput{"after_quote", "x\n\"a\"b,c", "unexpected character after closing quote", 2, 1},
                    BadInput{"space_after_quote", "A,\"B\" ,C", "unexpected character after closing quote", 1,
                             2}),
    [](const testing::TestParamInfo<BadInput>& info) { return std::string(info.param.name); });

TEST(CsvReader, SpaceAfterClosingQuote) {
    EXPECT_FALSE(readData("A,B,C,\"D\" \r\nE,F,G,H").error.isEmpty());
}

TEST(CsvReader, BytesReadReachesTotalBytes) {
    const QString path = sharedData(QStringLiteral("support_tickets/customer_support_tickets.csv"));
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    EXPECT_EQ(reader.totalBytes(), QFileInfo(path).size());
    CsvRecord record;
    int64_t last = 0;
    int64_t records = 0;
    while (reader.next(record)) {
        EXPECT_GE(reader.bytesRead(), last);
        last = reader.bytesRead();
        ++records;
    }
    EXPECT_TRUE(reader.error().isEmpty());
    EXPECT_GT(records, 0);
    EXPECT_EQ(reader.bytesRead(), reader.totalBytes());
}

TEST(CsvReader, SupportTicketsFile) {
    const ReadResult result =
        readFile(sharedData(QStringLiteral("support_tickets/customer_support_tickets.csv")));
    ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    ASSERT_EQ(result.rows.size(), 8470u); // the header and 8,469 tickets
    EXPECT_EQ(result.rows.front().front(), "Ticket ID");
    for (const Row& row : result.rows)
        ASSERT_EQ(row.size(), 17u);
}

} // namespace
