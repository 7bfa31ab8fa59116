// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fit.h"
#include "MemoryEstimate.h"
#include "ModelSpec.h"
#include "Platform.h"
#include "Result.h"
#include "Scenario.h"
#include "SizingConstants.h"

#include <optional>

namespace localrig::core {

// Where a model's weights live on the machine the estimate is for.
enum class Placement {
    Gpu, // every weight in the GPU's pool (VRAM or unified memory)
    LayersInSystemRam, // llama.cpp -ngl N: whole layers spill to system RAM (plain partial offload)
    ExpertsInSystemRam, // llama.cpp --n-cpu-moe N: N layers' routed experts in system RAM, the rest on the GPU
    LayerSplit, // several cards, llama.cpp --split-mode layer: each card holds a run of layers
    BoxSplit, // several machines over a network (llama.cpp RPC, exo): each box holds a run of layers
};

// MoE experts in system RAM (llama.cpp --n-cpu-moe N, or -ot exps=CPU for every layer): attention, shared
// experts, embeddings and the KV cache stay on the GPU; the routed experts of N layers go to system RAM,
// where the CPU runs them (llama.cpp PR #15077; ik_llama.cpp PR #841 shows the override regex).
struct ExpertSplit
{
    double routedExpertBytes = 0.0; // every routed expert's weights, all layers
    double denseWeightBytes = 0.0; // the rest of the weights: attention, shared experts, embeddings
    int moeLayers = 0; // layers that hold routed experts
    int cpuMoeLayers = 0; // N in --n-cpu-moe N: layers whose routed experts sit in system RAM
    double gpuBytes = 0.0; // dense weights + the experts kept on the GPU + KV + state + overhead
    double systemBytes = 0.0; // routed experts in system RAM
    double gpuStepFraction = 1.0; // share of the weight bytes one decode step reads that sit on the GPU
    double gpuStepBytes = 0.0; // weight bytes one decode step reads from VRAM (one session)
    double systemStepBytes = 0.0; // ... and from system RAM
};

// Routed-expert parameters: total = shared + experts and active = shared + (k/E) x experts, so
// experts = (total - active) / (1 - k/E) (the same split estimateSpeed reads per step).
double routedExpertParams(const ModelSpec& model);

// Parameters a decode step of `sessions` tokens reads, split into (dense, routed experts): each expert is read
// with probability 1 - (1 - k/E)^sessions (independent routing, as estimateSpeed assumes).
std::pair<double, double> stepParams(const ModelSpec& model, int sessions);

// The smallest --n-cpu-moe that brings the GPU's share within its usable VRAM, with the experts it moves
// inside the host's system RAM at the headroom line; empty when the model is dense, the machine has no
// discrete GPU, everything already fits in VRAM, or even every expert in RAM does not make it fit.
Result<std::optional<ExpertSplit>> planExpertOffload(const MemoryBreakdown& memory, const ModelSpec& model,
                                                     const Platform& system, const Scenario& scenario,
                                                     const SizingConstants& constants = {});

// The fit as the buyer sees it (share of the weights on the GPU, bytes per pool), and the fit estimateSpeed
// needs: its gpuWeightFraction is the share of each step's bytes on the GPU, so the two-pool sum
// t = GPU bytes / (eta x VRAM bandwidth) + expert bytes / (eta_cpu x system bandwidth) comes out of it.
FitResult expertOffloadFit(const ExpertSplit& split, const FitResult& plain, const MemoryBreakdown& memory);
FitResult expertOffloadSpeedFit(const ExpertSplit& split, const FitResult& plain);

} // namespace localrig::core
