// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogSource.h"

#include "CatalogDataLoader.h"
#include "db/AppCatalog.h"
#include "db/CatalogLoader.h"

#include <QDate>

namespace localrig::ui {

CatalogSource::CatalogSource(QObject* parent)
    : QObject(parent)
{ }

CatalogSource::~CatalogSource() = default;

Result<void> CatalogSource::open(const QString& shippedPath, const QString& userPath)
{
    m_shippedPath = shippedPath;
    // db::openAppCatalog moves a corrupt user database aside and falls back to the shipped rows.
    BOOST_OUTCOME_TRY(app, db::openAppCatalog(shippedPath, userPath));
    m_user = std::move(app.user);
    m_recoveryMessage = app.warning;
    m_catalog = std::move(app.catalog);
    m_data = CatalogDataLoader::fromCatalog(m_catalog);
    m_modelInfo = CatalogDataLoader::modelInfo(m_catalog);
    emit reloaded();
    return outcome::success();
}

Result<void> CatalogSource::reload()
{
    BOOST_OUTCOME_TRY(catalog, db::loadCatalog(m_shippedPath, m_user.get()));
    m_catalog = std::move(catalog);
    m_data = CatalogDataLoader::fromCatalog(m_catalog);
    m_modelInfo = CatalogDataLoader::modelInfo(m_catalog);
    emit reloaded();
    return outcome::success();
}

Result<db::UserDatabase*> CatalogSource::user() const
{
    if (!m_user) {
        return makeError(ErrorCode::Io, "the user database is not open");
    }
    return m_user.get();
}

namespace {

db::PlatformEntry userEntry(const core::Platform& platform)
{
    db::PlatformEntry entry;
    entry.platform = platform;
    entry.userDefined = true;
    entry.source.source = QStringLiteral("user");
    entry.source.sourceDate = QDate::currentDate().toString(Qt::ISODate);
    return entry;
}

} // namespace

Result<void> CatalogSource::savePlatform(const core::Platform& platform)
{
    BOOST_OUTCOME_TRY(database, user());
    BOOST_OUTCOME_TRYV(database->savePlatform(userEntry(platform), platform.priceUsd));
    return reload();
}

Result<void> CatalogSource::saveMyMachine(const core::Platform& platform, const QString& notes)
{
    BOOST_OUTCOME_TRY(database, user());
    db::PlatformEntry entry = userEntry(platform);
    entry.source.notes = notes;
    BOOST_OUTCOME_TRYV(database->saveMyMachine(entry, platform.priceUsd));
    return reload();
}

Result<void> CatalogSource::saveModelFromFile(const db::ModelFileImport& rows)
{
    BOOST_OUTCOME_TRY(database, user());
    BOOST_OUTCOME_TRYV(database->saveModelFromFile(rows.model, rows.fileSize, rows.workload));
    return reload();
}

Result<void> CatalogSource::removeModel(const std::string& modelId)
{
    BOOST_OUTCOME_TRY(database, user());
    BOOST_OUTCOME_TRYV(database->removeModel(QString::fromStdString(modelId)));
    return reload();
}

Result<void> CatalogSource::setPriceOverride(const std::string& platformId, double usd)
{
    BOOST_OUTCOME_TRY(database, user());
    BOOST_OUTCOME_TRYV(database->setPriceOverride(QString::fromStdString(platformId), usd));
    return reload();
}

Result<void> CatalogSource::removePlatform(const std::string& platformId)
{
    BOOST_OUTCOME_TRY(database, user());
    BOOST_OUTCOME_TRYV(database->removePlatform(QString::fromStdString(platformId)));
    return reload();
}

Result<db::ImportSummary> CatalogSource::importFile(const QString& path)
{
    BOOST_OUTCOME_TRY(database, user());
    BOOST_OUTCOME_TRY(summary, db::importUserDataFile(path, *database, m_catalog));
    BOOST_OUTCOME_TRYV(reload());
    return summary;
}

Result<db::ImportSummary> CatalogSource::exportFile(const QString& path) const
{
    BOOST_OUTCOME_TRY(database, user());
    return db::exportUserDataFile(path, *database);
}

} // namespace localrig::ui
