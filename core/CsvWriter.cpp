// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace localrig::core {

namespace {

std::string quoted(std::string_view value)
{
    std::string text = "\"";
    for (const char c : value) {
        text += c;
        if (c == '"') {
            text += '"';
        }
    }
    return text + '"';
}

// Unquoted, this first field would make the reader skip the line (blank), take it for a comment ('#')
// or drop its first bytes (a byte-order mark at the start of the file).
bool firstNeedsQuotes(const std::vector<std::string>& fields)
{
    const std::string_view first = fields.front();
    const bool blank = fields.size() == 1 && first.find_first_not_of(" \t") == std::string_view::npos;
    return blank || first.starts_with('#') || first.starts_with("\xEF\xBB\xBF");
}

} // namespace

std::string csvField(std::string_view value)
{
    return value.find_first_of(",\"\r\n") == std::string_view::npos ? std::string(value) : quoted(value);
}

std::string csvLine(const std::vector<std::string>& fields)
{
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        line += i == 0 ? "" : ",";
        line += i == 0 && firstNeedsQuotes(fields) ? quoted(fields[i]) : csvField(fields[i]);
    }
    return line + '\n';
}

} // namespace localrig::core
