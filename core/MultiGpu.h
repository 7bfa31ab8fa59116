// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MemoryEstimate.h"
#include "ModelSpec.h"
#include "Platform.h"
#include "Result.h"
#include "SizingConstants.h"

#include <string>
#include <vector>

namespace localrig::core {

// Several discrete cards as one system, the way llama.cpp runs them by default (--split-mode layer): each
// card holds a run of whole layers, in proportion to its VRAM, with those layers' KV cache and its own
// runtime context and compute buffer. A token passes the cards one after another, so decode is sequential:
// t = sum over cards of bytes on the card / (eta x the card's bandwidth) (llama.cpp --split-mode layer, the default;
// llama-model.cpp load_tensors; XiongjieDai GPU-Benchmarks-on-LLM-Inference: 2x 3090 decode 70B Q4_K_M at 16.6 t/s, one
// 3090's rate).
Result<Platform> combineCards(const std::string& id, const std::string& name, const std::vector<Platform>& cards);

// One card's share of a model in layer split.
struct CardShare
{
    std::string name;
    int layers = 0;
    double weightsBytes = 0.0;
    double kvCacheBytes = 0.0; // its layers' KV cache and state
    double overheadBytes = 0.0; // its own runtime context and compute buffer
    double totalBytes = 0.0;
    double vramBytes = 0.0;
    double readSeconds = 0.0; // (weights + KV) / the card's spec bandwidth: one token's read, before efficiency
};

// Tensor parallelism (vLLM --tensor-parallel-size N, llama.cpp -sm tensor since PR 19378) splits every
// weight matrix over identical cards, so they read at the same time instead of in turn. How much faster than
// layer split, for N identical cards: 1 when the cards differ or N < 2. From one published pair: vLLM issue
// 6955, Llama 3.1 70B AWQ-INT4 on 3090 Ti, TP2 30 and TP4 46 t/s for one client, against llama.cpp layer
// split at 16.6 t/s on 2x 3090 (XiongjieDai) scaled by 1,008 / 936 GB/s = 17.9 t/s: 1.68x and 2.57x.
// Between and beyond the two, linear in N and capped at 4 cards' figure. Different runtimes and
// quantizations: a rough factor, shown as an option beside the layer-split estimate, never instead of it.
double tensorParallelSpeedup(const std::vector<GpuCard>& cards);

// Layers per card as llama.cpp assigns them: layer l goes to the first card whose cumulative VRAM share
// exceeds l / L (llama-model.cpp load_tensors, splits from --tensor-split or free memory).
std::vector<int> layersPerCard(const std::vector<GpuCard>& cards, int layers);

// Per-card bytes and read times of `memory` (one device's footprint) on a build's cards.
Result<std::vector<CardShare>> layerSplit(const MemoryBreakdown& memory, const ModelSpec& model, const Platform& build);

// The footprint on n cards: every card keeps its own runtime context and compute buffer.
MemoryBreakdown withPerCardOverhead(const MemoryBreakdown& memory, int cards);

// The build as the fit sees it: llama.cpp leaves its 1 GiB margin on every card, not once.
Platform withPerCardMargins(const Platform& build, const SizingConstants& constants = {});

} // namespace localrig::core
