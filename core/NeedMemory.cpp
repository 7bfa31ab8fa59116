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

} // namespace localrig::core
