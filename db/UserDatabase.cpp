// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDatabase.h"

#include "CatalogReader.h"
#include "Connection.h"
#include "DataLocations.h"
#include "DatabaseRecovery.h"
#include "RowWriter.h"
#include "Sql.h"
#include "UserDatabaseFile.h"
#include "core/Enums.h"
#include "core/MemoryEstimate.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace localrig::db {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Result<void> writePriceOverride(const QSqlDatabase& database, const QString& platformId, double usd,
                                const QString& note)
{
    if (platformId.isEmpty() || !(usd >= 0.0 && usd <= 1e7)) {
        return makeError(ErrorCode::OutOfRange, "a price override needs a platform and 0 to 10,000,000 USD");
    }
    return sql::execute(database,
                        QStringLiteral("INSERT OR REPLACE INTO price_override (platform_id, usd, note, updated_at) "
                                       "VALUES (?, ?, ?, ?)"),
                        {platformId, usd, note, now()});
}

// The platform and, when given, its price override: one transaction's work.
Result<void> writePlatformWithPrice(const QSqlDatabase& database, const PlatformEntry& entry,
                                    std::optional<double> priceUsd)
{
    BOOST_OUTCOME_TRYV(writePlatform(database, entry));
    if (priceUsd) {
        BOOST_OUTCOME_TRYV(writePriceOverride(database, QString::fromStdString(entry.platform.id), *priceUsd, {}));
    }
    return outcome::success();
}

} // namespace

Result<UserDatabase> UserDatabase::openDefault()
{
    return open(userDatabasePath());
}

Result<UserDatabase> UserDatabase::open(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return makeError(ErrorCode::Io, "cannot create the folder " + folder.toStdString());
    }
    auto opened = openUserDatabaseFile(path);
    // A file another LocalRig is writing at this very moment can look damaged for an instant (a WAL
    // checkpoint writes the header before the pages it counts): look again before calling it unusable.
    for (int retry = 0; !opened && opened.error().code == ErrorCode::CorruptCatalog && retry < 2; ++retry) {
        QThread::msleep(250);
        opened = openUserDatabaseFile(path);
    }
    if (opened) {
        return UserDatabase(std::move(opened).value(), path, std::nullopt);
    }
    if (opened.error().code != ErrorCode::CorruptCatalog) {
        return opened.error(); // read-only disk, permissions: moving the file would not help
    }
    const QString reason = QString::fromStdString(opened.error().detail);
    BOOST_OUTCOME_TRY(movedTo, moveAside(path));
    BOOST_OUTCOME_TRY(fresh, openUserDatabaseFile(path));
    return UserDatabase(std::move(fresh), path, RecoveryNotice{path, movedTo, reason});
}

UserDatabase::UserDatabase(std::unique_ptr<Connection> connection, QString path, std::optional<RecoveryNotice> recovery)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
    , m_recovery(std::move(recovery))
{ }

UserDatabase::UserDatabase(UserDatabase&& other) noexcept = default;
UserDatabase& UserDatabase::operator=(UserDatabase&& other) noexcept = default;
UserDatabase::~UserDatabase() = default;

QString UserDatabase::recoveryMessage() const
{
    if (!m_recovery) {
        return {};
    }
    return QStringLiteral("the user database %1 could not be used because %2; it was moved to %3 and a new one "
                          "was started")
        .arg(m_recovery->originalPath, m_recovery->reason, m_recovery->movedTo);
}

Result<UserOverlay> UserDatabase::overlay() const
{
    const QSqlDatabase database = m_connection->database();
    UserOverlay overlay;
    BOOST_OUTCOME_TRY(rows, readCatalogTables(database, true));
    overlay.rows = std::move(rows);
    BOOST_OUTCOME_TRY(mine, myMachineId());
    overlay.myMachineId = mine;
    BOOST_OUTCOME_TRYV(sql::forEachRow(
        database, QStringLiteral("SELECT platform_id, usd, note, updated_at FROM price_override"), {},
        [&](const QSqlQuery& q) {
            overlay.priceOverrides.push_back(PriceOverride{q.value(0).toString(), q.value(1).toDouble(),
                                                           q.value(2).toString(), q.value(3).toString()});
            return Result<void>(outcome::success());
        }));
    return overlay;
}

Result<void> UserDatabase::savePlatform(const PlatformEntry& entry, std::optional<double> priceUsd)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&] { return writePlatformWithPrice(database, entry, priceUsd); });
}

Result<void> UserDatabase::removePlatform(const QString& platformId)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&]() -> Result<void> {
        BOOST_OUTCOME_TRYV(sql::execute(database, QStringLiteral("DELETE FROM platform WHERE id = ?"), {platformId}));
        BOOST_OUTCOME_TRYV(
            sql::execute(database, QStringLiteral("DELETE FROM price WHERE platform_id = ?"), {platformId}));
        BOOST_OUTCOME_TRYV(
            sql::execute(database, QStringLiteral("DELETE FROM price_override WHERE platform_id = ?"), {platformId}));
        return sql::execute(database, QStringLiteral("DELETE FROM my_machine WHERE platform_id = ?"), {platformId});
    });
}

Result<void> UserDatabase::saveMyMachine(const PlatformEntry& entry, std::optional<double> priceUsd)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&]() -> Result<void> {
        BOOST_OUTCOME_TRYV(writePlatformWithPrice(database, entry, priceUsd));
        return sql::execute(database,
                            QStringLiteral("INSERT OR REPLACE INTO my_machine (slot, platform_id, updated_at) "
                                           "VALUES (1, ?, ?)"),
                            {QString::fromStdString(entry.platform.id), now()});
    });
}

Result<void> UserDatabase::setMyMachine(const QString& platformId)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&] {
        return sql::execute(database,
                            QStringLiteral("INSERT OR REPLACE INTO my_machine (slot, platform_id, updated_at) "
                                           "VALUES (1, ?, ?)"),
                            {platformId, now()});
    });
}

Result<void> UserDatabase::clearMyMachine()
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database,
                              [&] { return sql::execute(database, QStringLiteral("DELETE FROM my_machine")); });
}

Result<std::optional<QString>> UserDatabase::myMachineId() const
{
    std::optional<QString> id;
    BOOST_OUTCOME_TRYV(sql::forEachRow(m_connection->database(),
                                       QStringLiteral("SELECT platform_id FROM my_machine WHERE slot = 1"), {},
                                       [&](const QSqlQuery& q) {
                                           id = q.value(0).toString();
                                           return Result<void>(outcome::success());
                                       }));
    return id;
}

Result<void> UserDatabase::saveModel(const ModelEntry& entry)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&] { return writeModel(database, entry); });
}

Result<void> UserDatabase::removeModel(const QString& modelId)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&]() -> Result<void> {
        BOOST_OUTCOME_TRYV(sql::execute(database, QStringLiteral("DELETE FROM model WHERE id = ?"), {modelId}));
        BOOST_OUTCOME_TRYV(
            sql::execute(database, QStringLiteral("DELETE FROM model_file_size WHERE model_id = ?"), {modelId}));
        BOOST_OUTCOME_TRYV(
            sql::execute(database, QStringLiteral("DELETE FROM use_case WHERE model_id = ?"), {modelId}));
        return sql::execute(database, QStringLiteral("DELETE FROM model_kv_group WHERE model_id = ?"), {modelId});
    });
}

Result<void> UserDatabase::saveModelFromFile(const ModelEntry& entry, const std::optional<FileSizeEntry>& fileSize,
                                             const std::optional<UseCaseEntry>& workload)
{
    const QSqlDatabase database = m_connection->database();
    const QString id = QString::fromStdString(entry.spec.id);
    if ((fileSize && fileSize->modelId != id) || (workload && workload->modelId != id)) {
        return makeError(ErrorCode::InvalidInput, "the file size and the workload must name the model being saved");
    }
    return sql::inTransaction(database, [&]() -> Result<void> {
        BOOST_OUTCOME_TRYV(writeModel(database, entry));
        BOOST_OUTCOME_TRYV(
            sql::execute(database, QStringLiteral("DELETE FROM model_file_size WHERE model_id = ?"), {id}));
        BOOST_OUTCOME_TRYV(sql::execute(database, QStringLiteral("DELETE FROM use_case WHERE model_id = ?"), {id}));
        if (fileSize) {
            BOOST_OUTCOME_TRYV(writeFileSize(database, *fileSize));
        }
        if (workload) {
            BOOST_OUTCOME_TRYV(writeUseCase(database, *workload));
        }
        return outcome::success();
    });
}

Result<void> UserDatabase::savePrice(const PricePoint& price)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&] { return writePrice(database, price); });
}

Result<void> UserDatabase::setPriceOverride(const QString& platformId, double usd, const QString& note)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&] { return writePriceOverride(database, platformId, usd, note); });
}

Result<void> UserDatabase::clearPriceOverride(const QString& platformId)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&] {
        return sql::execute(database, QStringLiteral("DELETE FROM price_override WHERE platform_id = ?"), {platformId});
    });
}

Result<void> UserDatabase::saveScenario(const SavedScenario& saved)
{
    if (saved.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, "a saved scenario needs a name");
    }
    BOOST_OUTCOME_TRYV(core::validated(saved.scenario));
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&] {
        return sql::execute(
            database,
            QStringLiteral("INSERT OR REPLACE INTO saved_scenario (name, context_tokens, sessions, kv_cache_type, "
                           "headroom, workloads, settings_json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {saved.name.trimmed(), saved.scenario.contextTokens, saved.scenario.sessions,
             QString::fromStdString(std::string(core::toString(saved.scenario.kvType))), saved.scenario.headroom,
             saved.workloads.join(QLatin1Char(',')), saved.settingsJson, now()});
    });
}

Result<void> UserDatabase::removeScenario(const QString& name)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&] {
        return sql::execute(database, QStringLiteral("DELETE FROM saved_scenario WHERE name = ?"), {name});
    });
}

Result<std::vector<SavedScenario>> UserDatabase::scenarios() const
{
    std::vector<SavedScenario> list;
    BOOST_OUTCOME_TRYV(sql::forEachRow(
        m_connection->database(),
        QStringLiteral("SELECT name, context_tokens, sessions, kv_cache_type, headroom, workloads, settings_json, "
                       "updated_at FROM saved_scenario ORDER BY name"),
        {}, [&](const QSqlQuery& q) -> Result<void> {
            SavedScenario saved;
            saved.name = q.value(0).toString();
            saved.scenario.contextTokens = q.value(1).toInt();
            saved.scenario.sessions = q.value(2).toInt();
            BOOST_OUTCOME_TRY(kvType, core::parseKvCacheType(q.value(3).toString().toStdString()));
            saved.scenario.kvType = kvType;
            saved.scenario.headroom = q.value(4).toDouble();
            saved.workloads = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            saved.settingsJson = q.value(6).toString();
            saved.updatedAt = q.value(7).toString();
            list.push_back(std::move(saved));
            return outcome::success();
        }));
    return list;
}

Result<void> UserDatabase::importRows(const CatalogData& rows)
{
    const QSqlDatabase database = m_connection->database();
    return sql::inTransaction(database, [&]() -> Result<void> {
        for (const PlatformEntry& platform : rows.platforms) {
            BOOST_OUTCOME_TRYV(writePlatform(database, platform));
        }
        for (const ModelEntry& model : rows.models) {
            BOOST_OUTCOME_TRYV(writeModel(database, model));
        }
        for (const PricePoint& price : rows.prices) {
            BOOST_OUTCOME_TRYV(writePrice(database, price));
        }
        return outcome::success();
    });
}

} // namespace localrig::db
