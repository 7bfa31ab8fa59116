// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelSpec.h"

#include "Validation.h"

namespace localrig::core {

namespace {

// Largest figures any real model reaches, with a wide margin: beyond them the input is a typo.
constexpr double kMaxParams = 100e12; // 100 T parameters (largest open model 2026: ~2.8 T)
constexpr long long kMaxLayers = 10000;
constexpr long long kMaxHeads = 100000;
constexpr long long kMaxHeadDim = 65536;
constexpr long long kMaxWindow = 1LL << 30;
constexpr double kMaxStateBytes = 1e15;

// Layers that keep a KV cache (every attention layer of every group).
int cachedLayers(const ModelSpec& model)
{
    int layers = 0;
    for (const KvLayerGroup& group : model.kvGroups) {
        layers += group.layers;
    }
    return layers;
}

} // namespace

std::vector<KvLayerGroup> gqaLayers(int layers, int kvHeads, int headDim)
{
    return {KvLayerGroup{layers, kvHeads, headDim, 0, false}};
}

std::vector<KvLayerGroup> mlaLayers(int layers, int kvLoraRank, int ropeDim)
{
    return {KvLayerGroup{layers, 1, kvLoraRank + ropeDim, 0, true}};
}

int layerCount(const ModelSpec& model)
{
    if (model.blocks > 0) {
        return model.blocks;
    }
    const int layers = cachedLayers(model);
    return layers > 0 ? layers : kDefaultLayers;
}

int linearBlockCount(const ModelSpec& model)
{
    const int cached = cachedLayers(model);
    return model.attention == AttentionKind::HybridLinear && model.blocks > cached ? model.blocks - cached : 0;
}

Result<ModelSpec> validated(ModelSpec spec)
{
    BOOST_OUTCOME_TRYV(requirePositive(spec.totalParams, "total parameters", kMaxParams));
    BOOST_OUTCOME_TRYV(requirePositive(spec.activeParams, "active parameters", kMaxParams));
    if (spec.activeParams > spec.totalParams) {
        return makeError(ErrorCode::OutOfRange, "active parameters exceed total parameters");
    }
    BOOST_OUTCOME_TRYV(requireNonNegative(spec.fixedStateBytes, "fixed state bytes", kMaxStateBytes));
    BOOST_OUTCOME_TRYV(requireIntInRange(spec.attentionHeads, "attention heads", 0, kMaxHeads));
    BOOST_OUTCOME_TRYV(requireIntInRange(spec.blocks, "layers", 0, kMaxLayers));
    BOOST_OUTCOME_TRYV(requireIntInRange(spec.nativeContext, "native context", 0, kMaxWindow));
    if (spec.kvGroups.empty() && spec.fixedStateBytes <= 0.0) {
        return makeError(ErrorCode::InvalidInput, "model has no attention layers to size a KV cache from");
    }
    for (const KvLayerGroup& group : spec.kvGroups) {
        BOOST_OUTCOME_TRYV(requireIntInRange(group.layers, "layers", 1, kMaxLayers));
        BOOST_OUTCOME_TRYV(requireIntInRange(group.kvHeads, "KV heads", 1, kMaxHeads));
        BOOST_OUTCOME_TRYV(requireIntInRange(group.headDim, "head dimension", 1, kMaxHeadDim));
        BOOST_OUTCOME_TRYV(requireIntInRange(group.window, "sliding window", 0, kMaxWindow));
    }
    if (spec.routing) {
        BOOST_OUTCOME_TRYV(requireIntInRange(spec.routing->routedExperts, "routed experts", 1, kMaxHeads));
        BOOST_OUTCOME_TRYV(
            requireIntInRange(spec.routing->activeExperts, "active experts", 1, spec.routing->routedExperts));
    }
    return spec;
}

} // namespace localrig::core
