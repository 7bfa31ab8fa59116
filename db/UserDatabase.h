// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogLoader.h"
#include "CatalogTypes.h"
#include "core/Result.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace localrig::db {

class Connection;

// The user's own rows, in the application-data folder (DataLocations.h): my machine, custom platforms
// and models, prices and price overrides, saved scenarios. WAL journal; every write is one transaction.
// A corrupt, truncated or foreign file is moved aside (recovery() says where and why) and a fresh
// database is started, so the app always opens.
class UserDatabase
{
public:
    // Opens, creates or migrates the database at `path` (default: userDatabasePath()).
    static Result<UserDatabase> open(const QString& path);
    static Result<UserDatabase> openDefault();

    UserDatabase(UserDatabase&& other) noexcept;
    UserDatabase& operator=(UserDatabase&& other) noexcept;
    ~UserDatabase();

    const QString& path() const { return m_path; }
    const std::optional<RecoveryNotice>& recovery() const { return m_recovery; }
    // One English line for the CLI and logs, empty when nothing was recovered.
    QString recoveryMessage() const;

    // Everything the catalog merge needs from this database.
    Result<UserOverlay> overlay() const;

    // The platform and, when given, its price override, in one transaction: both are written or neither.
    Result<void> savePlatform(const PlatformEntry& entry, std::optional<double> priceUsd = std::nullopt);
    Result<void> removePlatform(const QString& platformId); // with its prices and override
    // Saves the platform (and its price override) and marks it mine, in one transaction.
    Result<void> saveMyMachine(const PlatformEntry& entry, std::optional<double> priceUsd = std::nullopt);
    Result<void> setMyMachine(const QString& platformId); // a shipped or user platform
    Result<void> clearMyMachine();
    Result<std::optional<QString>> myMachineId() const;

    Result<void> saveModel(const ModelEntry& entry);
    // A model read from a file (ModelFileImport.h), in one transaction: the model with its KV layout, its
    // file size (replacing any earlier size of that model) and a Plan workload (replacing the model's others).
    Result<void> saveModelFromFile(const ModelEntry& entry, const std::optional<FileSizeEntry>& fileSize,
                                   const std::optional<UseCaseEntry>& workload);
    Result<void> removeModel(const QString& modelId); // with its KV layout, file sizes and workloads

    Result<void> savePrice(const PricePoint& price);
    Result<void> setPriceOverride(const QString& platformId, double usd, const QString& note = {});
    Result<void> clearPriceOverride(const QString& platformId);

    Result<void> saveScenario(const SavedScenario& saved);
    Result<void> removeScenario(const QString& name);
    Result<std::vector<SavedScenario>> scenarios() const;

    // Platforms, models and prices from an import, all or nothing (one transaction).
    Result<void> importRows(const CatalogData& rows);

private:
    UserDatabase(std::unique_ptr<Connection> connection, QString path, std::optional<RecoveryNotice> recovery);

    std::unique_ptr<Connection> m_connection;
    QString m_path;
    std::optional<RecoveryNotice> m_recovery;
};

} // namespace localrig::db
