// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryEstimate.h"

#include "Validation.h"

#include <algorithm>

namespace localrig::core {

namespace {

constexpr double kMaxBitsPerWeight = 64.0;
constexpr double kMaxFileBytes = 1e15; // 1 PB: far past any model file
constexpr long long kMaxContext = 1LL << 30; // 1 G tokens
constexpr long long kMaxSessions = 4096;
constexpr double kScoreBytes = 4.0; // f32 attention scores in the non-flash compute buffer

} // namespace

double kvBytesPerElement(KvCacheType type)
{
    switch (type) {
    case KvCacheType::F16:
        return 2.0; // 16-bit
    case KvCacheType::Q8_0:
        return 34.0 / 32.0; // ggml q8_0 block: 32 int8 + one f16 scale = 34 bytes per 32 elements
    case KvCacheType::Q4_0:
        return 18.0 / 32.0; // ggml q4_0 block: 32 nibbles + one f16 scale = 18 bytes per 32 elements
    }
    return 2.0;
}

Result<Scenario> validated(const Scenario& scenario)
{
    BOOST_OUTCOME_TRYV(requireIntInRange(scenario.contextTokens, "context", 1, kMaxContext));
    BOOST_OUTCOME_TRYV(requireIntInRange(scenario.sessions, "sessions", 1, kMaxSessions));
    BOOST_OUTCOME_TRYV(requireInRange(scenario.headroom, "headroom", 0.5, 0.95));
    return scenario;
}

Result<double> weightsBytes(const ModelSpec& model, const Quantization& quant, std::optional<double> knownFileBytes)
{
    if (knownFileBytes) {
        return requirePositive(*knownFileBytes, "file size", kMaxFileBytes);
    }
    BOOST_OUTCOME_TRY(bits, requirePositive(quant.bitsPerWeight, "bits per weight", kMaxBitsPerWeight));
    BOOST_OUTCOME_TRY(params, requirePositive(model.totalParams, "total parameters", 1e14));
    // Weights = total params x bits per weight / 8 (DESIGN.md; sizing-constants.md section 1).
    return params * bits / kBitsPerByte;
}

Result<double> kvCacheBytesPerSession(const ModelSpec& model, int contextTokens, KvCacheType type)
{
    BOOST_OUTCOME_TRY(context, requireIntInRange(contextTokens, "context", 1, kMaxContext));
    const double elementBytes = kvBytesPerElement(type);
    double total = 0.0;
    for (const KvLayerGroup& group : model.kvGroups) {
        // Sliding-window layers keep at most `window` tokens (llama.cpp SWA cache; gguf-parser).
        const int cachedTokens = group.window > 0 ? std::min(context, group.window) : context;
        const double tensors = group.singleTensor ? 1.0 : 2.0; // K and V, or one latent (MLA, K==V)
        // Per token: tensors x layers x kvHeads x headDim x bytes (NVIDIA inference-optimisation blog, GQA form).
        total += tensors * group.layers * static_cast<double>(group.kvHeads) * group.headDim * elementBytes
            * cachedTokens;
    }
    return total;
}

double overheadBytes(const ModelSpec& model, const Scenario& scenario, const SizingConstants& constants)
{
    const int heads = model.attentionHeads > 0 ? model.attentionHeads : constants.defaultAttentionHeads;
    // Runtime context + NyxKrage compute buffer: 0.75 MiB x heads, plus ubatch x ctx x heads x 4 B without FA.
    double buffer = constants.computeBufferBytesPerHead * heads;
    if (!constants.flashAttention) {
        buffer += static_cast<double>(constants.ubatchTokens) * scenario.contextTokens * heads * kScoreBytes;
    }
    return constants.runtimeOverheadBytes + buffer;
}

Result<MemoryBreakdown> estimateMemory(const ModelSpec& model, const Quantization& quant, const Scenario& scenario,
                                       const SizingConstants& constants, std::optional<double> knownFileBytes)
{
    BOOST_OUTCOME_TRYV(validated(model));
    BOOST_OUTCOME_TRYV(validated(scenario));
    MemoryBreakdown breakdown;
    BOOST_OUTCOME_TRY(weights, weightsBytes(model, quant, knownFileBytes));
    BOOST_OUTCOME_TRY(kvPerSession, kvCacheBytesPerSession(model, scenario.contextTokens, scenario.kvType));
    breakdown.weightsBytes = weights;
    breakdown.weightsFromFile = knownFileBytes.has_value();
    // Each parallel session holds its own cache and its own linear-attention state (DESIGN.md).
    breakdown.kvCacheBytes = kvPerSession * scenario.sessions;
    breakdown.fixedStateBytes = model.fixedStateBytes * scenario.sessions;
    breakdown.overheadBytes = overheadBytes(model, scenario, constants);
    breakdown.totalBytes
        = breakdown.weightsBytes + breakdown.kvCacheBytes + breakdown.fixedStateBytes + breakdown.overheadBytes;
    return breakdown;
}

} // namespace localrig::core
