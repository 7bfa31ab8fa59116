// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingFit.h"

namespace localrig::core {

Result<void> assessTrainingOn(ModelOnPlatform& entry, const ModelNeed& need, const MemoryBreakdown& footprint,
                              const Platform& system, const Scenario& own, const SizingConstants& constants)
{
    entry.training = true;
    entry.memory = footprint;
    if (system.gpuCount() > 1 || system.boxes > 1) {
        entry.fit = FitResult{}; // WontFit: one device's estimate says nothing about sharding over several
        return outcome::success();
    }
    BOOST_OUTCOME_TRY(fit, assessFit(footprint, system, own, constants));
    if (fit.verdict == FitVerdict::PartialOffload) {
        // Trainers keep weights, gradients and optimizer state on the GPU; llama.cpp's layer offload does not
        // apply (CPU offload of optimizer state is DeepSpeed ZeRO-Offload's, not estimated here).
        fit.verdict = FitVerdict::WontFit;
        fit.gpuWeightFraction = 1.0;
        fit.fastPoolBytes = 0.0;
        fit.systemPoolBytes = 0.0;
    }
    entry.fit = fit;
    // The estimate assumes a GPU (CUDA context, FlashAttention, bitsandbytes): a CPU-only machine is not sized.
    entry.trainingOnCpu = system.backend == Backend::Cpu;
    if (fit.verdict != FitVerdict::WontFit && !entry.trainingOnCpu && need.training) {
        BOOST_OUTCOME_TRY(speed, trainingSpeedOn(system, need.model, *need.training));
        entry.trainingSpeed = speed;
    }
    return outcome::success();
}

} // namespace localrig::core
