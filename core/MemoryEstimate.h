// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"
#include "Quantization.h"
#include "Result.h"
#include "Scenario.h"
#include "SizingConstants.h"

#include <optional>

namespace localrig::core {

// Where a model's memory goes, in bytes. totalBytes = weights + KV cache + fixed state + overhead + companions.
struct MemoryBreakdown
{
    double weightsBytes = 0.0;
    double kvCacheBytes = 0.0; // all sessions at the scenario's context
    double fixedStateBytes = 0.0; // linear-attention state, all sessions
    double overheadBytes = 0.0; // runtime + compute buffers
    double companionBytes = 0.0; // a vision projector or a generation model loaded beside it (issue 18)
    double totalBytes = 0.0;
    bool weightsFromFile = false; // a measured file size was used instead of params x bpw
};

// Bytes per cached element: f16 = 2; q8_0 = 34/32; q4_0 = 18/32 (ggml block sizes, gguf-parser RowSizeOf).
double kvBytesPerElement(KvCacheType type);

// params x bpw / 8, or the known file size when there is one (DESIGN.md: a measured size wins).
Result<double> weightsBytes(const ModelSpec& model, const Quantization& quant,
                            std::optional<double> knownFileBytes = std::nullopt);

// KV cache of one session holding `contextTokens` tokens: sum over layer groups of
// layers x (2, or 1 for a single latent) x kvHeads x headDim x bytes x min(context, window).
Result<double> kvCacheBytesPerSession(const ModelSpec& model, int contextTokens, KvCacheType type);

// Runtime + compute buffer (sizing-constants.md section 3).
double overheadBytes(const ModelSpec& model, const Scenario& scenario, const SizingConstants& constants);

Result<MemoryBreakdown> estimateMemory(const ModelSpec& model, const Quantization& quant, const Scenario& scenario,
                                       const SizingConstants& constants = {},
                                       std::optional<double> knownFileBytes = std::nullopt);

Result<Scenario> validated(const Scenario& scenario);

} // namespace localrig::core
