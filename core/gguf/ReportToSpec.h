// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelFileReport.h"

#include <string>
#include <vector>

namespace localrig::core::gguf {

// The last step of both model-file readers (GGUF header, Hugging Face config): the report's figures
// become the core::ModelSpec that sizing uses.

// One layer's attention as the file states it.
struct LayerAttention
{
    int kvHeads = 0; // 0: the layer caches nothing (linear attention, SSM, convolution)
    int window = 0; // 0: attends to the full context
};

// Name, id, family, parameters, heads, context and expert routing from the report.
void fillSpecIdentity(ModelFileReport& report, std::string id, std::string family);

// The KV layout: MLA when the report has a latent rank; otherwise layers grouped by (KV heads, window),
// each with `headDim`, and the attention kind (hybrid-linear when some layers cache nothing and
// `uncachedAreLinear`, sliding when report.slidingLayers > 0, else GQA). Returns how many layers cache
// nothing, for the caller's note.
int fillKvLayout(ModelFileReport& report, const std::vector<LayerAttention>& layers, int headDim,
                 bool uncachedAreLinear);

} // namespace localrig::core::gguf
