// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineAssessment.h"

#include "Cluster.h"
#include "MachineCosts.h"
#include "RunCommand.h"
#include "training/TrainingFit.h"

#include <algorithm>
#include <set>
#include <utility>

namespace localrig::core {

namespace {

SpeedBand timesBand(const SpeedBand& band, double factor)
{
    return SpeedBand{band.low * factor, band.expected * factor, band.high * factor};
}

int promptFor(const ModelNeed& need, const Scenario& scenario, const SizingConstants& constants)
{
    const int prompt = need.promptTokens > 0 ? need.promptTokens : constants.defaultPromptTokens;
    return std::max(1, std::min(prompt, scenario.contextTokens));
}

// Decode with `contextTokens` in each of `sessions` caches; the fit (and so the offload split) stays the
// one at full context, since that is how the model was loaded.
Result<SpeedBand> decodeAt(const ModelNeed& need, const FitResult& fit, const Platform& system, Scenario scenario,
                           int contextTokens, int sessions, const SpeedCalibration& calibration,
                           const SizingConstants& constants)
{
    scenario.contextTokens = std::max(1, contextTokens);
    scenario.sessions = std::max(1, sessions);
    BOOST_OUTCOME_TRY(memory, estimateNeedMemory(need, scenario, constants));
    const SpeedInputs inputs{need.model, need.quant, memory, fit, system, scenario};
    BOOST_OUTCOME_TRY(speed, estimateSpeed(inputs, calibration, constants));
    return speed.decodeTps;
}

// Scales every decode speed of `entry` by the machine's published-run ratio for its class of model, when it has one.
void applyPublishedRatio(ModelOnPlatform& entry, const ModelNeed& need, const Platform& platform,
                         const PlanConstraints& constraints)
{
    const auto found = constraints.publishedDecodeRatios.find(platform.id);
    const std::optional<double> ratio = found == constraints.publishedDecodeRatios.end()
        ? std::nullopt
        : found->second.forModel(need.model.isMixtureOfExperts());
    if (!ratio || *ratio <= 0.0) {
        return;
    }
    entry.publishedDecodeRatio = ratio;
    entry.decodeStartTps = timesBand(entry.decodeStartTps, *ratio);
    entry.decodeTypicalTps = timesBand(entry.decodeTypicalTps, *ratio);
    entry.decodeFullTps = timesBand(entry.decodeFullTps, *ratio);
    entry.speed.decodeTps = entry.decodeFullTps;
    entry.speed.aggregateDecodeTps = timesBand(entry.speed.aggregateDecodeTps, *ratio);
    for (std::optional<SpeedBand>* band : {&entry.tensorParallelStartTps, &entry.tensorParallelFullTps}) {
        if (*band) {
            **band = timesBand(**band, *ratio);
        }
    }
}

// The buyer's verdict from every workload's fit and speed (BuyerVerdict.h gives the lines and why).
std::pair<BuyerVerdict, Reason> grade(const std::vector<ModelOnPlatform>& models, const std::vector<ModelNeed>& needs,
                                      const VerdictThresholds& lines, std::optional<FitResult> together,
                                      double togetherBytes)
{
    for (std::size_t i = 0; i < models.size(); ++i) {
        if (models[i].fit.verdict == FitVerdict::WontFit) {
            return {BuyerVerdict::TooLarge,
                    {ReasonCode::ModelDoesNotFit, needs[i].model.name, models[i].memory.totalBytes,
                     models[i].fit.hardLimitBytes}};
        }
    }
    if (together && together->verdict == FitVerdict::WontFit) {
        return {BuyerVerdict::TooLarge,
                {ReasonCode::ModelDoesNotFit, "all workloads at once", togetherBytes, together->hardLimitBytes}};
    }
    // Past the headroom line a machine swaps or (on a Mac) passes the GPU's default limit: for a buyer that
    // is too small, whatever the speed (DESIGN.md principle 3).
    for (std::size_t i = 0; i < models.size(); ++i) {
        if (models[i].fit.verdict == FitVerdict::Tight) {
            return {BuyerVerdict::TooLarge,
                    {ReasonCode::ModelTight, needs[i].model.name, models[i].memory.totalBytes,
                     models[i].fit.comfortableLimitBytes}};
        }
    }
    if (together && together->verdict == FitVerdict::Tight) {
        return {BuyerVerdict::TooLarge,
                {ReasonCode::ModelTight, "all workloads at once", togetherBytes, together->comfortableLimitBytes}};
    }
    for (std::size_t i = 0; i < models.size(); ++i) {
        const ModelOnPlatform& m = models[i];
        if (m.training && m.trainingOnCpu) {
            return {BuyerVerdict::Slow, {ReasonCode::TrainingOnCpu, needs[i].model.name, 0.0, 0.0}};
        }
        if (m.training) {
            continue; // a fine-tuning run is graded by its fit; its speed is an epoch's time, not a reading pace
        }
        if (m.decodeFullTps.expected < lines.minDecodeTps) {
            return {BuyerVerdict::Slow,
                    {ReasonCode::SlowAtFullContext, needs[i].model.name, m.decodeFullTps.expected, lines.minDecodeTps,
                     static_cast<double>(m.contextTokens)}};
        }
        const auto& ttft = m.speed.timeToFirstTokenSeconds;
        if (ttft && ttft->expected > lines.slowFirstTokenSeconds) {
            return {BuyerVerdict::Slow,
                    {ReasonCode::SlowFirstToken, needs[i].model.name, ttft->expected, lines.slowFirstTokenSeconds,
                     static_cast<double>(m.speed.promptTokens)}};
        }
    }
    if (together && together->verdict == FitVerdict::PartialOffload) {
        return {BuyerVerdict::Good,
                {ReasonCode::ModelOffloads, "all workloads at once", together->gpuWeightFraction, 1.0}};
    }
    for (std::size_t i = 0; i < models.size(); ++i) {
        const ModelOnPlatform& m = models[i];
        const std::string& name = needs[i].model.name;
        if (m.training && !m.trainingSpeed) {
            return {BuyerVerdict::Good, {ReasonCode::TrainingSpeedUnknown, name, 0.0, 0.0}};
        }
        if (m.training) {
            continue;
        }
        if (m.fit.verdict == FitVerdict::PartialOffload) {
            return {BuyerVerdict::Good, {ReasonCode::ModelOffloads, name, m.fit.gpuWeightFraction, 1.0}};
        }
        if (m.decodeTypicalTps.expected < lines.greatDecodeTps()) {
            return {BuyerVerdict::Good,
                    {ReasonCode::DecodeUnderGreat, name, m.decodeTypicalTps.expected, lines.greatDecodeTps(),
                     m.contextTokens / 2.0}};
        }
        const auto& ttft = m.speed.timeToFirstTokenSeconds;
        if (!ttft) {
            return {BuyerVerdict::Good, {ReasonCode::FirstTokenUnknown, name, 0.0, 0.0}};
        }
        if (ttft->expected > lines.greatFirstTokenSeconds) {
            return {BuyerVerdict::Good,
                    {ReasonCode::FirstTokenOverGreat, name, ttft->expected, lines.greatFirstTokenSeconds,
                     static_cast<double>(m.speed.promptTokens)}};
        }
    }
    return {BuyerVerdict::Great, {ReasonCode::MeetsAll, {}, 0.0, 0.0}};
}

// Workloads running together share the memory bus: each one's step takes its own time plus the others'
// (time-slicing a bandwidth-bound bus), so its speed falls by its share of the summed step times.
void shareBandwidth(std::vector<ModelOnPlatform>& models)
{
    double totalStep = 0.0;
    std::vector<double> steps(models.size(), 0.0);
    for (std::size_t i = 0; i < models.size(); ++i) {
        if (models[i].fit.verdict != FitVerdict::WontFit && models[i].speed.aggregateDecodeTps.expected > 0.0) {
            steps[i] = models[i].sessions / models[i].speed.aggregateDecodeTps.expected;
            totalStep += steps[i];
        }
    }
    for (std::size_t i = 0; i < models.size(); ++i) {
        if (steps[i] <= 0.0 || totalStep <= 0.0) {
            continue;
        }
        const double share = steps[i] / totalStep;
        ModelOnPlatform& m = models[i];
        m.decodeStartTps = timesBand(m.decodeStartTps, share);
        m.decodeTypicalTps = timesBand(m.decodeTypicalTps, share);
        m.decodeFullTps = timesBand(m.decodeFullTps, share);
        m.speed.decodeTps = m.decodeFullTps;
        m.speed.aggregateDecodeTps = timesBand(m.speed.aggregateDecodeTps, share);
    }
}

// An MoE model that spills from a discrete card: try its routed experts in system RAM (--n-cpu-moe) and keep
// whichever placement decodes faster at full context (issue 17; the two-pool sum is estimateSpeed's).
Result<void> preferExpertOffload(ModelOnPlatform& entry, FitResult& loaded, const ModelNeed& need,
                                 const Platform& system, const Scenario& own, int prompt,
                                 const SpeedCalibration& calibration, const SizingConstants& constants)
{
    BOOST_OUTCOME_TRY(split, planExpertOffload(entry.memory, need.model, system, own, constants));
    if (!split) {
        return outcome::success();
    }
    const FitResult speedFit = expertOffloadSpeedFit(*split, loaded);
    const SpeedInputs inputs{need.model, need.quant, entry.memory, speedFit, system, own};
    BOOST_OUTCOME_TRY(speed, estimateSpeed(inputs, calibration, constants, prompt));
    if (speed.decodeTps.expected <= entry.speed.decodeTps.expected) {
        return outcome::success();
    }
    entry.speed = speed;
    entry.decodeFullTps = speed.decodeTps;
    entry.fit = expertOffloadFit(*split, entry.fit, entry.memory);
    entry.placement = Placement::ExpertsInSystemRam;
    entry.experts = split;
    loaded = speedFit;
    return outcome::success();
}

} // namespace

MemoryBreakdown concurrentFootprint(const std::vector<ModelNeed>& needs, const std::vector<MemoryBreakdown>& memories)
{
    MemoryBreakdown sum;
    std::set<std::pair<std::string, std::string>> loaded;
    std::set<std::string> companions;
    for (std::size_t i = 0; i < needs.size() && i < memories.size(); ++i) {
        const MemoryBreakdown& memory = memories[i];
        // A training run holds its own copy of the weights, whatever else serves the same model.
        if (needs[i].training || loaded.insert({needs[i].model.id, needs[i].quant.id}).second) {
            sum.weightsBytes += memory.weightsBytes;
            sum.overheadBytes += memory.overheadBytes; // one runtime per loaded model
        }
        sum.kvCacheBytes += memory.kvCacheBytes;
        sum.fixedStateBytes += memory.fixedStateBytes;
        for (const Companion& companion : needs[i].companions) {
            if (companions.insert(companionKindName(companion.kind) + ':' + companion.id).second) {
                sum.companionBytes += companion.bytes; // a projector or generation model is loaded once
            }
        }
    }
    sum.totalBytes = sum.weightsBytes + sum.kvCacheBytes + sum.fixedStateBytes + sum.overheadBytes + sum.companionBytes;
    return sum;
}

Result<PlatformAssessment> assessMachine(const Platform& platform, const std::vector<ModelNeed>& needs,
                                         const std::vector<MemoryBreakdown>& memories, const Scenario& scenario,
                                         const PlanConstraints& constraints, const SpeedCalibration& calibration,
                                         const SizingConstants& constants)
{
    PlatformAssessment result;
    result.platform = platform;
    result.system = systemPriceFor(platform, constraints.hostBuilds, constraints.haveDesktopPc);
    applyConstraints(result, constraints);
    const Platform system = asSystem(platform, result.system);
    // A multi-GPU build keeps llama.cpp's margin, runtime context and compute buffer on every card.
    // A cluster keeps an OS reserve and a runtime on every box (issue 17).
    const int gpus = std::max(system.gpuCount(), system.boxes);
    const Platform fitSystem = system.boxes > 1 ? withPerBoxReserve(system, constants)
        : gpus > 1                              ? withPerCardMargins(system, constants)
                                                : system;

    const bool together = constraints.concurrentModels && needs.size() > 1;
    std::optional<FitResult> togetherFit;
    MemoryBreakdown all;
    if (together) {
        all = withPerCardOverhead(concurrentFootprint(needs, memories), gpus);
        BOOST_OUTCOME_TRY(fit, assessFit(all, fitSystem, scenario, constants));
        togetherFit = fit;
        result.peakFootprintBytes = all.totalBytes;
    }
    for (std::size_t i = 0; i < needs.size(); ++i) {
        const ModelNeed& need = needs[i];
        const Scenario own = scenarioFor(need, scenario);
        ModelOnPlatform entry;
        entry.modelId = need.model.id;
        entry.workload = need.workload;
        entry.contextTokens = own.contextTokens;
        entry.sessions = own.sessions;
        if (need.training) {
            BOOST_OUTCOME_TRYV(assessTrainingOn(entry, need, memories[i], system, own, constants));
            result.peakFootprintBytes
                = together ? result.peakFootprintBytes : std::max(result.peakFootprintBytes, entry.memory.totalBytes);
            result.models.push_back(std::move(entry));
            continue;
        }
        entry.memory = withPerCardOverhead(memories[i], gpus);
        BOOST_OUTCOME_TRY(fit, assessFit(entry.memory, fitSystem, own, constants));
        entry.fit = fit;
        if (!together) {
            result.peakFootprintBytes = std::max(result.peakFootprintBytes, entry.memory.totalBytes);
        }
        if (fit.verdict != FitVerdict::WontFit) {
            FitResult loaded = fit;
            if (togetherFit && togetherFit->verdict == FitVerdict::PartialOffload) {
                // Together the models spill; each keeps at most the shared fast-pool fraction of its weights.
                loaded.gpuWeightFraction = std::min(fit.gpuWeightFraction, togetherFit->gpuWeightFraction);
            }
            const int prompt = promptFor(need, own, constants);
            const SpeedInputs inputs{need.model, need.quant, entry.memory, loaded, system, own};
            BOOST_OUTCOME_TRY(speed, estimateSpeed(inputs, calibration, constants, prompt));
            entry.speed = speed;
            entry.decodeFullTps = speed.decodeTps;
            entry.placement = fit.verdict == FitVerdict::PartialOffload ? Placement::LayersInSystemRam
                : system.boxes > 1                                      ? Placement::BoxSplit
                : gpus > 1                                              ? Placement::LayerSplit
                                                                        : Placement::Gpu;
            if (fit.verdict == FitVerdict::PartialOffload && !togetherFit) {
                BOOST_OUTCOME_TRYV(
                    preferExpertOffload(entry, loaded, need, fitSystem, own, prompt, calibration, constants));
            }
            if (system.gpuCount() > 1) {
                BOOST_OUTCOME_TRY(cards, layerSplit(memories[i], need.model, system));
                entry.cards = std::move(cards);
            }
            entry.runCommand = llamaServerCommand({need.model, need.quant, system, own, entry.fit, entry.placement,
                                                   entry.experts ? entry.experts->cpuMoeLayers : 0});
            BOOST_OUTCOME_TRY(start, decodeAt(need, loaded, system, own, prompt, 1, calibration, constants));
            BOOST_OUTCOME_TRY(
                typical,
                decodeAt(need, loaded, system, own, own.contextTokens / 2, own.sessions, calibration, constants));
            // A cache that holds fewer tokens never reads more, so start >= typical >= full.
            entry.decodeStartTps = start;
            entry.decodeTypicalTps = typical;
            if (const double speedup = tensorParallelSpeedup(system.cards);
                entry.placement == Placement::LayerSplit && speedup > 1.0) {
                // Never slower than layer split at the low end: small models on PCIe may gain nothing.
                const auto faster = [speedup](const SpeedBand& b) {
                    return SpeedBand{b.expected, b.expected * speedup, b.high * speedup};
                };
                entry.tensorParallelStartTps = faster(start);
                entry.tensorParallelFullTps = faster(entry.decodeFullTps);
            }
            if (system.boxes > 1) {
                entry.decodeStartTps = clusterBand(start);
                entry.decodeTypicalTps = clusterBand(typical);
                entry.decodeFullTps = clusterBand(entry.decodeFullTps);
                entry.speed.decodeTps = entry.decodeFullTps;
                entry.speed.aggregateDecodeTps = clusterBand(entry.speed.aggregateDecodeTps);
            }
            applyPublishedRatio(entry, need, platform, constraints);
        }
        result.models.push_back(std::move(entry));
    }
    if (together) {
        shareBandwidth(result.models);
    }
    result.wiredLimit = wiredLimitStep(system, result.peakFootprintBytes, scenario, constants);

    auto [verdict, why] = grade(result.models, needs, constraints.thresholds, togetherFit, all.totalBytes);
    result.verdict = verdict;
    result.meetsNeeds = isQualifying(verdict);
    result.reasons.push_back(why);
    // The row's reason: what rules the machine out first, else what holds its grade down.
    const auto exclusion = std::find_if(result.reasons.begin(), result.reasons.end(), [](const Reason& r) {
        return r.code == ReasonCode::VendorExcluded || r.code == ReasonCode::NotPortable
            || r.code == ReasonCode::OverBudget || r.code == ReasonCode::Discontinued;
    });
    result.verdictReason = result.excluded && exclusion != result.reasons.end() ? *exclusion : why;
    if (result.excluded && exclusion == result.reasons.end() && !result.system.usd) {
        result.verdictReason = {ReasonCode::NoPrice, {}, 0.0, 0.0};
    }
    BOOST_OUTCOME_TRYV(applyBreakEven(result, constraints));
    return result;
}

} // namespace localrig::core
