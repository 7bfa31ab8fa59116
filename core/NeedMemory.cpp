// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recommender.h"

#include <cmath>

namespace localrig::core {

Result<MemoryBreakdown> estimateNeedMemory(const ModelNeed& need, const Scenario& own, const SizingConstants& constants)
{
    BOOST_OUTCOME_TRY(memory, estimateMemory(need.model, need.quant, own, constants, need.fileBytes));
    for (const Companion& companion : need.companions) {
        if (!std::isfinite(companion.bytes) || companion.bytes < 0.0) {
            return makeError(ErrorCode::OutOfRange, "companion '" + companion.id + "' has an invalid size");
        }
        // Loaded at the same time as the LLM: a projector beside it, or a generation model run concurrently
        // (guide: "pipelines that load a video diffusion model and a large language model simultaneously need
        // to hold both in memory at once").
        memory.companionBytes += companion.bytes;
    }
    memory.totalBytes += memory.companionBytes;
    return memory;
}

Result<NeedFootprint> needFootprint(const ModelNeed& need, const Scenario& own, const SizingConstants& constants)
{
    NeedFootprint footprint;
    if (need.training) {
        // Fine-tuning is sized as training: weights, adapters, gradients, optimizer, activations.
        BOOST_OUTCOME_TRY(request, trainingRequestFor(need.model, *need.training));
        BOOST_OUTCOME_TRY(training, estimateTrainingMemory(request));
        footprint.memory = asFootprint(training);
        footprint.training = training;
        return footprint;
    }
    BOOST_OUTCOME_TRY(memory, estimateNeedMemory(need, own, constants));
    footprint.memory = memory;
    return footprint;
}

} // namespace localrig::core
