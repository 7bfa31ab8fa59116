// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTypes.h"
#include "core/Recommender.h"
#include "core/Result.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace localrig::db {

// The shipped catalog merged with the user's rows (user rows win), as values. Lookups accept an id or
// a display name in any case; a miss is Error(NotFound) naming the three closest names.
class Catalog
{
public:
    Catalog() = default;
    explicit Catalog(CatalogData data);

    const CatalogData& data() const { return m_data; }
    const std::vector<ModelEntry>& models() const { return m_data.models; }
    const std::vector<QuantEntry>& quantizations() const { return m_data.quantizations; }
    const std::vector<PlatformEntry>& platforms() const { return m_data.platforms; }
    const std::vector<UseCaseEntry>& useCases() const { return m_data.useCases; }
    const std::vector<RamRowEntry>& ramRows() const { return m_data.ramRows; }
    const std::vector<TierEntry>& tiers() const { return m_data.tiers; }
    const std::vector<ApiPriceEntry>& apiPrices() const { return m_data.apiPrices; }
    const std::vector<ElectricityPriceEntry>& electricityPrices() const { return m_data.electricityPrices; }
    const std::vector<ArticleEntry>& articles() const { return m_data.articles; }
    const std::vector<FileSizeEntry>& fileSizes() const { return m_data.fileSizes; }
    const std::vector<MeasurementEntry>& measurements() const { return m_data.measurements; }
    const std::vector<HostBuildEntry>& hostBuilds() const { return m_data.hostBuilds; }
    const std::vector<HostBuildPartEntry>& hostBuildParts() const { return m_data.hostBuildParts; }
    const std::vector<VisionProjectorEntry>& visionProjectors() const { return m_data.visionProjectors; }
    const std::vector<GenerationModelEntry>& generationModels() const { return m_data.generationModels; }

    Result<ModelEntry> model(const QString& idOrName) const;
    Result<QuantEntry> quantization(const QString& idOrName) const;
    Result<PlatformEntry> platform(const QString& idOrName) const;
    Result<UseCaseEntry> useCase(const QString& slugOrName) const;
    Result<TierEntry> tier(const QString& idOrName) const;
    Result<ArticleEntry> article(const QString& slugOrTitle) const;

    // A measured file size for this model at this quantization, which beats the estimate.
    std::optional<double> fileBytes(const QString& modelId, const QString& quantId) const;
    // A published measurement of this model x quantization on this machine near this context
    // (MeasurementMatch.h), preferring the machine's own backend.
    std::optional<MeasurementEntry> measurement(const QString& modelId, const QString& quantId,
                                                const QString& platformId, int contextTokens) const;
    // Every dated price of a platform, oldest first (guide-only rows included, kind "guide").
    std::vector<PricePoint> priceHistory(const QString& platformId) const;
    // The user's own machine, when they saved one.
    std::optional<PlatformEntry> myMachine() const;

    std::vector<core::ModelSpec> coreModels() const;
    std::vector<core::Platform> corePlatforms() const;
    // Every host-PC build with its priced parts in file order (a build's price is the sum of its parts).
    std::vector<core::HostBuild> coreHostBuilds() const;
    std::vector<core::TierSpec> tierSpecs() const; // ordered by tier number

    // Newest source date in the shipped catalog, or its build date when it holds no rows.
    QString date() const;

private:
    QHash<QString, qsizetype> m_modelIndex;
    QHash<QString, qsizetype> m_quantIndex;
    QHash<QString, qsizetype> m_platformIndex;
    QHash<QString, qsizetype> m_useCaseIndex;
    QHash<QString, qsizetype> m_tierIndex;
    QHash<QString, qsizetype> m_articleIndex;
    CatalogData m_data;
};

core::TierSpec toTierSpec(const TierEntry& tier);

} // namespace localrig::db
