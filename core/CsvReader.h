// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace localrig::core {

// The project's one CSV reader: strict RFC 4180 (commas, double quotes with "" inside them, line breaks
// inside quotes, LF, CRLF or CR line ends), a UTF-8 byte-order mark skipped, blank lines skipped. By
// default every record has the header's number of fields; any problem is an InvalidInput error naming
// the line and the column ("line 3, column 2 (name): a quoted field is never closed").
struct CsvRecord
{
    int line = 0; // 1-based line on which the record starts
    std::vector<std::string> fields;
};

struct CsvTable
{
    std::vector<std::string> header;
    std::vector<CsvRecord> records;
    std::vector<std::string> comments; // text of '#' lines before the header, without the '#'

    // Index of a header column, or nothing.
    std::optional<std::size_t> column(std::string_view name) const;
};

struct CsvOptions
{
    bool commentLines = false; // lines starting with '#' are comments (only our own data files use them)
    bool sameWidth = true; // a record with another field count than the header is an error; off: the caller checks
};

Result<CsvTable> parseCsv(std::string_view text, const CsvOptions& options = {});

// "line 12, column 3 (bandwidth_gbs): <what>"
Error csvError(int line, std::size_t columnIndex, std::string_view columnName, std::string_view what);

// Fields that hold numbers: the whole field must be a finite number.
Result<double> parseCsvNumber(std::string_view field, int line, std::size_t columnIndex, std::string_view name);

} // namespace localrig::core
