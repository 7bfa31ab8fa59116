// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "ModelDisplayInfo.h"
#include "MyMachineStore.h"
#include "UserCatalogStore.h"
#include "UserModelStore.h"
#include "db/Catalog.h"
#include "db/UserDataFile.h"
#include "db/UserDatabase.h"

#include <QObject>

#include <memory>
#include <optional>

namespace localrig::ui {

// The window's one handle on the catalog: shipped rows merged with the user's database, reloaded after
// every edit or import. Pages read data(); edits go through the UserCatalogStore interface.
class CatalogSource final : public QObject, public UserCatalogStore, public MyMachineStore, public UserModelStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogSource)

public:
    explicit CatalogSource(QObject* parent = nullptr);
    ~CatalogSource() override;

    // Opens the user database (moving a corrupt one aside) and loads the shipped catalog.
    Result<void> open(const QString& shippedPath, const QString& userPath);
    Result<void> reload();

    const CatalogData& data() const { return m_data; }
    const db::Catalog& catalog() const override { return m_catalog; }
    const ModelDisplayInfoMap& modelInfo() const { return m_modelInfo; }
    // What happened to a corrupt user database, for the status bar and a message box; empty if nothing.
    QString recoveryMessage() const { return m_recoveryMessage; }
    bool hasUserDatabase() const { return m_user != nullptr; }

    Result<void> savePlatform(const core::Platform& platform) override;
    Result<void> setPriceOverride(const std::string& platformId, double usd) override;
    Result<void> removePlatform(const std::string& platformId) override;
    Result<void> saveMyMachine(const core::Platform& platform, const QString& notes) override;
    Result<void> saveModelFromFile(const db::ModelFileImport& rows) override;
    Result<void> removeModel(const std::string& modelId) override;

    Result<db::ImportSummary> importFile(const QString& path);
    Result<db::ImportSummary> exportFile(const QString& path) const;

signals:
    void reloaded();

private:
    Result<db::UserDatabase*> user() const;

    QString m_shippedPath;
    std::unique_ptr<db::UserDatabase> m_user;
    db::Catalog m_catalog;
    CatalogData m_data;
    ModelDisplayInfoMap m_modelInfo;
    QString m_recoveryMessage;
};

} // namespace localrig::ui
