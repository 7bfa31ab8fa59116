// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <optional>
#include <string>
#include <vector>

namespace localrig::core {

// How a model's attention caches keys and values; decides how the KV cache grows with context.
enum class AttentionKind {
    Gqa, // grouped-query (or multi-head) attention: every layer caches K and V per KV head
    Mla, // multi-head latent attention (DeepSeek-V3/R1, Kimi K2): one compressed latent per layer
    Sliding, // interleaved sliding-window layers that cache at most `window` tokens
    HybridLinear, // linear-attention layers with a fixed state, plus a few full-attention layers
};

inline constexpr int kDefaultLayers = 32; // when a model's layers are unknown (Llama-3-8B has 32)

// A run of layers that cache alike. A model is a list of these, so one formula covers every kind:
// bytes per token = layers x (K and V, or one latent) x kvHeads x headDim x bytes per element.
struct KvLayerGroup
{
    int layers = 0;
    int kvHeads = 0;
    int headDim = 0; // elements cached per head for K (and again for V)
    int window = 0; // 0: full attention, grows with context; >0: caches at most this many tokens
    bool singleTensor = false; // MLA latent or K==V layers: one tensor per layer, not K and V
};

// Mixture-of-Experts routing, when the model card publishes it; drives how batching touches experts.
struct ExpertRouting
{
    int routedExperts = 0; // experts per MoE layer
    int activeExperts = 0; // routed experts chosen per token
};

// What fine-tuning memory needs beyond the KV layout, as config.json states it (hidden_size,
// intermediate_size, vocab_size, tie_word_embeddings); core/training/TrainingRequest.h turns it into a shape.
struct ModelTrainingDims
{
    int hiddenSize = 0;
    int intermediateSize = 0; // MLP width
    int vocabSize = 0;
    bool tiedEmbeddings = false; // the output layer reuses the input embedding matrix
};

struct ModelSpec
{
    std::string id; // stable slug, e.g. "qwen3_6_35b_a3b"
    std::string name; // display name
    std::string family;
    double totalParams = 0.0; // every weight stored (sets memory)
    double activeParams = 0.0; // weights read per token (sets speed); equals totalParams for dense models
    AttentionKind attention = AttentionKind::Gqa;
    std::vector<KvLayerGroup> kvGroups;
    // Every block a token passes, attention or linear-attention alike (config.json num_hidden_layers);
    // 0 = not stated, then the KV groups are counted. Hybrid models have more blocks than KV layers.
    int blocks = 0;
    double fixedStateBytes = 0.0; // per session: linear-attention or recurrent state that does not grow
    int attentionHeads = 0; // query heads; sizes the compute buffer (0 = unknown)
    int nativeContext = 0; // tokens the model was trained for (0 = unknown)
    std::optional<ExpertRouting> routing;
    std::optional<ModelTrainingDims> trainingDims; // empty: the catalog has no sourced shape for training

    bool isMixtureOfExperts() const { return activeParams < totalParams; }
};

// One group of `layers` full-attention GQA layers: the usual dense transformer.
std::vector<KvLayerGroup> gqaLayers(int layers, int kvHeads, int headDim);
// MLA: each layer caches one latent of kvLoraRank + ropeDim elements per token (unsloth PR #4757).
std::vector<KvLayerGroup> mlaLayers(int layers, int kvLoraRank, int ropeDim);

// Blocks a token passes: `blocks` when stated, else the KV layers, else kDefaultLayers (Llama-3-8B's 32).
// Kernel launches, --n-cpu-moe and layer splits all count blocks, not only the layers that cache.
int layerCount(const ModelSpec& model);
// Of those, the linear-attention blocks of a hybrid (blocks - KV layers); 0 for every other model.
int linearBlockCount(const ModelSpec& model);

// Checks a spec before any formula uses it: positive parameter counts, active <= total, sane layers.
Result<ModelSpec> validated(ModelSpec spec);

} // namespace localrig::core
