// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HfParamEstimate.h"

#include <cmath>

namespace localrig::core::gguf {

namespace {

constexpr double kSwiGluMatrices = 3.0; // gate, up and down projections

double attentionParams(const HfShape& s)
{
    if (s.kvLoraRank > 0) {
        const double qkDim = s.qkNopeDim + s.qkRopeDim;
        const double query = s.qLoraRank > 0 ? s.hidden * s.qLoraRank + s.qLoraRank + s.qLoraRank * s.heads * qkDim
                                             : s.hidden * s.heads * qkDim;
        const double latent = s.hidden * (s.kvLoraRank + s.qkRopeDim) + s.kvLoraRank;
        const double expand = s.kvLoraRank * s.heads * (s.qkNopeDim + s.vHeadDim);
        const double output = s.heads * s.vHeadDim * s.hidden;
        return query + latent + expand + output;
    }
    const double query = s.hidden * s.heads * s.headDim;
    const double keyValue = 2.0 * s.hidden * s.kvHeads * s.headDim;
    const double output = s.heads * s.headDim * s.hidden;
    return query + keyValue + output;
}

bool isMoeLayer(const HfShape& s, double layer)
{
    if (s.experts <= 0 || layer < s.firstDenseLayers) {
        return false;
    }
    const double step = s.sparseStep >= 1 ? s.sparseStep : 1;
    return std::fmod(layer + 1, step) == 0;
}

} // namespace

ParamEstimate estimateParameters(const HfShape& s)
{
    const double expertWidth = s.moeIntermediate > 0 ? s.moeIntermediate : s.intermediate;
    const double oneExpert = kSwiGluMatrices * s.hidden * expertWidth;
    const double denseMlp = kSwiGluMatrices * s.hidden * s.intermediate;
    const double moeMlp = s.hidden * s.experts // router
        + s.experts * oneExpert + s.sharedExperts * oneExpert
        + (s.sharedIntermediate > 0 ? kSwiGluMatrices * s.hidden * s.sharedIntermediate + s.hidden : 0.0);
    const double attention = attentionParams(s);
    const double norms = 2.0 * s.hidden;

    ParamEstimate estimate;
    // An integer counter: a floating one stops advancing past 2^53 (the reader caps layers long before).
    const auto layerCount = static_cast<long long>(s.layers);
    for (long long layer = 0; layer < layerCount; ++layer) {
        const bool moe = isMoeLayer(s, static_cast<double>(layer));
        estimate.total += attention + norms + (moe ? moeMlp : denseMlp);
        if (moe) {
            estimate.idleExperts += (s.experts - s.expertsUsed) * oneExpert;
        }
    }
    estimate.total += s.vocab * s.hidden * (s.tiedEmbeddings ? 1.0 : 2.0) + s.hidden; // embeddings, head, final norm
    estimate.active = estimate.total - estimate.idleExperts;
    return estimate;
}

} // namespace localrig::core::gguf
