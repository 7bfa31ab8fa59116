// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpertOffload.h"

#include "Calibration.h"

#include <algorithm>
#include <cmath>

namespace localrig::core {

namespace {

// Share of the routed experts one token uses: k/E from the card, else active/total (as estimateSpeed does).
double routedShare(const ModelSpec& model)
{
    return model.routing && model.routing->routedExperts > 0
        ? static_cast<double>(model.routing->activeExperts) / model.routing->routedExperts
        : model.activeParams / model.totalParams;
}

} // namespace

double routedExpertParams(const ModelSpec& model)
{
    if (!model.isMixtureOfExperts()) {
        return 0.0;
    }
    // experts = (total - active) / (1 - k/E), never more than every parameter (SpeedEstimate.cpp).
    return std::min(model.totalParams,
                    (model.totalParams - model.activeParams) / std::max(1e-9, 1.0 - routedShare(model)));
}

std::pair<double, double> stepParams(const ModelSpec& model, int sessions)
{
    const double experts = routedExpertParams(model);
    // Each expert is read with probability 1 - (1 - k/E)^sessions in a batched step (independent routing).
    const double touched = 1.0 - std::pow(1.0 - routedShare(model), std::max(1, sessions));
    return {model.totalParams - experts, experts * touched};
}

Result<std::optional<ExpertSplit>> planExpertOffload(const MemoryBreakdown& memory, const ModelSpec& model,
                                                     const Platform& system, const Scenario& scenario,
                                                     const SizingConstants& constants)
{
    BOOST_OUTCOME_TRYV(validated(system));
    if (!model.isMixtureOfExperts() || system.memoryKind != MemoryKind::Discrete || model.totalParams <= 0.0) {
        return std::optional<ExpertSplit>{};
    }
    const double usable = gpuUsableBytes(system, constants);
    if (memory.totalBytes <= usable) {
        return std::optional<ExpertSplit>{}; // it fits in VRAM: nothing to move
    }
    ExpertSplit split;
    // Bytes per parameter from the footprint, so a measured file size carries over (as in estimateSpeed).
    const double bytesPerParam = memory.weightsBytes / model.totalParams;
    split.routedExpertBytes = routedExpertParams(model) * bytesPerParam;
    split.denseWeightBytes = memory.weightsBytes - split.routedExpertBytes;
    split.moeLayers = layerCount(model);
    const double expertBytesPerLayer = split.routedExpertBytes / split.moeLayers;
    // N = ceil((footprint - usable VRAM) / experts of one layer): the fewest layers whose experts must leave.
    const double excess = memory.totalBytes - usable;
    const int needed = static_cast<int>(std::ceil(excess / expertBytesPerLayer - 1e-9));
    if (expertBytesPerLayer <= 0.0 || needed > split.moeLayers) {
        return std::optional<ExpertSplit>{}; // attention, KV and buffers alone overflow the card
    }
    split.cpuMoeLayers = std::max(1, needed);
    split.systemBytes = expertBytesPerLayer * split.cpuMoeLayers;
    split.gpuBytes = memory.totalBytes - split.systemBytes;
    // System RAM takes what its headroom line allows, as for plain offload (Fit.cpp).
    if (split.systemBytes > gibToBytes(system.memoryGiB) * scenario.headroom) {
        return std::optional<ExpertSplit>{};
    }
    const double cpuShare = static_cast<double>(split.cpuMoeLayers) / split.moeLayers;
    // A step reads the dense part and the touched experts; the experts of N of L layers are in system RAM.
    const auto [dense, experts] = stepParams(model, scenario.sessions);
    const double systemStep = experts * cpuShare;
    split.gpuStepFraction = 1.0 - systemStep / (dense + experts);
    // The bytes one token reads from each pool (one session), for the details panel.
    const auto [dense1, experts1] = stepParams(model, 1);
    split.systemStepBytes = experts1 * cpuShare * bytesPerParam;
    split.gpuStepBytes = (dense1 + experts1 * (1.0 - cpuShare)) * bytesPerParam;
    return std::optional<ExpertSplit>{split};
}

FitResult expertOffloadFit(const ExpertSplit& split, const FitResult& plain, const MemoryBreakdown& memory)
{
    FitResult fit = plain;
    fit.verdict = FitVerdict::PartialOffload;
    fit.fastPoolBytes = split.gpuBytes;
    fit.systemPoolBytes = split.systemBytes;
    fit.gpuWeightFraction
        = memory.weightsBytes > 0.0 ? (memory.weightsBytes - split.systemBytes) / memory.weightsBytes : 1.0;
    return fit;
}

FitResult expertOffloadSpeedFit(const ExpertSplit& split, const FitResult& plain)
{
    FitResult fit = plain;
    fit.verdict = FitVerdict::PartialOffload;
    fit.gpuWeightFraction = split.gpuStepFraction;
    return fit;
}

} // namespace localrig::core
