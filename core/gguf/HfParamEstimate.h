// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace localrig::core::gguf {

// The shapes a Hugging Face config.json publishes, as far as parameter counting needs them.
struct HfShape
{
    double layers = 0;
    double hidden = 0;
    double heads = 0;
    double kvHeads = 0;
    double headDim = 0;
    double intermediate = 0; // dense MLP width
    double vocab = 0;
    bool tiedEmbeddings = false;
    // Mixture of Experts
    double experts = 0; // routed experts per MoE layer
    double expertsUsed = 0;
    double sharedExperts = 0; // DeepSeek-style shared experts of moeIntermediate width
    double moeIntermediate = 0; // width of one routed expert (0: intermediate)
    double sharedIntermediate = 0; // Qwen-MoE-style single shared expert of this width, with a gate
    double firstDenseLayers = 0; // DeepSeek first_k_dense_replace
    double sparseStep = 1; // Qwen-MoE decoder_sparse_step: every n-th layer is MoE
    // Multi-head latent attention (DeepSeek-V2/V3, Kimi K2)
    double qLoraRank = 0;
    double kvLoraRank = 0;
    double qkNopeDim = 0;
    double qkRopeDim = 0;
    double vHeadDim = 0;
};

struct ParamEstimate
{
    double total = 0; // every weight: embeddings, attention, MLP or experts, norms
    double active = 0; // total minus the routed experts a token does not use
    double idleExperts = 0; // total - active
};

// Counts weight matrices and norms of a SwiGLU decoder (gate, up, down) without biases: exact for
// Llama, Mistral, Mixtral, Qwen3(-MoE) and DeepSeek-V3 layouts, an estimate for others.
ParamEstimate estimateParameters(const HfShape& shape);

} // namespace localrig::core::gguf
