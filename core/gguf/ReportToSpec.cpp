// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportToSpec.h"

#include <algorithm>

namespace localrig::core::gguf {

void fillSpecIdentity(ModelFileReport& report, std::string id, std::string family)
{
    ModelSpec& spec = report.spec;
    spec.name = report.name.empty() ? report.architecture : report.name;
    spec.id = std::move(id);
    spec.family = std::move(family);
    spec.totalParams = static_cast<double>(report.parameters);
    spec.activeParams = static_cast<double>(report.activeParameters);
    spec.attentionHeads = report.attentionHeads;
    spec.nativeContext = report.contextLength;
    if (report.experts > 0 && report.expertsUsed > 0) {
        spec.routing = ExpertRouting{report.experts, report.expertsUsed};
    }
}

int fillKvLayout(ModelFileReport& report, const std::vector<LayerAttention>& layers, int headDim,
                 bool uncachedAreLinear)
{
    ModelSpec& spec = report.spec;
    spec.blocks = report.layers;
    if (report.kvLoraRank > 0) {
        spec.attention = AttentionKind::Mla;
        spec.kvGroups = mlaLayers(report.layers, report.kvLoraRank, report.ropeDim);
        return 0;
    }
    int uncached = 0;
    for (const LayerAttention& layer : layers) {
        if (layer.kvHeads <= 0) {
            ++uncached;
            continue;
        }
        auto group = std::find_if(spec.kvGroups.begin(), spec.kvGroups.end(), [&](const KvLayerGroup& g) {
            return g.kvHeads == layer.kvHeads && g.window == layer.window;
        });
        if (group == spec.kvGroups.end()) {
            spec.kvGroups.push_back(KvLayerGroup{1, layer.kvHeads, headDim, layer.window, false});
        } else {
            group->layers += 1;
        }
    }
    if (uncachedAreLinear && uncached > 0) {
        spec.attention = AttentionKind::HybridLinear;
    } else {
        spec.attention = report.slidingLayers > 0 ? AttentionKind::Sliding : AttentionKind::Gqa;
    }
    return uncached;
}

} // namespace localrig::core::gguf
