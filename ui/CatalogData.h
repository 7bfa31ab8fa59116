// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/GuideLints.h"
#include "core/ModelSpec.h"
#include "core/Platform.h"
#include "core/Quantization.h"
#include "core/Recommender.h"
#include "core/Workload.h"
#include "db/CatalogTypes.h"

#include <QString>

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace localrig::ui {

// Source and date of a catalog figure, shown as a tooltip next to it.
struct Provenance
{
    QString source;
    QString sourceDate;
    QString confirmed; // "yes", "guide-only", "derived"
    QString notes;
};

struct WorkloadInfo
{
    QString slug;
    QString name;
    QString description;
};

struct ArticleInfo
{
    QString slug;
    QString title;
    QString category;
    int order = 0;
    QString markdown;
    Provenance provenance;
};

struct PricePoint
{
    double usd = 0.0;
    QString date;
    QString kind; // launch, later, street, guide
    Provenance provenance;
};

// What the pages show, in core types plus the display fields that only people read.
// Loaded by the db layer; the pages never see SQL.
struct CatalogData
{
    std::vector<core::ModelSpec> models;
    std::vector<core::Quantization> quants;
    std::vector<core::Platform> platforms;
    std::vector<core::Workload> workloads;
    std::vector<core::TierSpec> tiers;
    std::vector<WorkloadInfo> workloadInfo; // same order as workloads
    std::vector<ArticleInfo> articles;
    std::map<std::string, Provenance> modelProvenance; // by model id
    std::map<std::string, Provenance> platformProvenance; // by platform id
    std::map<std::string, std::vector<PricePoint>> priceHistory; // by platform id, oldest first
    std::map<std::pair<std::string, std::string>, double> fileBytes; // (model id, quant id) -> measured bytes
    std::map<std::string, std::vector<std::string>> tierExamples; // tier id -> platform ids
    std::map<std::string, QString> tierAudience; // tier id -> who it is for
    std::set<std::string> guideOnlyPrices; // platforms whose only price is the guide\'s own estimate
    std::set<std::string> stalePrices; // platforms whose current price is older than 6 months (db/PriceAge.h)
    std::map<std::string, QString> availability; // platform id -> buyable | announced | discontinued
    std::vector<db::MeasurementEntry> measurements; // published speeds (db/catalog/measurements.csv)
    std::vector<core::HostBuild> hostBuilds; // desktop PCs a discrete card needs (db/catalog/host_builds.csv)
    std::vector<core::VisionProjector> projectors; // mmproj files (db/catalog/vision_projectors.csv, issue 18)
    std::vector<core::GenerationModel> generationModels; // image and video generation (issue 18)
    std::vector<core::GuideFigureCheck> guideChecks; // machines and models with a guide_check (Plan page lints)
    std::string myMachineId; // the platform the user marked as their own, or empty
    QString catalogDate;

    core::CatalogView view() const;
    std::optional<double> measuredFileBytes(const std::string& modelId, const std::string& quantId) const;
    const core::Platform* platform(const std::string& id) const;
    const core::ModelSpec* model(const std::string& id) const;
    const core::Quantization* quantization(const std::string& id) const;
    // The workload's display name ("Coding assistant"), translated, else its slug.
    QString workloadName(const std::string& slug) const;
    // A published measurement of model x quantization on `platform` near `contextTokens`, preferring
    // the platform's own backend (db/MeasurementMatch.h); nullptr when there is none.
    const db::MeasurementEntry* measured(const std::string& modelId, const std::string& quantId,
                                         const core::Platform& platform, int contextTokens) const;
};

} // namespace localrig::ui
