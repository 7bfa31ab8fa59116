// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QVariant>

#include <string>
#include <string_view>
#include <vector>

// The shipped catalog's text format, one CSV per table: which columns each file has, what each must hold,
// and the statement that stores a row. The catalog builder and the importer validate through these
// same rules, so a row the build accepts is a row an import accepts.
namespace localrig::db {

enum class FieldKind {
    Text, // any text, stored trimmed
    Id, // letters, digits, '_', '-', '.', '+'; starts with a letter or digit
    Real, // '.' decimal, finite, within [min, max]
    Integer, // whole number within [min, max]
    Bool, // 1/0, true/false, yes/no
    Date, // YYYY, YYYY-MM or YYYY-MM-DD, or a range of two joined by '/'
    Enum, // one of the names `choices` accepts
    Confirmation, // yes | derived | guide-only | no (1/0/true/false accepted), stored by name
};

// Returns an empty string when `text` is a valid name, else the reason (the accepted names).
using EnumCheck = std::string (*)(std::string_view text);

struct FieldSpec
{
    const char* name = ""; // the CSV column, the JSON key and the SQL column
    FieldKind kind = FieldKind::Text;
    bool required = false;
    double min = 0.0;
    double max = 0.0;
    EnumCheck choices = nullptr;
    const char* references = nullptr; // table whose id this names ("model", "quantization", "platform")
    bool zeroWhenEmpty = false; // an empty number is stored as 0 (the core's "unknown"), not NULL
};

struct TableSpec
{
    const char* fileName = ""; // models.csv
    const char* table = ""; // model
    const char* insertSql = ""; // positional placeholders in field order, then the position if numbered
    std::vector<FieldSpec> fields;
    const char* idField = nullptr; // the column other tables reference, unique within the table
    const char* numberedBy = nullptr; // rows get a 0-based position per value of this column
};

// In load order: referenced tables come before the tables that reference them.
const std::vector<TableSpec>& catalogTables();
const TableSpec* findTable(std::string_view table);
int fieldIndex(const TableSpec& table, std::string_view field);

// Checks one cell and converts it to what the SQL column stores (NULL for an unknown number).
// The error detail is the reason only; callers prefix "file:line: field: ".
Result<QVariant> convertField(const FieldSpec& field, const QString& raw);

} // namespace localrig::db
