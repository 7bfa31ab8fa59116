// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDataFile.h"

#include "CatalogReader.h"
#include "CatalogSchema.h"
#include "Connection.h"
#include "JsonLocator.h"
#include "Migrator.h"
#include "RowLoader.h"
#include "UserDataCells.h"
#include "UserDatabase.h"
#include "core/CsvReader.h"
#include "core/CsvWriter.h"
#include "core/Fit.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace localrig::db {

namespace {

struct Kind
{
    const char* record; // CSV `record` value
    const char* jsonKey; // top-level JSON array
    const char* table;
};
constexpr Kind kKinds[] = {
    {"platform", "platforms", "platform"},
    {"model", "models", "model"},
    {"kv_group", "kv_groups", "model_kv_group"},
    {"price", "prices", "price"},
};

struct Record
{
    const TableSpec* table = nullptr;
    int line = 0;
    Cells cells;
};

Error fileError(const QString& file, int line, const QString& field, const QString& reason)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(field, reason).toStdString());
}

Result<Cells> cellsFromJson(const QJsonObject& object, const TableSpec& table, const QString& file, int line)
{
    Cells cells;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (table.table == std::string_view("model") && it.key() == QLatin1String("kv_groups")) {
            continue;
        }
        if (fieldIndex(table, it.key().toStdString()) < 0) {
            return fileError(file, line, it.key(), QStringLiteral("is not a %1 field").arg(QLatin1String(table.table)));
        }
        if (value.isString()) {
            cells.insert(it.key(), value.toString());
        } else if (value.isDouble()) {
            cells.insert(it.key(), QString::number(value.toDouble(), 'g', 15));
        } else if (value.isBool()) {
            cells.insert(it.key(), value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        } else if (!value.isNull()) {
            return fileError(file, line, it.key(), QStringLiteral("must be a string, a number, true/false or null"));
        }
    }
    return cells;
}

Result<std::vector<Record>> recordsFromJson(const QByteArray& content, const QString& file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(content.left(parseError.offset).count('\n')) + 1;
        return fileError(file, line, QStringLiteral("json"), parseError.errorString());
    }
    if (!document.isObject()) {
        return fileError(file, 1, QStringLiteral("json"),
                         QStringLiteral("expected an object with platforms, models, prices"));
    }
    const auto lines = topLevelArrayElementLines(content);
    const QJsonObject root = document.object();
    std::vector<Record> records;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const Kind* kind = nullptr;
        for (const Kind& candidate : kKinds) {
            if (it.key() == QLatin1String(candidate.jsonKey) && it.key() != QLatin1String("kv_groups")) {
                kind = &candidate;
            }
        }
        if (kind == nullptr || !it.value().isArray()) {
            return fileError(file, 1, it.key(), QStringLiteral("expected one of the arrays platforms, models, prices"));
        }
        const QJsonArray array = it.value().toArray();
        const std::vector<int> elementLines = lines.value(it.key());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int line = static_cast<std::size_t>(i) < elementLines.size() ? elementLines[i] : 1;
            if (!array.at(i).isObject()) {
                return fileError(file, line, it.key(), QStringLiteral("each element must be an object"));
            }
            const QJsonObject object = array.at(i).toObject();
            const TableSpec* table = findTable(kind->table);
            BOOST_OUTCOME_TRY(cells, cellsFromJson(object, *table, file, line));
            records.push_back(Record{table, line, cells});
            const QJsonArray groups = object.value(QStringLiteral("kv_groups")).toArray();
            for (const auto& group : groups) {
                const TableSpec* groupTable = findTable("model_kv_group");
                BOOST_OUTCOME_TRY(groupCells, cellsFromJson(group.toObject(), *groupTable, file, line));
                groupCells.insert(QStringLiteral("model_id"), cells.value(QStringLiteral("id")));
                records.push_back(Record{groupTable, line, groupCells});
            }
        }
    }
    return records;
}

Result<std::vector<Record>> recordsFromCsv(const QByteArray& content, const QString& file)
{
    auto csv = core::parseCsv(std::string_view(content.constData(), static_cast<std::size_t>(content.size())),
                              core::CsvOptions{false, false});
    if (!csv) {
        return makeError(csv.error().code, file.toStdString() + ": " + csv.error().detail);
    }
    QStringList header;
    for (const std::string& name : csv.value().header) {
        header.append(QString::fromStdString(name).trimmed());
    }
    if (header.value(0) != QLatin1String("record")) {
        return fileError(file, 1, QStringLiteral("header"), QStringLiteral("the first column must be 'record'"));
    }
    std::vector<Record> records;
    for (const core::CsvRecord& row : csv.value().records) {
        if (row.fields.size() != static_cast<std::size_t>(header.size())) {
            return fileError(
                file, row.line, QStringLiteral("row"),
                QStringLiteral("has %1 fields, the header has %2").arg(row.fields.size()).arg(header.size()));
        }
        const QString kindName = QString::fromStdString(row.fields.front()).trimmed();
        const TableSpec* table = nullptr;
        for (const Kind& kind : kKinds) {
            table = kindName == QLatin1String(kind.record) ? findTable(kind.table) : table;
        }
        if (table == nullptr) {
            return fileError(file, row.line, QStringLiteral("record"),
                             QStringLiteral("'%1' is not one of platform, model, kv_group, price").arg(kindName));
        }
        Cells cells;
        for (qsizetype c = 1; c < header.size(); ++c) {
            const QString& column = header.at(c);
            const QString cell = QString::fromStdString(row.fields[static_cast<std::size_t>(c)]);
            if (fieldIndex(*table, column.toStdString()) >= 0) {
                cells.insert(column, cell);
            } else if (!cell.trimmed().isEmpty()) {
                return fileError(file, row.line, column, QStringLiteral("is not a %1 field").arg(kindName));
            }
        }
        records.push_back(Record{table, row.line, cells});
    }
    return records;
}

// A user model may leave its layout to a relative; the core check then needs the relative's layout.
core::ModelSpec withRelativeLayout(core::ModelSpec spec, const QString& relativeOf, const Catalog& catalog)
{
    if (spec.kvGroups.empty() && spec.fixedStateBytes <= 0.0 && !relativeOf.isEmpty()) {
        if (auto relative = catalog.model(relativeOf)) {
            spec.kvGroups = relative.value().spec.kvGroups;
            spec.fixedStateBytes = relative.value().spec.fixedStateBytes;
            spec.blocks = spec.blocks > 0 ? spec.blocks : relative.value().spec.blocks;
        }
    }
    return spec;
}

} // namespace

Result<DataFileFormat> dataFileFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) {
        return DataFileFormat::Json;
    }
    if (suffix == QLatin1String("csv")) {
        return DataFileFormat::Csv;
    }
    return makeError(ErrorCode::InvalidInput, path.toStdString() + ": the file name must end in .json or .csv");
}

Result<CatalogData> parseUserData(const QByteArray& content, DataFileFormat format, const QString& fileName,
                                  const Catalog& catalog)
{
    BOOST_OUTCOME_TRY(records,
                      format == DataFileFormat::Json ? recordsFromJson(content, fileName)
                                                     : recordsFromCsv(content, fileName));
    BOOST_OUTCOME_TRY(staging, Connection::open(QStringLiteral(":memory:"), Connection::Mode::ReadWrite));
    BOOST_OUTCOME_TRYV(migrate(staging.database()));
    RowLoader loader(staging.database(), RowLoader::Origin::User);
    QStringList platformIds;
    QStringList modelIds;
    QStringList quantIds;
    for (const PlatformEntry& p : catalog.platforms()) {
        platformIds.append(QString::fromStdString(p.platform.id));
    }
    for (const ModelEntry& m : catalog.models()) {
        modelIds.append(QString::fromStdString(m.spec.id));
    }
    for (const QuantEntry& q : catalog.quantizations()) {
        quantIds.append(QString::fromStdString(q.quant.id));
    }
    loader.addKnownIds(QStringLiteral("platform"), platformIds);
    loader.addKnownIds(QStringLiteral("model"), modelIds);
    loader.addKnownIds(QStringLiteral("quantization"), quantIds);
    for (const Record& record : records) {
        loader.loadRow(*record.table, fileName, record.line, record.cells);
    }
    loader.checkReferences();
    if (!loader.problems().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, loader.problems().join(QLatin1Char('\n')).toStdString());
    }
    BOOST_OUTCOME_TRY(data, readCatalogTables(staging.database(), true));
    QStringList problems;
    for (const ModelEntry& model : data.models) {
        const QString id = QString::fromStdString(model.spec.id);
        auto valid = core::validated(withRelativeLayout(model.spec, model.relativeOf, catalog));
        if (!valid) {
            problems.append(QStringLiteral("%1:%2: %3: %4")
                                .arg(fileName)
                                .arg(loader.lineOf(QStringLiteral("model"), id))
                                .arg(id, QString::fromStdString(valid.error().detail)));
        }
    }
    for (const PlatformEntry& platform : data.platforms) {
        const QString id = QString::fromStdString(platform.platform.id);
        auto valid = core::validated(platform.platform);
        if (!valid) {
            problems.append(QStringLiteral("%1:%2: %3: %4")
                                .arg(fileName)
                                .arg(loader.lineOf(QStringLiteral("platform"), id))
                                .arg(id, QString::fromStdString(valid.error().detail)));
        }
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')).toStdString());
    }
    return data;
}

Result<ImportSummary> importUserDataFile(const QString& path, UserDatabase& user, const Catalog& catalog)
{
    BOOST_OUTCOME_TRY(format, dataFileFormat(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, path.toStdString() + ": " + file.errorString().toStdString());
    }
    BOOST_OUTCOME_TRY(rows, parseUserData(file.readAll(), format, QFileInfo(path).fileName(), catalog));
    BOOST_OUTCOME_TRYV(user.importRows(rows));
    return ImportSummary{static_cast<int>(rows.platforms.size()), static_cast<int>(rows.models.size()),
                         static_cast<int>(rows.prices.size())};
}

QByteArray serializeUserData(const CatalogData& rows, DataFileFormat format)
{
    std::vector<std::pair<const TableSpec*, Cells>> records;
    QJsonArray platforms;
    QJsonArray models;
    QJsonArray prices;
    const auto toObject = [](const Cells& cells) {
        QJsonObject object;
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            object.insert(it.key(), it.value());
        }
        return object;
    };
    for (const PlatformEntry& platform : rows.platforms) {
        records.emplace_back(findTable("platform"), platformCells(platform));
        platforms.append(toObject(records.back().second));
    }
    for (const ModelEntry& model : rows.models) {
        records.emplace_back(findTable("model"), modelCells(model));
        QJsonObject object = toObject(records.back().second);
        QJsonArray groups;
        for (const core::KvLayerGroup& group : model.spec.kvGroups) {
            const Cells cells = kvGroupCells(QString::fromStdString(model.spec.id), group, model.source);
            records.emplace_back(findTable("model_kv_group"), cells);
            Cells withoutModel = cells;
            withoutModel.remove(QStringLiteral("model_id"));
            groups.append(toObject(withoutModel));
        }
        object.insert(QStringLiteral("kv_groups"), groups);
        models.append(object);
    }
    for (const PricePoint& price : rows.prices) {
        records.emplace_back(findTable("price"), priceCells(price));
        prices.append(toObject(records.back().second));
    }
    if (format == DataFileFormat::Json) {
        const QJsonObject root{{QStringLiteral("platforms"), platforms},
                               {QStringLiteral("models"), models},
                               {QStringLiteral("prices"), prices}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    std::vector<std::string> header{"record"};
    for (const Kind& kind : kKinds) {
        for (const FieldSpec& field : findTable(kind.table)->fields) {
            if (std::find(header.begin(), header.end(), field.name) == header.end()) {
                header.emplace_back(field.name);
            }
        }
    }
    std::string text = core::csvLine(header);
    for (const auto& [table, cells] : records) {
        std::vector<std::string> fields;
        for (const Kind& kind : kKinds) {
            fields = table->table == std::string_view(kind.table) ? std::vector<std::string>{kind.record} : fields;
        }
        for (std::size_t c = 1; c < header.size(); ++c) {
            fields.push_back(cells.value(QString::fromStdString(header[c])).toStdString());
        }
        text += core::csvLine(fields);
    }
    return QByteArray::fromStdString(text);
}

Result<ImportSummary> exportUserDataFile(const QString& path, const UserDatabase& user)
{
    BOOST_OUTCOME_TRY(format, dataFileFormat(path));
    BOOST_OUTCOME_TRY(overlay, user.overlay());
    const CatalogData& rows = overlay.rows;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serializeUserData(rows, format)) < 0 || !file.commit()) {
        return makeError(ErrorCode::Io, path.toStdString() + ": " + file.errorString().toStdString());
    }
    return ImportSummary{static_cast<int>(rows.platforms.size()), static_cast<int>(rows.models.size()),
                         static_cast<int>(rows.prices.size())};
}

} // namespace localrig::db
