// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <charconv>
#include <cmath>

namespace localrig::core {

namespace {

// Reads one record starting at `pos`; advances `pos` past its line end and `line` past its lines.
Result<std::vector<std::string>> readRecord(std::string_view text, std::size_t& pos, int& line)
{
    const int startLine = line;
    std::vector<std::string> fields(1);
    bool quoted = false;
    bool afterQuote = false; // a closing quote was seen; only a comma or the line end may follow
    while (pos < text.size()) {
        const char c = text[pos];
        if (quoted) {
            if (c == '"') {
                if (pos + 1 < text.size() && text[pos + 1] == '"') {
                    fields.back() += '"';
                    pos += 2;
                    continue;
                }
                quoted = false;
                afterQuote = true;
            } else {
                if (c == '\n') {
                    ++line;
                }
                fields.back() += c;
            }
            ++pos;
            continue;
        }
        if (c == ',') {
            fields.emplace_back();
            afterQuote = false;
        } else if (c == '\n' || c == '\r') {
            pos += c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n' ? 2 : 1;
            ++line;
            return fields;
        } else if (afterQuote) {
            return csvError(line, fields.size() - 1, {}, "text after a closing quote");
        } else if (c == '"') {
            if (!fields.back().empty()) {
                return csvError(line, fields.size() - 1, {}, "a quote inside an unquoted field");
            }
            quoted = true;
        } else {
            fields.back() += c;
        }
        ++pos;
    }
    if (quoted) {
        return csvError(startLine, fields.size() - 1, {}, "a quoted field is never closed");
    }
    ++line;
    return fields;
}

// The text of the line starting at `pos`, without its line end (LF, CRLF or CR).
std::string_view lineAt(std::string_view text, std::size_t pos)
{
    const std::size_t end = text.find_first_of("\r\n", pos);
    return text.substr(pos, end == std::string_view::npos ? text.npos : end - pos);
}

void skipLine(std::string_view text, std::size_t& pos, int& line)
{
    pos += lineAt(text, pos).size();
    pos += text.substr(pos, 2) == "\r\n" ? 2 : 1;
    ++line;
}

} // namespace

std::optional<std::size_t> CsvTable::column(std::string_view name) const
{
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name) {
            return i;
        }
    }
    return std::nullopt;
}

Error csvError(int line, std::size_t columnIndex, std::string_view columnName, std::string_view what)
{
    std::string detail = "line " + std::to_string(line) + ", column " + std::to_string(columnIndex + 1);
    if (!columnName.empty()) {
        detail += " (" + std::string(columnName) + ")";
    }
    detail += ": ";
    detail += what;
    return makeError(ErrorCode::InvalidInput, std::move(detail));
}

Result<double> parseCsvNumber(std::string_view field, int line, std::size_t columnIndex, std::string_view name)
{
    double value = 0.0;
    const char* end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    if (field.empty() || ec != std::errc() || ptr != end || !std::isfinite(value)) {
        return csvError(line, columnIndex, name, "'" + std::string(field) + "' is not a number");
    }
    return value;
}

Result<CsvTable> parseCsv(std::string_view text, const CsvOptions& options)
{
    CsvTable table;
    std::size_t pos = 0;
    int line = 1;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        pos = 3; // a UTF-8 byte-order mark, as spreadsheet exports write
    }
    while (pos < text.size()) {
        if (options.commentLines && text[pos] == '#') {
            if (table.header.empty()) {
                table.comments.emplace_back(lineAt(text, pos).substr(1));
            }
            skipLine(text, pos, line);
            continue;
        }
        if (lineAt(text, pos).find_first_not_of(" \t") == std::string_view::npos) {
            skipLine(text, pos, line);
            continue;
        }
        const int recordLine = line;
        BOOST_OUTCOME_TRY(fields, readRecord(text, pos, line));
        if (table.header.empty()) {
            table.header = std::move(fields);
            continue;
        }
        if (options.sameWidth && fields.size() != table.header.size()) {
            const std::size_t column = std::min(fields.size(), table.header.size());
            return csvError(recordLine, column, column < table.header.size() ? table.header[column] : "",
                            std::to_string(fields.size()) + " fields where the header has "
                                + std::to_string(table.header.size()));
        }
        table.records.push_back(CsvRecord{recordLine, std::move(fields)});
    }
    if (table.header.empty()) {
        return makeError(ErrorCode::InvalidInput, "line 1: the file has no header line");
    }
    return table;
}

} // namespace localrig::core
