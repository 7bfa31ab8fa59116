// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>

namespace localrig::db {

namespace {

Error csvError(const QString& fileName, int line, const char* reason)
{
    return makeError(ErrorCode::InvalidInput, fileName.toStdString() + ":" + std::to_string(line) + ": " + reason);
}

bool isBlank(const CsvRecord& record)
{
    return record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty();
}

} // namespace

Result<std::vector<CsvRecord>> parseCsv(const QString& text, const QString& fileName)
{
    std::vector<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote is behind us
    int line = 1;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(record)) {
            records.push_back(record);
        }
        record = CsvRecord{line, {}};
    };
    const qsizetype size = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (qsizetype i = size; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                line += c == QLatin1Char('\n') ? 1 : 0;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                return csvError(fileName, line, "a quote inside an unquoted field (quote the whole field)");
            }
            quoted = true;
        } else {
            if (wasQuoted) {
                return csvError(fileName, line, "text after a closing quote");
            }
            field += c;
        }
    }
    if (quoted) {
        return csvError(fileName, record.line, "a quoted field is never closed");
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted) {
        endRecord();
    }
    return records;
}

Result<std::vector<CsvRecord>> readCsvFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, path.toStdString() + ": " + file.errorString().toStdString());
    }
    return parseCsv(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r'))) {
        return value;
    }
    QString escaped = value;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvLine(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields) {
        escaped.append(csvField(field));
    }
    return escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace localrig::db
