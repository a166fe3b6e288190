// Throughput of CsvReader against libcsv on the same generated temporary files, in MB/s.
#include "io/csvreader.h"

#include <benchmark/benchmark.h>
#include <csv.h>

#include <QString>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr size_t kTargetBytes = 50u * 1024 * 1024;

// Rows like `customer_000123,2024-03-01T10:00:00Z,login,reports`.
std::string simpleCsv() {
    static const char* events[] = {"login", "logout", "export", "invite", "upgrade", "view"};
    static const char* features[] = {"reports", "dashboard", "billing", "settings", "api"};
    std::mt19937 random(42);
    std::string text = "customer,time,event,feature\n";
    char row[128];
    for (unsigned i = 0; text.size() < kTargetBytes; ++i) {
        const auto next = [&](unsigned range) { return unsigned(random() % range); };
        const int n = std::snprintf(row, sizeof row, "customer_%06u,2024-%02u-%02uT%02u:%02u:%02uZ,%s,%s\n",
                                    next(1000000), 1 + next(12), 1 + next(28), next(24), next(60), next(60),
                                    events[i % 6], features[next(5)]);
        text.append(row, size_t(n));
    }
    return text;
}

// Support-ticket-like rows: quoted names with commas, descriptions with doubled quotes and line
// breaks.
std::string quotedCsv() {
    static const char* names[] = {"\"Smith, John\"", "\"O'Neil, Ann\"", "\"Lee, \"\"Kim\"\"\"", "Plain Name"};
    static const char* texts[] = {
        "\"The app says \"\"error 42\"\", then quits.\nTried twice, same result.\"",
        "\"Billing, invoices and \"\"credits\"\" do not match;\r\nplease check account, asap\"",
        "\"Short one\"",
        "\"Line one\nline two\nline three, with a comma and a \"\"quote\"\"\"",
    };
    std::mt19937 random(7);
    std::string text = "id,name,description,status,csat\n";
    char id[32];
    for (unsigned i = 0; text.size() < kTargetBytes; ++i) {
        std::snprintf(id, sizeof id, "%u,", i);
        text += id;
        text += names[random() % 4];
        text += ',';
        text += texts[random() % 4];
        text += random() % 2 ? ",\"Open, pending\"," : ",Closed,";
        text += char('1' + random() % 5);
        text += ".0\n";
    }
    return text;
}

// The generated files live in a temporary directory removed at exit.
struct Files {
    fs::path dir;
    fs::path simple;
    fs::path quoted;

    Files() {
        dir = fs::temp_directory_path() / ("tenure-csv-bench-" + std::to_string(std::random_device{}()));
        fs::create_directories(dir);
        simple = write("simple.csv", simpleCsv());
        quoted = write("quoted.csv", quotedCsv());
    }
    ~Files() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
    fs::path write(const char* name, const std::string& text) const {
        const fs::path path = dir / name;
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "wb"), &std::fclose);
        if (!file || std::fwrite(text.data(), 1, text.size(), file.get()) != text.size())
            throw std::runtime_error("cannot write " + path.string());
        return path;
    }
};

const Files& files() {
    static const Files instance;
    return instance;
}

void readWithTenure(benchmark::State& state, const fs::path& path) {
    const QString name = QString::fromStdString(path.string());
    int64_t records = 0;
    int64_t fields = 0;
    for (auto _ : state) {
        tenure::io::CsvReader reader;
        if (!reader.open(name, {',', tenure::io::TextEncoding::Utf8})) {
            state.SkipWithError("cannot open");
            return;
        }
        tenure::io::CsvRecord record;
        records = fields = 0;
        while (reader.next(record)) {
            ++records;
            fields += int64_t(record.fields.size());
            benchmark::DoNotOptimize(record.fields.data());
        }
        if (!reader.error().isEmpty()) {
            state.SkipWithError(reader.error().toStdString().c_str());
            return;
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(fs::file_size(path)));
    state.counters["records"] = double(records);
    state.counters["fields"] = double(fields);
}

struct LibcsvCounts {
    int64_t records = 0;
    int64_t fields = 0;
    size_t bytes = 0;
};

void libcsvField(void* data, size_t length, void* counts) {
    auto* c = static_cast<LibcsvCounts*>(counts);
    ++c->fields;
    c->bytes += length;
    benchmark::DoNotOptimize(data);
}

void libcsvRecord(int, void* counts) {
    ++static_cast<LibcsvCounts*>(counts)->records;
}

void readWithLibcsv(benchmark::State& state, const fs::path& path) {
    std::vector<char> buffer(size_t(1) << 20); // the same 1 MiB chunks as CsvReader
    LibcsvCounts counts;
    for (auto _ : state) {
        counts = {};
        csv_parser parser;
        csv_init(&parser, 0);
        std::FILE* file = std::fopen(path.c_str(), "rb");
        if (!file) {
            state.SkipWithError("cannot open");
            return;
        }
        size_t n = 0;
        while ((n = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
            if (csv_parse(&parser, buffer.data(), n, libcsvField, libcsvRecord, &counts) != n) {
                state.SkipWithError(csv_strerror(csv_error(&parser)));
                break;
            }
        }
        std::fclose(file);
        csv_fini(&parser, libcsvField, libcsvRecord, &counts);
        csv_free(&parser);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(fs::file_size(path)));
    state.counters["records"] = double(counts.records);
    state.counters["fields"] = double(counts.fields);
}

void BM_Tenure_Simple(benchmark::State& state) {
    readWithTenure(state, files().simple);
}
void BM_Libcsv_Simple(benchmark::State& state) {
    readWithLibcsv(state, files().simple);
}
void BM_Tenure_Quoted(benchmark::State& state) {
    readWithTenure(state, files().quoted);
}
void BM_Libcsv_Quoted(benchmark::State& state) {
    readWithLibcsv(state, files().quoted);
}

BENCHMARK(BM_Tenure_Simple)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Libcsv_Simple)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tenure_Quoted)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Libcsv_Quoted)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
