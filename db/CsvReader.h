// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace localrig::db {

// One record of an RFC 4180 file and the line it starts on (1 = the header).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180: comma-separated, fields optionally in double quotes, "" for a quote inside them, line
// breaks allowed inside quotes, LF or CRLF. Errors name the file and line.
Result<std::vector<CsvRecord>> parseCsv(const QString& text, const QString& fileName);
Result<std::vector<CsvRecord>> readCsvFile(const QString& path);

// Quotes a field when it holds a comma, a quote or a line break.
QString csvField(const QString& value);
QString csvLine(const QStringList& fields);

} // namespace localrig::db
