// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogDataLoader.h"

#include "CatalogText.h"

#include <algorithm>
#include <string>

namespace localrig::ui {

namespace {

std::string text(const QString& value)
{
    return value.toStdString();
}

} // namespace

Provenance CatalogDataLoader::provenance(const db::SourceInfo& source)
{
    QString confirmation;
    switch (source.confirmation) {
    case db::Confirmation::Confirmed:
        confirmation = tr("confirmed by the source");
        break;
    case db::Confirmation::Derived:
        confirmation = tr("derived from sourced figures");
        break;
    case db::Confirmation::GuideOnly:
        confirmation = tr("stated only by the guide");
        break;
    case db::Confirmation::Unconfirmed:
        confirmation = tr("not checked");
        break;
    }
    return Provenance{source.source, source.sourceDate, confirmation, source.notes};
}

CatalogData CatalogDataLoader::fromCatalog(const db::Catalog& catalog)
{
    CatalogData data;
    data.models = catalog.coreModels();
    data.platforms = catalog.corePlatforms();
    for (const db::QuantEntry& entry : catalog.quantizations()) {
        data.quants.push_back(entry.quant);
    }
    for (const db::ModelEntry& entry : catalog.models()) {
        data.modelProvenance[entry.spec.id] = provenance(entry.source);
        if (!entry.guideCheck.isEmpty()) {
            data.guideChecks.push_back(
                {entry.spec.id, entry.spec.name, text(entry.guideClaim), text(entry.guideCheck)});
        }
    }
    for (const db::PlatformEntry& entry : catalog.platforms()) {
        const std::string id = entry.platform.id;
        data.platformProvenance[id] = provenance(entry.source);
        if (entry.priceOrigin == db::PriceOrigin::GuideOnly) {
            data.guideOnlyPrices.insert(id);
        }
        if (entry.priceStale) {
            data.stalePrices.insert(id);
        }
        data.availability[id] = entry.availability;
        if (!entry.guideCheck.isEmpty()) {
            data.guideChecks.push_back({id, entry.platform.name, text(entry.guideClaim), text(entry.guideCheck)});
        }
        for (const db::PricePoint& price : catalog.priceHistory(QString::fromStdString(id))) {
            data.priceHistory[id].push_back(PricePoint{price.usd, price.date, price.kind, provenance(price.source)});
        }
    }
    for (const db::FileSizeEntry& size : catalog.fileSizes()) {
        data.fileBytes[{text(size.modelId), text(size.quantId)}] = size.bytes;
    }
    data.measurements = catalog.measurements();
    data.hostBuilds = catalog.coreHostBuilds();
    for (const db::VisionProjectorEntry& entry : catalog.visionProjectors()) {
        data.projectors.push_back(entry.projector);
    }
    for (const db::GenerationModelEntry& entry : catalog.generationModels()) {
        data.generationModels.push_back(entry.model);
    }
    if (const auto mine = catalog.myMachine()) {
        data.myMachineId = mine->platform.id;
    }
    for (const db::UseCaseEntry& useCase : catalog.useCases()) {
        if (useCase.modelId.isEmpty() || useCase.quantId.isEmpty()) {
            continue; // a use case the catalog cannot size is not offered as a workload
        }
        data.workloads.push_back(core::Workload{text(useCase.slug), text(useCase.name), text(useCase.modelId),
                                                text(useCase.quantId), std::max(1, useCase.contextTokens),
                                                std::max(1, useCase.sessions), std::max(0, useCase.promptTokens),
                                                useCase.usesImages, text(useCase.generationModelId)});
        data.workloadInfo.push_back(WorkloadInfo{useCase.slug, useCase.name, useCase.description});
    }
    for (const db::TierEntry& tier : catalog.tiers()) {
        core::TierSpec spec = db::toTierSpec(tier);
        // Cards read "Tier 2 · 32–48 GB · Best value"; the catalog's name says whom the tier serves.
        spec.name = "Tier " + std::to_string(tier.number); // English: JSON keeps it; Wording::tierName shows it
        data.tiers.push_back(spec);
        data.tierAudience[spec.id] = tr("%1: %2").arg(CatalogText::tierName(tier.id, tier.name),
                                                      CatalogText::tierAudience(tier.id, tier.audience));
        for (const QString& id : tier.exampleMachines.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            data.tierExamples[spec.id].push_back(text(id.trimmed()));
        }
    }
    for (const db::ArticleEntry& article : catalog.articles()) {
        data.articles.push_back(ArticleInfo{article.slug, article.title, article.category, article.order, article.body,
                                            provenance(article.source)});
    }
    data.catalogDate = catalog.date();
    return data;
}

ModelDisplayInfoMap CatalogDataLoader::modelInfo(const db::Catalog& catalog)
{
    ModelDisplayInfoMap info;
    for (const db::ModelEntry& entry : catalog.models()) {
        ModelDisplayInfo& model = info[entry.spec.id];
        model.developer = entry.developer;
        model.license = entry.license;
        model.releaseDate = entry.releaseDate;
        model.modalities = entry.modalities;
    }
    for (const db::FileSizeEntry& size : catalog.fileSizes()) {
        info[text(size.modelId)].measuredFileSource[text(size.quantId)] = provenance(size.source);
    }
    return info;
}

} // namespace localrig::ui
