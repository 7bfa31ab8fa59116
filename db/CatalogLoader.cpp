// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"

#include "CatalogReader.h"
#include "Connection.h"
#include "Migrator.h"
#include "PriceAge.h"
#include "Sql.h"
#include "UserDatabase.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace localrig::db {

namespace {

// Replaces rows of `base` whose key matches a row of `extra`, appends the rest (user rows win).
template <class T, class KeyFn>
void mergeBy(std::vector<T>& base, std::vector<T> extra, KeyFn key)
{
    QHash<QString, std::size_t> positions;
    for (std::size_t i = 0; i < base.size(); ++i) {
        positions.insert(QString(key(base[i])).toCaseFolded(), i);
    }
    for (T& row : extra) {
        const QString k = QString(key(row)).toCaseFolded();
        const auto found = positions.constFind(k);
        if (found != positions.cend()) {
            base[found.value()] = std::move(row);
        } else {
            positions.insert(k, base.size());
            base.push_back(std::move(row));
        }
    }
}

// The last date of a range ("2026-03/2026-06" -> "2026-06"), for ordering.
QString sortableDate(const QString& date)
{
    const qsizetype slash = date.indexOf(QLatin1Char('/'));
    return slash < 0 ? date : date.mid(slash + 1);
}

int kindRank(const QString& kind)
{
    // On the same date a street price says more about today than a list price.
    if (kind == QLatin1String("street")) {
        return 3;
    }
    if (kind == QLatin1String("later")) {
        return 2;
    }
    return kind == QLatin1String("launch") ? 1 : 0;
}

// A model whose own architecture is unpublished takes its closest confirmed relative's KV layout.
void borrowArchitectures(std::vector<ModelEntry>& models)
{
    QHash<QString, std::size_t> byId;
    for (std::size_t i = 0; i < models.size(); ++i) {
        byId.insert(QString::fromStdString(models[i].spec.id).toCaseFolded(), i);
    }
    for (ModelEntry& model : models) {
        if (!model.spec.kvGroups.empty() || model.spec.fixedStateBytes > 0.0 || model.relativeOf.isEmpty()) {
            continue;
        }
        const auto found = byId.constFind(model.relativeOf.toCaseFolded());
        if (found == byId.cend()) {
            continue;
        }
        const ModelEntry& relative = models[found.value()];
        model.spec.kvGroups = relative.spec.kvGroups;
        model.spec.fixedStateBytes = relative.spec.fixedStateBytes;
        model.spec.attention = relative.spec.attention;
        if (model.spec.blocks == 0) {
            model.spec.blocks = relative.spec.blocks;
        }
        if (model.spec.attentionHeads == 0) {
            model.spec.attentionHeads = relative.spec.attentionHeads;
        }
        model.architectureFromRelative = !model.spec.kvGroups.empty() || model.spec.fixedStateBytes > 0.0;
    }
}

void applyPrices(CatalogData& data, const UserOverlay& user)
{
    QHash<QString, std::vector<PricePoint>> histories;
    for (const PricePoint& price : data.prices) {
        histories[price.platformId.toCaseFolded()].push_back(price);
    }
    QHash<QString, PriceOverride> overrides;
    for (const PriceOverride& priceOverride : user.priceOverrides) {
        overrides.insert(priceOverride.platformId.toCaseFolded(), priceOverride);
    }
    const QString myMachine = user.myMachineId.value_or(QString()).toCaseFolded();
    for (PlatformEntry& entry : data.platforms) {
        const QString id = QString::fromStdString(entry.platform.id).toCaseFolded();
        entry.isMyMachine = !myMachine.isEmpty() && id == myMachine;
        entry.platform.priceUsd.reset();
        entry.priceOrigin = PriceOrigin::None;
        entry.priceDate.clear();
        entry.platform.priceSource.clear();
        entry.platform.priceKind.clear();
        entry.platform.discontinued = entry.availability == QLatin1String("discontinued");
        if (const auto found = overrides.constFind(id); found != overrides.cend()) {
            entry.platform.priceUsd = found->usd;
            entry.priceOrigin = PriceOrigin::UserOverride;
            entry.priceDate = found->updatedAt;
            entry.platform.priceSource = "user";
        } else if (const auto price = currentPrice(histories.value(id))) {
            entry.platform.priceUsd = price->usd;
            entry.priceOrigin = price->kind == QLatin1String("guide") ? PriceOrigin::GuideOnly : PriceOrigin::Catalog;
            entry.priceDate = price->date;
            entry.platform.priceSource = price->source.source.toStdString();
            entry.platform.priceKind = price->kind.toStdString();
        }
        entry.platform.priceDate = entry.priceDate.toStdString();
        entry.priceStale = entry.priceOrigin != PriceOrigin::UserOverride && !entry.priceDate.isEmpty()
            && isStale(entry.priceDate, QDate::currentDate());
    }
}

} // namespace

std::optional<PricePoint> currentPrice(const std::vector<PricePoint>& history)
{
    const auto newer = [](const PricePoint& a, const PricePoint& b) {
        const QString da = sortableDate(a.date);
        const QString dbDate = sortableDate(b.date);
        return da != dbDate ? da > dbDate : kindRank(a.kind) > kindRank(b.kind);
    };
    std::optional<PricePoint> best;
    std::optional<PricePoint> guide;
    for (const PricePoint& price : history) {
        std::optional<PricePoint>& slot = price.kind == QLatin1String("guide") ? guide : best;
        if (!slot || newer(price, *slot)) {
            slot = price;
        }
    }
    return best ? best : guide;
}

Catalog mergeCatalogs(CatalogData shipped, UserOverlay user)
{
    CatalogData& data = shipped;
    CatalogData& mine = user.rows;
    mergeBy(data.models, std::move(mine.models),
            [](const ModelEntry& m) -> QString { return QString::fromStdString(m.spec.id); });
    mergeBy(data.quantizations, std::move(mine.quantizations),
            [](const QuantEntry& q) -> QString { return QString::fromStdString(q.quant.id); });
    mergeBy(data.platforms, std::move(mine.platforms),
            [](const PlatformEntry& p) -> QString { return QString::fromStdString(p.platform.id); });
    mergeBy(data.fileSizes, std::move(mine.fileSizes),
            [](const FileSizeEntry& f) -> QString { return f.modelId + QLatin1Char('\n') + f.quantId; });
    mergeBy(data.measurements, std::move(mine.measurements), [](const MeasurementEntry& m) -> QString {
        return QStringList{m.modelId, m.quantId, m.platformId, QString::number(static_cast<int>(m.backend)),
                           QString::number(m.contextTokens)}
            .join(QLatin1Char('\n'));
    });
    mergeBy(data.prices, std::move(mine.prices), [](const PricePoint& p) -> QString {
        return p.platformId + QLatin1Char('\n') + p.date + QLatin1Char('\n') + p.kind;
    });
    mergeBy(data.hostBuilds, std::move(mine.hostBuilds), [](const HostBuildEntry& h) -> QString { return h.id; });
    mergeBy(data.hostBuildParts, std::move(mine.hostBuildParts),
            [](const HostBuildPartEntry& p) -> QString { return p.buildId + QLatin1Char('\n') + p.part; });
    mergeBy(data.multiGpuBuilds, std::move(mine.multiGpuBuilds),
            [](const MultiGpuBuildEntry& b) -> QString { return b.id; });
    mergeBy(data.clusters, std::move(mine.clusters), [](const ClusterEntry& c) -> QString { return c.id; });
    mergeBy(data.apiPrices, std::move(mine.apiPrices), [](const ApiPriceEntry& a) -> QString {
        return a.provider + QLatin1Char('\n') + a.model + QLatin1Char('\n') + a.priceDate;
    });
    mergeBy(data.electricityPrices, std::move(mine.electricityPrices),
            [](const ElectricityPriceEntry& e) -> QString { return e.region + QLatin1Char('\n') + e.priceDate; });
    mergeBy(data.useCases, std::move(mine.useCases), [](const UseCaseEntry& u) -> QString { return u.slug; });
    mergeBy(data.visionProjectors, std::move(mine.visionProjectors),
            [](const VisionProjectorEntry& p) -> QString { return QString::fromStdString(p.projector.modelId); });
    mergeBy(data.generationModels, std::move(mine.generationModels),
            [](const GenerationModelEntry& g) -> QString { return QString::fromStdString(g.model.id); });
    mergeBy(data.ramRows, std::move(mine.ramRows), [](const RamRowEntry& r) -> QString { return r.id; });
    mergeBy(data.tiers, std::move(mine.tiers), [](const TierEntry& t) -> QString { return t.id; });
    mergeBy(data.articles, std::move(mine.articles), [](const ArticleEntry& a) -> QString { return a.slug; });
    borrowArchitectures(data.models);
    applyPrices(data, user);
    return Catalog(std::move(data));
}

Result<CatalogData> readShippedCatalog(const QString& shippedPath)
{
    if (!QFileInfo(shippedPath).isFile()) {
        return makeError(ErrorCode::Io,
                         "the shipped catalog is missing: " + shippedPath.toStdString()
                             + " (rebuild, or set LOCALRIG_CATALOG)");
    }
    BOOST_OUTCOME_TRY(connection, Connection::open(shippedPath, Connection::Mode::ReadOnly));
    auto version = sql::userVersion(connection.database());
    if (!version) {
        return makeError(ErrorCode::CorruptCatalog,
                         shippedPath.toStdString() + " is not a LocalRig catalog: " + version.error().detail);
    }
    if (version.value() != latestSchemaVersion()) {
        return makeError(ErrorCode::CorruptCatalog,
                         shippedPath.toStdString() + " has schema version " + std::to_string(version.value())
                             + ", this LocalRig needs " + std::to_string(latestSchemaVersion()) + " (rebuild it)");
    }
    auto data = readCatalogTables(connection.database(), false);
    if (!data) {
        return makeError(ErrorCode::CorruptCatalog, shippedPath.toStdString() + ": " + data.error().detail);
    }
    return std::move(data).value();
}

Result<Catalog> loadCatalog(const QString& shippedPath, const UserDatabase* user)
{
    BOOST_OUTCOME_TRY(shipped, readShippedCatalog(shippedPath));
    UserOverlay overlay;
    if (user != nullptr) {
        BOOST_OUTCOME_TRY(rows, user->overlay());
        overlay = std::move(rows);
    }
    return mergeCatalogs(std::move(shipped), std::move(overlay));
}

} // namespace localrig::db
