// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogData.h"

#include "CatalogText.h"
#include "db/MeasurementMatch.h"

#include <algorithm>

namespace localrig::ui {

core::CatalogView CatalogData::view() const
{
    return core::CatalogView{
        models,
        quants,
        platforms,
        workloads,
        tiers,
        [this](const std::string& modelId, const std::string& quantId) { return measuredFileBytes(modelId, quantId); },
        &hostBuilds,
        &projectors,
        &generationModels};
}

std::optional<double> CatalogData::measuredFileBytes(const std::string& modelId, const std::string& quantId) const
{
    const auto it = fileBytes.find({modelId, quantId});
    return it == fileBytes.end() ? std::nullopt : std::optional<double>(it->second);
}

const core::Platform* CatalogData::platform(const std::string& id) const
{
    const auto it
        = std::find_if(platforms.begin(), platforms.end(), [&](const core::Platform& p) { return p.id == id; });
    return it == platforms.end() ? nullptr : &*it;
}

const core::ModelSpec* CatalogData::model(const std::string& id) const
{
    return core::findModel(models, id);
}

const core::Quantization* CatalogData::quantization(const std::string& id) const
{
    return core::findQuant(quants, id);
}

const db::MeasurementEntry* CatalogData::measured(const std::string& modelId, const std::string& quantId,
                                                  const core::Platform& platform, int contextTokens) const
{
    const db::MeasurementQuery query{QString::fromStdString(modelId), QString::fromStdString(quantId),
                                     QString::fromStdString(platform.id), platform.backend, contextTokens};
    return db::findMeasurement(measurements, query);
}

QString CatalogData::workloadName(const std::string& slug) const
{
    for (std::size_t i = 0; i < workloads.size() && i < workloadInfo.size(); ++i) {
        if (workloads[i].slug == slug) {
            return CatalogText::useCaseName(workloadInfo[i].slug, workloadInfo[i].name);
        }
    }
    return QString::fromStdString(slug);
}

} // namespace localrig::ui
