// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workload.h"

#include "MemoryEstimate.h"

#include <algorithm>

namespace localrig::core {

namespace {

const Workload* findWorkload(const std::vector<Workload>& workloads, const std::string& slug)
{
    const auto it = std::find_if(workloads.begin(), workloads.end(), [&](const Workload& w) { return w.slug == slug; });
    return it == workloads.end() ? nullptr : &*it;
}

std::string knownSlugs(const std::vector<Workload>& workloads)
{
    std::string list;
    for (const Workload& workload : workloads) {
        list += list.empty() ? "" : ", ";
        list += workload.slug;
    }
    return list;
}

// A workload that reads images loads its model's projector; one that runs a generation model beside the LLM
// loads that pipeline too (guide: video diffusion beside an LLM must "hold both in memory at once").
Result<void> addCompanions(const CatalogView& catalog, const Workload& workload, ModelNeed& need)
{
    need.usesImages = workload.usesImages;
    if (workload.usesImages && catalog.projectors) {
        if (const VisionProjector* projector = findProjector(*catalog.projectors, need.model.id)) {
            need.companions.push_back(
                Companion{need.model.id, projector->fileName, CompanionKind::VisionProjector, projector->fileBytes});
        }
    }
    if (workload.generationModelId.empty()) {
        return outcome::success();
    }
    const GenerationModel* generation = catalog.generationModels
        ? findGenerationModel(*catalog.generationModels, workload.generationModelId)
        : nullptr;
    if (!generation) {
        return makeError(ErrorCode::CorruptCatalog,
                         "workload '" + workload.slug + "' names generation model '" + workload.generationModelId
                             + "' that the catalog does not hold");
    }
    BOOST_OUTCOME_TRY(footprint, generationFootprint(*generation));
    const CompanionKind kind = generation->kind == ModelKind::VideoGeneration ? CompanionKind::VideoGeneration
                                                                              : CompanionKind::ImageGeneration;
    need.companions.push_back(Companion{generation->id, generation->name, kind, footprint.totalBytes});
    return outcome::success();
}

} // namespace

const ModelSpec* findModel(const std::vector<ModelSpec>& models, const std::string& id)
{
    const auto it = std::find_if(models.begin(), models.end(), [&](const ModelSpec& m) { return m.id == id; });
    return it == models.end() ? nullptr : &*it;
}

const Quantization* findQuant(const std::vector<Quantization>& quants, const std::string& id)
{
    const auto it = std::find_if(quants.begin(), quants.end(), [&](const Quantization& q) { return q.id == id; });
    return it == quants.end() ? nullptr : &*it;
}

Result<WorkloadPlan> planWorkloads(const CatalogView& catalog, const WorkloadRequest& request)
{
    if (request.slugs.empty()) {
        return makeError(ErrorCode::InvalidInput, "choose at least one workload");
    }
    WorkloadPlan plan;
    int context = 0;
    int sessions = 0;
    for (const std::string& slug : request.slugs) {
        const Workload* workload = findWorkload(catalog.workloads, slug);
        if (!workload) {
            return makeError(ErrorCode::NotFound,
                             "unknown workload '" + slug + "'; known: " + knownSlugs(catalog.workloads));
        }
        const bool seen = std::any_of(plan.needs.begin(), plan.needs.end(),
                                      [&](const ModelNeed& need) { return need.workload == slug; });
        if (seen) {
            continue;
        }
        const ModelSpec* model = findModel(catalog.models, workload->modelId);
        const std::string quantId = request.quantId.value_or(workload->quantId);
        const Quantization* quant = findQuant(catalog.quants, quantId);
        if (!model || !quant) {
            std::string detail = "workload '" + slug + "' names model '";
            detail += workload->modelId;
            detail += "' or quantization '";
            detail += quantId;
            detail += "' that the catalog does not hold";
            return makeError(ErrorCode::CorruptCatalog, detail);
        }
        ModelNeed need{*model, *quant, std::nullopt, slug};
        // Each workload keeps its own context and sessions unless the user set one for all of them.
        need.contextTokens = request.contextTokens.value_or(workload->contextTokens);
        need.sessions = request.sessions.value_or(workload->sessions);
        need.promptTokens = workload->promptTokens;
        if (isTrainingWorkload(slug)) {
            need.training = request.training;
            if (need.training->sequenceLength <= 0) {
                need.training->sequenceLength = *need.contextTokens; // the workload's training sequence
            }
        }
        context = std::max(context, *need.contextTokens);
        sessions = std::max(sessions, *need.sessions);
        if (catalog.fileBytes) {
            need.fileBytes = catalog.fileBytes(model->id, quant->id);
        }
        BOOST_OUTCOME_TRYV(addCompanions(catalog, *workload, need));
        plan.needs.push_back(std::move(need));
    }
    plan.scenario.contextTokens = context;
    plan.scenario.sessions = sessions;
    plan.scenario.kvType = request.kvType;
    plan.scenario.headroom = request.headroom;
    plan.contextOverridden = request.contextTokens.has_value();
    plan.sessionsOverridden = request.sessions.has_value();
    BOOST_OUTCOME_TRY(scenario, validated(plan.scenario));
    plan.scenario = scenario;
    for (const ModelNeed& need : plan.needs) {
        BOOST_OUTCOME_TRYV(validated(scenarioFor(need, plan.scenario)));
    }
    return plan;
}

Result<Recommendation> recommendForWorkloads(const CatalogView& catalog, const WorkloadRequest& request,
                                             const SpeedCalibration& calibration, const SizingConstants& constants)
{
    BOOST_OUTCOME_TRY(plan, planWorkloads(catalog, request));
    PlanConstraints constraints = request.constraints;
    if (!constraints.hostBuilds) {
        constraints.hostBuilds = catalog.hostBuilds;
    }
    return recommend(plan.needs, catalog.platforms, plan.scenario, constraints, catalog.tiers, calibration, constants);
}

} // namespace localrig::core
