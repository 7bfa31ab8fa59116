// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationModel.h"
#include "HostBuild.h"
#include "ModelSpec.h"
#include "Platform.h"
#include "Quantization.h"
#include "Recommender.h"
#include "Result.h"
#include "Scenario.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace localrig::core {

// One of the guide's use cases: the model it needs and how it is typically run.
struct Workload
{
    std::string slug; // e.g. "coding-assistant"
    std::string name;
    std::string modelId;
    std::string quantId;
    int contextTokens = 8192;
    int sessions = 1;
    int promptTokens = 0; // new tokens a typical turn prefills; 0 = SizingConstants::defaultPromptTokens
    bool usesImages = false; // reads images: the model's vision projector is loaded too (issue 18)
    std::string generationModelId = {}; // a generation model run at the same time as the LLM; empty = none
};

// What the planner reads from the catalog; the db layer fills it, the core never sees SQL.
struct CatalogView
{
    const std::vector<ModelSpec>& models;
    const std::vector<Quantization>& quants;
    const std::vector<Platform>& platforms;
    const std::vector<Workload>& workloads;
    const std::vector<TierSpec>& tiers;
    // A measured file size for model x quantization, when the catalog has one.
    std::function<std::optional<double>(const std::string& modelId, const std::string& quantId)> fileBytes;
    // Desktop PCs a discrete card needs around it; none = cards rank at the card's price alone.
    const std::vector<HostBuild>* hostBuilds = nullptr;
    // Vision projectors and image/video generation models (issue 18); none = no workload adds them.
    const std::vector<VisionProjector>* projectors = nullptr;
    const std::vector<GenerationModel>* generationModels = nullptr;
};

// The user's choices on the Plan page or on `localrig recommend`.
struct WorkloadRequest
{
    std::vector<std::string> slugs;
    std::optional<int> contextTokens; // applies to every chosen workload; default: each workload's own
    std::optional<int> sessions; // applies to every chosen workload; default: each workload's own
    std::optional<std::string> quantId; // run every model at this quantization instead of the workload's
    KvCacheType kvType = KvCacheType::F16;
    double headroom = 0.75;
    PlanConstraints constraints;
    TrainingSettings training; // for the fine-tuning workload (core/training/TrainingPlan.h)
};

struct WorkloadPlan
{
    std::vector<ModelNeed> needs; // one per workload, in workload order, each with its own context and sessions
    // KV type and headroom for every need; context and sessions are the largest of any need (for display and
    // the what-would-change steps), never applied to a need that has its own.
    Scenario scenario;
    bool contextOverridden = false; // the user's context replaced every workload's own
    bool sessionsOverridden = false;
};

// Workloads -> the models they need and the scenario they run in (DESIGN.md recommender, first step).
Result<WorkloadPlan> planWorkloads(const CatalogView& catalog, const WorkloadRequest& request);

// planWorkloads, then recommend() over every platform of the catalog.
Result<Recommendation> recommendForWorkloads(const CatalogView& catalog, const WorkloadRequest& request,
                                             const SpeedCalibration& calibration,
                                             const SizingConstants& constants = {});

const ModelSpec* findModel(const std::vector<ModelSpec>& models, const std::string& id);
const Quantization* findQuant(const std::vector<Quantization>& quants, const std::string& id);

} // namespace localrig::core
