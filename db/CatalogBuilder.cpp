// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogBuilder.h"

#include "ArticleFile.h"
#include "CatalogLoader.h"
#include "CatalogReader.h"
#include "CatalogSchema.h"
#include "Connection.h"
#include "Migrator.h"
#include "RowLoader.h"
#include "Sql.h"
#include "core/CsvReader.h"
#include "core/Fit.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace localrig::db {

namespace {

// SOURCE_DATE_EPOCH makes the build date reproducible (reproducible-builds.org).
QString buildDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    const QDateTime when = ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
    return when.date().toString(Qt::ISODate);
}

} // namespace

CatalogBuilder::CatalogBuilder(QString sourceDir)
    : m_sourceDir(std::move(sourceDir))
{ }

Result<void> CatalogBuilder::build(const QString& outputPath)
{
    m_problems.clear();
    m_counts.clear();
    const QString temporary = outputPath + QStringLiteral(".tmp");
    QFile::remove(temporary);
    if (!QDir().mkpath(QFileInfo(outputPath).absolutePath())) {
        return makeError(ErrorCode::Io, "cannot create the folder of " + outputPath.toStdString());
    }
    {
        BOOST_OUTCOME_TRY(connection, Connection::open(temporary, Connection::Mode::ReadWrite));
        const QSqlDatabase database = connection.database();
        BOOST_OUTCOME_TRYV(sql::execute(database, QStringLiteral("PRAGMA synchronous = OFF")));
        BOOST_OUTCOME_TRYV(migrate(database));
        auto filled = sql::inTransaction(database, [&] { return fill(database); });
        if (filled && m_problems.isEmpty()) {
            filled = sql::execute(database, QStringLiteral("VACUUM"));
        }
        if (!filled && m_problems.isEmpty()) {
            m_problems.append(QString::fromStdString(filled.error().detail));
        }
    }
    if (!m_problems.isEmpty()) {
        QFile::remove(temporary);
        return makeError(ErrorCode::CorruptCatalog, m_problems.join(QLatin1Char('\n')).toStdString());
    }
    QFile::remove(outputPath);
    if (!QFile::rename(temporary, outputPath)) {
        return makeError(ErrorCode::Io, "cannot write " + outputPath.toStdString());
    }
    return outcome::success();
}

Result<void> CatalogBuilder::fill(const QSqlDatabase& database)
{
    RowLoader loader(database, RowLoader::Origin::Catalog);
    for (const TableSpec& table : catalogTables()) {
        loadTable(loader, table);
    }
    loadArticles(loader, database);
    loader.checkReferences();
    BOOST_OUTCOME_TRYV(sql::execute(database,
                                    QStringLiteral("INSERT OR IGNORE INTO model_family (name) "
                                                   "SELECT DISTINCT family FROM model WHERE family <> ''")));
    if (loader.problems().isEmpty()) {
        checkCoreRules(loader, database);
    }
    BOOST_OUTCOME_TRYV(sql::execute(database, QStringLiteral("INSERT INTO catalog_meta (key, value) VALUES (?, ?)"),
                                    {QStringLiteral("built_at"), buildDate()}));
    BOOST_OUTCOME_TRYV(sql::execute(database, QStringLiteral("INSERT INTO catalog_meta (key, value) VALUES (?, ?)"),
                                    {QStringLiteral("catalog_date"), loader.newestSourceDate()}));
    m_problems = loader.problems();
    for (const auto& [table, count] : loader.rowCounts()) {
        m_counts[table] += count;
    }
    // Problems are collected, not thrown: roll back so no half-built catalog is ever committed.
    if (!m_problems.isEmpty()) {
        return makeError(ErrorCode::CorruptCatalog, "the catalog text has problems");
    }
    return outcome::success();
}

void CatalogBuilder::loadTable(RowLoader& loader, const TableSpec& table)
{
    const QString fileName = QLatin1String(table.fileName);
    const QString path = QDir(m_sourceDir).filePath(fileName);
    m_counts[QLatin1String(table.table)] = 0;
    if (!QFileInfo::exists(path)) {
        return; // not written yet: an empty table
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loader.problem(fileName, 0, QStringLiteral("file"), file.errorString());
        return;
    }
    const QByteArray content = file.readAll();
    auto csv = core::parseCsv(std::string_view(content.constData(), static_cast<std::size_t>(content.size())),
                              core::CsvOptions{false, false});
    if (!csv) {
        loader.problem(fileName, 0, QStringLiteral("file"), QString::fromStdString(csv.error().detail));
        return;
    }
    QStringList columns;
    for (const std::string& raw : csv.value().header) {
        const QString name = QString::fromStdString(raw).trimmed();
        if (fieldIndex(table, name.toStdString()) < 0) {
            loader.problem(fileName, 1, QStringLiteral("header"), QStringLiteral("unknown column '%1'").arg(name));
        } else if (columns.contains(name)) {
            loader.problem(fileName, 1, QStringLiteral("header"),
                           QStringLiteral("column '%1' appears twice").arg(name));
        }
        columns.append(name);
    }
    for (const FieldSpec& field : table.fields) {
        if (field.required && !columns.contains(QLatin1String(field.name))) {
            loader.problem(fileName, 1, QStringLiteral("header"),
                           QStringLiteral("required column '%1' is missing").arg(QLatin1String(field.name)));
        }
    }
    for (const core::CsvRecord& record : csv.value().records) {
        if (record.fields.size() != static_cast<std::size_t>(columns.size())) {
            loader.problem(
                fileName, record.line, QStringLiteral("row"),
                QStringLiteral("has %1 fields, the header has %2").arg(record.fields.size()).arg(columns.size()));
            continue;
        }
        QHash<QString, QString> cells;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            cells.insert(columns.at(c), QString::fromStdString(record.fields[static_cast<std::size_t>(c)]));
        }
        loader.loadRow(table, fileName, record.line, cells);
    }
}

void CatalogBuilder::loadArticles(RowLoader& loader, const QSqlDatabase& database)
{
    m_counts[QStringLiteral("article")] = 0;
    const QDir folder(QDir(m_sourceDir).filePath(QStringLiteral("articles")));
    const QStringList names = folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString file = QStringLiteral("articles/") + name;
        QFile input(folder.filePath(name));
        if (!input.open(QIODevice::ReadOnly)) {
            loader.problem(file, 1, QStringLiteral("file"), input.errorString());
            continue;
        }
        auto article = parseArticle(QString::fromUtf8(input.readAll()), name);
        if (!article) {
            loader.problem(QStringLiteral("articles/") + QString::fromStdString(article.error().detail));
            continue;
        }
        const ArticleEntry& a = article.value();
        auto inserted = sql::execute(database,
                                     QStringLiteral("INSERT INTO article (slug, title, category, sort_order, body, "
                                                    "confirmed, source, source_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                     {a.slug, a.title, a.category, a.order, a.body,
                                      confirmationName(a.source.confirmation), a.source.source, a.source.sourceDate});
        if (!inserted) {
            loader.problem(file, 1, QStringLiteral("article"), QString::fromStdString(inserted.error().detail));
            continue;
        }
        ++m_counts[QStringLiteral("article")];
    }
}

void CatalogBuilder::checkCoreRules(RowLoader& loader, const QSqlDatabase& database)
{
    auto data = readCatalogTables(database, false);
    if (!data) {
        loader.problem(QStringLiteral("catalog"), 0, QStringLiteral("read back"),
                       QString::fromStdString(data.error().detail));
        return;
    }
    const Catalog catalog = mergeCatalogs(std::move(data).value(), UserOverlay{});
    for (const ModelEntry& model : catalog.models()) {
        auto valid = core::validated(model.spec);
        if (!valid) {
            const QString id = QString::fromStdString(model.spec.id);
            loader.problem(QStringLiteral("models.csv"), loader.lineOf(QStringLiteral("model"), id), id,
                           QString::fromStdString(valid.error().detail));
        }
    }
    for (const PlatformEntry& platform : catalog.platforms()) {
        auto valid = core::validated(platform.platform);
        if (!valid) {
            const QString id = QString::fromStdString(platform.platform.id);
            loader.problem(QStringLiteral("platforms.csv"), loader.lineOf(QStringLiteral("platform"), id), id,
                           QString::fromStdString(valid.error().detail));
        }
    }
}

} // namespace localrig::db
