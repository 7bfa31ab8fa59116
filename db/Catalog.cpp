// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

#include "MeasurementMatch.h"
#include "NameMatcher.h"
#include "core/Cluster.h"
#include "core/MultiGpu.h"

#include <algorithm>

namespace localrig::db {

namespace {

// Keys under which a row is found: its id and its name, folded, and the loose forms of both.
template <class T, class IdFn, class NameFn>
QHash<QString, qsizetype> buildIndex(const std::vector<T>& rows, IdFn idOf, NameFn nameOf)
{
    QHash<QString, qsizetype> index;
    // Exact keys first, so a loose key never shadows another row's exact id or name.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        index.insert(idOf(rows[i]).toCaseFolded(), static_cast<qsizetype>(i));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const QString name = nameOf(rows[i]).toCaseFolded();
        if (!index.contains(name)) {
            index.insert(name, static_cast<qsizetype>(i));
        }
    }
    QHash<QString, qsizetype> loose;
    QHash<QString, int> looseCount;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (const QString& key : {looseKey(idOf(rows[i])), looseKey(nameOf(rows[i]))}) {
            if (!loose.contains(key) || loose.value(key) != static_cast<qsizetype>(i)) {
                looseCount[key] += 1;
            }
            loose.insert(key, static_cast<qsizetype>(i));
        }
    }
    for (auto it = loose.cbegin(); it != loose.cend(); ++it) {
        const QString key = QStringLiteral("~") + it.key();
        if (looseCount.value(it.key()) == 1) { // an ambiguous loose key finds nothing
            index.insert(key, it.value());
        }
    }
    return index;
}

// The one row whose id or name begins with the query ("coding-a", "Qwen3.6"), or -1 when none or several do.
qsizetype uniquePrefixRow(const QHash<QString, qsizetype>& index, const QString& query)
{
    QList<QStringList> keysByRow;
    QList<qsizetype> rowOfKeys;
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        if (!it.key().startsWith(QLatin1Char('~'))) {
            continue;
        }
        const qsizetype at = rowOfKeys.indexOf(it.value());
        if (at >= 0) {
            keysByRow[at].append(it.key().mid(1));
        } else {
            rowOfKeys.append(it.value());
            keysByRow.append(QStringList{it.key().mid(1)});
        }
    }
    const qsizetype match = uniquePrefixMatch(query, keysByRow);
    return match >= 0 ? rowOfKeys.at(match) : -1;
}

template <class T, class NameFn>
Result<T> lookup(const std::vector<T>& rows, const QHash<QString, qsizetype>& index, const QString& query,
                 const char* what, NameFn nameOf)
{
    auto found = index.constFind(query.trimmed().toCaseFolded());
    if (found == index.cend()) {
        found = index.constFind(QStringLiteral("~") + looseKey(query));
    }
    if (found != index.cend()) {
        return rows[static_cast<std::size_t>(found.value())];
    }
    if (const qsizetype row = uniquePrefixRow(index, query); row >= 0) {
        return rows[static_cast<std::size_t>(row)];
    }
    QStringList names;
    for (const T& row : rows) {
        names.append(nameOf(row));
    }
    const QStringList closest = closestNames(query, names, 3);
    std::string detail = std::string("no ") + what + " named '" + query.toStdString() + "'";
    if (!closest.isEmpty()) {
        detail += " (closest: " + closest.join(QStringLiteral(", ")).toStdString() + ")";
    }
    return makeError(ErrorCode::NotFound, detail);
}

QString modelId(const ModelEntry& m)
{
    return QString::fromStdString(m.spec.id);
}
QString modelName(const ModelEntry& m)
{
    return QString::fromStdString(m.spec.name);
}
QString quantId(const QuantEntry& q)
{
    return QString::fromStdString(q.quant.id);
}
QString quantName(const QuantEntry& q)
{
    return QString::fromStdString(q.quant.name);
}
QString platformId(const PlatformEntry& p)
{
    return QString::fromStdString(p.platform.id);
}
QString platformName(const PlatformEntry& p)
{
    return QString::fromStdString(p.platform.name);
}

} // namespace

Catalog::Catalog(CatalogData data)
    : m_data(std::move(data))
{
    m_modelIndex = buildIndex(m_data.models, modelId, modelName);
    m_quantIndex = buildIndex(m_data.quantizations, quantId, quantName);
    m_platformIndex = buildIndex(m_data.platforms, platformId, platformName);
    m_useCaseIndex = buildIndex(
        m_data.useCases, [](const UseCaseEntry& u) { return u.slug; }, [](const UseCaseEntry& u) { return u.name; });
    m_tierIndex = buildIndex(
        m_data.tiers, [](const TierEntry& t) { return t.id; }, [](const TierEntry& t) { return t.name; });
    m_articleIndex = buildIndex(
        m_data.articles, [](const ArticleEntry& a) { return a.slug; }, [](const ArticleEntry& a) { return a.title; });
}

Result<ModelEntry> Catalog::model(const QString& idOrName) const
{
    return lookup(m_data.models, m_modelIndex, idOrName, "model", modelName);
}

Result<QuantEntry> Catalog::quantization(const QString& idOrName) const
{
    return lookup(m_data.quantizations, m_quantIndex, idOrName, "quantization", quantName);
}

Result<PlatformEntry> Catalog::platform(const QString& idOrName) const
{
    auto found = lookup(m_data.platforms, m_platformIndex, idOrName, "machine", platformName);
    if (found) {
        return found;
    }
    // A multi-GPU build or a cluster (issue 17) by its exact id or name: a system of catalog rows.
    for (core::Platform& combined : corePlatforms()) {
        if (combined.cards.empty() && combined.boxes <= 1) {
            continue;
        }
        if (QString::fromStdString(combined.id).compare(idOrName, Qt::CaseInsensitive) == 0
            || QString::fromStdString(combined.name).compare(idOrName, Qt::CaseInsensitive) == 0) {
            PlatformEntry entry;
            entry.priceOrigin = combined.priceUsd ? PriceOrigin::Catalog : PriceOrigin::None;
            entry.priceDate = QString::fromStdString(combined.priceDate);
            entry.platform = std::move(combined);
            return entry;
        }
    }
    return found;
}

Result<UseCaseEntry> Catalog::useCase(const QString& slugOrName) const
{
    return lookup(m_data.useCases, m_useCaseIndex, slugOrName, "workload",
                  [](const UseCaseEntry& u) { return u.slug; });
}

Result<TierEntry> Catalog::tier(const QString& idOrName) const
{
    return lookup(m_data.tiers, m_tierIndex, idOrName, "tier", [](const TierEntry& t) { return t.name; });
}

Result<ArticleEntry> Catalog::article(const QString& slugOrTitle) const
{
    return lookup(m_data.articles, m_articleIndex, slugOrTitle, "article",
                  [](const ArticleEntry& a) { return a.slug; });
}

std::optional<double> Catalog::fileBytes(const QString& modelId, const QString& quantId) const
{
    for (const FileSizeEntry& size : m_data.fileSizes) {
        if (size.modelId.compare(modelId, Qt::CaseInsensitive) == 0
            && size.quantId.compare(quantId, Qt::CaseInsensitive) == 0) {
            return size.bytes;
        }
    }
    return std::nullopt;
}

std::optional<MeasurementEntry> Catalog::measurement(const QString& modelId, const QString& quantId,
                                                     const QString& platformId, int contextTokens) const
{
    const auto machine = platform(platformId);
    if (!machine) {
        return std::nullopt;
    }
    const MeasurementQuery query{modelId, quantId, QString::fromStdString(machine.value().platform.id),
                                 machine.value().platform.backend, contextTokens};
    const MeasurementEntry* found = findMeasurement(m_data.measurements, query);
    return found ? std::optional<MeasurementEntry>(*found) : std::nullopt;
}

std::vector<PricePoint> Catalog::priceHistory(const QString& platformId) const
{
    std::vector<PricePoint> history;
    std::copy_if(m_data.prices.begin(), m_data.prices.end(), std::back_inserter(history),
                 [&](const PricePoint& p) { return p.platformId.compare(platformId, Qt::CaseInsensitive) == 0; });
    std::stable_sort(history.begin(), history.end(),
                     [](const PricePoint& a, const PricePoint& b) { return a.date < b.date; });
    return history;
}

std::optional<PlatformEntry> Catalog::myMachine() const
{
    for (const PlatformEntry& entry : m_data.platforms) {
        if (entry.isMyMachine) {
            return entry;
        }
    }
    return std::nullopt;
}

std::vector<core::ModelSpec> Catalog::coreModels() const
{
    std::vector<core::ModelSpec> specs;
    specs.reserve(m_data.models.size());
    for (const ModelEntry& entry : m_data.models) {
        specs.push_back(entry.spec);
    }
    return specs;
}

std::vector<core::Platform> Catalog::corePlatforms() const
{
    std::vector<core::Platform> platforms;
    platforms.reserve(m_data.platforms.size());
    for (const PlatformEntry& entry : m_data.platforms) {
        platforms.push_back(entry.platform);
    }
    // Multi-GPU builds as systems of their cards (issue 17); a build naming a card the catalog lacks is left out.
    for (const MultiGpuBuildEntry& build : m_data.multiGpuBuilds) {
        std::vector<core::Platform> cards;
        for (const QString& cardId : build.cardIds) {
            const auto card
                = std::find_if(m_data.platforms.begin(), m_data.platforms.end(), [&](const PlatformEntry& p) {
                      return QString::fromStdString(p.platform.id).compare(cardId, Qt::CaseInsensitive) == 0;
                  });
            if (card == m_data.platforms.end()) {
                cards.clear();
                break;
            }
            cards.push_back(card->platform);
        }
        auto combined = core::combineCards(build.id.toStdString(), build.name.toStdString(), cards);
        if (combined) {
            platforms.push_back(std::move(combined).value());
        }
    }
    for (const ClusterEntry& cluster : m_data.clusters) {
        const auto box = std::find_if(m_data.platforms.begin(), m_data.platforms.end(), [&](const PlatformEntry& p) {
            return QString::fromStdString(p.platform.id).compare(cluster.boxId, Qt::CaseInsensitive) == 0;
        });
        if (box == m_data.platforms.end()) {
            continue;
        }
        auto pooled
            = core::clusterOf(box->platform, cluster.boxes, cluster.id.toStdString(), cluster.name.toStdString());
        if (pooled) {
            platforms.push_back(std::move(pooled).value());
        }
    }
    return platforms;
}

std::vector<core::HostBuild> Catalog::coreHostBuilds() const
{
    std::vector<core::HostBuild> builds;
    builds.reserve(m_data.hostBuilds.size());
    for (const HostBuildEntry& entry : m_data.hostBuilds) {
        core::HostBuild build{
            entry.id.toStdString(), entry.name.toStdString(), entry.maxCardWatts,       entry.baseWatts,
            entry.gpuSlots,         entry.systemRamGiB,       entry.systemBandwidthGBs, {}};
        for (const HostBuildPartEntry& part : m_data.hostBuildParts) {
            if (part.buildId.compare(entry.id, Qt::CaseInsensitive) == 0) {
                build.parts.push_back(core::PricePart{part.name.toStdString(), part.usd,
                                                      part.source.source.toStdString(), part.priceDate.toStdString()});
            }
        }
        builds.push_back(std::move(build));
    }
    return builds;
}

std::vector<core::TierSpec> Catalog::tierSpecs() const
{
    std::vector<TierEntry> tiers = m_data.tiers;
    std::stable_sort(tiers.begin(), tiers.end(),
                     [](const TierEntry& a, const TierEntry& b) { return a.number < b.number; });
    std::vector<core::TierSpec> specs;
    specs.reserve(tiers.size());
    for (const TierEntry& tier : tiers) {
        specs.push_back(toTierSpec(tier));
    }
    return specs;
}

QString Catalog::date() const
{
    return m_data.catalogDate.isEmpty() ? m_data.builtAt : m_data.catalogDate;
}

core::TierSpec toTierSpec(const TierEntry& tier)
{
    return core::TierSpec{tier.id.toStdString(), tier.name.toStdString(), tier.minGb, tier.maxGb,
                          tier.verdict.toStdString()};
}

} // namespace localrig::db
