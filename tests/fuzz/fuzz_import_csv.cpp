// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzUserData.h"
#include "core/CsvReader.h"
#include "core/CsvWriter.h"

#include <string>
#include <string_view>

namespace {

// The project's one CSV reader and its writer (core): the reader refuses with a reason, and whatever it
// accepts, written back, reads the same, with or without comment lines.
void fuzzCsvRoundTrip(std::string_view text)
{
    using namespace localrig::core;
    for (const bool comments : {false, true}) {
        const auto table = parseCsv(text, CsvOptions{comments, false});
        if (!table) {
            if (table.error().detail.empty()) {
                __builtin_trap();
            }
            continue;
        }
        std::string written = csvLine(table.value().header);
        for (const CsvRecord& record : table.value().records) {
            written += csvLine(record.fields);
        }
        const auto again = parseCsv(written, CsvOptions{comments, false});
        if (!again || again.value().header != table.value().header
            || again.value().records.size() != table.value().records.size()) {
            __builtin_trap();
        }
        for (std::size_t i = 0; i < table.value().records.size(); ++i) {
            if (again.value().records[i].fields != table.value().records[i].fields) {
                __builtin_trap();
            }
        }
    }
}

} // namespace

// libFuzzer entry point for the CSV reader and writer, `localrig import FILE.csv` and File > Import Catalog
// (db/UserDataFile).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzzCsvRoundTrip(std::string_view(reinterpret_cast<const char*>(data), size));
    return localrig::fuzz::fuzzUserDataFile(data, size, localrig::db::DataFileFormat::Csv);
}
