// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ModelSpec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace localrig::core::gguf {

// Bytes and tensors of one ggml type (or one safetensors dtype) in a model file.
struct QuantShare
{
    std::string type; // "Q4_K", "F32", "BF16"
    std::uint64_t tensors = 0;
    std::uint64_t elements = 0;
    std::uint64_t bytes = 0;
};

// What a model file says about the model, for `localrig inspect` and "Add model from file".
// Integers are 0 when the file does not say.
struct ModelFileReport
{
    std::string format; // "GGUF v3", "Hugging Face config.json"
    std::string architecture; // general.architecture or model_type
    std::string name;
    std::uint64_t parameters = 0; // every weight stored
    std::uint64_t activeParameters = 0; // read per token (MoE: shared + chosen experts)
    bool parametersEstimated = false; // true when computed from config shapes, not counted
    int layers = 0;
    int attentionHeads = 0;
    int kvHeadsMin = 0; // equal to kvHeadsMax unless KV heads vary per layer
    int kvHeadsMax = 0;
    int keyLength = 0; // head dimension of K
    int valueLength = 0; // head dimension of V
    int slidingWindow = 0;
    int slidingLayers = 0; // layers that use the window
    int kvLoraRank = 0; // MLA latent rank
    int ropeDim = 0; // MLA decoupled RoPE dimension
    int experts = 0;
    int expertsUsed = 0;
    int contextLength = 0;
    int embeddingLength = 0;
    std::string fileType; // general.file_type name or torch_dtype
    std::optional<std::uint64_t> weightsBytes; // exact bytes of all tensors, when known
    std::vector<QuantShare> quantMix; // largest share first
    std::uint64_t tensorCount = 0;
    std::vector<std::string> notes; // assumptions made, e.g. where a sliding pattern came from
    ModelSpec spec;
};

} // namespace localrig::core::gguf
