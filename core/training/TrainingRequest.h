// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ModelSpec.h"

#include <optional>

// What a fine-tuning run is: the model's shape, the method and the settings that decide its memory.
// Everything is an input; nothing is guessed from the parameter count.
namespace localrig::core {

enum class TrainingMethod {
    Full, // every weight trains
    Lora, // frozen 16-bit (or 32-bit) base + low-rank adapters (Hu et al. 2021)
    Qlora, // frozen 4-bit NF4 base + low-rank adapters (Dettmers et al. 2023)
};

enum class WeightPrecision {
    Fp32, // 4 bytes: PyTorch's default dtype when a model is loaded without torch_dtype
    Bf16, // 2 bytes
    Nf4, // 4-bit NormalFloat + double-quantized constants (QLoRA only)
};

enum class OptimizerKind {
    AdamW, // two fp32 moments
    AdamW8bit, // bitsandbytes block-wise 8-bit moments
    Sgd, // momentum only
};

// Linear layers of a decoder block that LoRA can adapt, as a bit set (PEFT `target_modules`).
enum LoraTarget : unsigned {
    LoraQ = 1U << 0U,
    LoraK = 1U << 1U,
    LoraV = 1U << 2U,
    LoraO = 1U << 3U,
    LoraGate = 1U << 4U,
    LoraUp = 1U << 5U,
    LoraDown = 1U << 6U,
};
inline constexpr unsigned kLoraAllLinear = LoraQ | LoraK | LoraV | LoraO | LoraGate | LoraUp | LoraDown;
inline constexpr unsigned kLoraQv = LoraQ | LoraV; // PEFT's default for LLaMA-style and T5 models

// The architecture figures training needs and ModelSpec does not hold (config.json: num_hidden_layers,
// hidden_size, intermediate_size, num_attention_heads, num_key_value_heads, head_dim, vocab_size,
// tie_word_embeddings). Dense decoders; a MoE model's experts are not adapted here.
struct TrainingShape
{
    int layers = 0;
    int hiddenSize = 0;
    int intermediateSize = 0; // MLP width (gate/up output, down input)
    int attentionHeads = 0;
    int kvHeads = 0;
    int headDim = 0;
    int vocabSize = 0;
    bool tiedEmbeddings = false; // true: the output layer reuses the input embedding matrix
};

// CUDA context and kernels: 1343 MiB measured by HF Transformers "Model memory anatomy" (torch.ones on GPU).
inline constexpr double kTrainingFrameworkOverheadBytes = 1343.0 * 1024.0 * 1024.0;

struct TrainingRequest
{
    double totalParams = 0.0; // every weight stored, embeddings included
    TrainingShape shape;
    TrainingMethod method = TrainingMethod::Qlora;
    // Base weights; unset = by method: Full and LoRA bf16, QLoRA NF4. NF4 is QLoRA's and only QLoRA's.
    std::optional<WeightPrecision> basePrecision;
    // Full fine-tuning from 16-bit weights keeps an fp32 master copy (mixed precision, ZeRO section 3.1).
    bool fp32MasterWeights = true;
    int loraRank = 16;
    unsigned loraTargets = kLoraAllLinear;
    // Adapter weights: PEFT keeps them in fp32 (autocast_adapter_dtype); QLoRA's qlora.py casts them to bf16.
    WeightPrecision adapterPrecision = WeightPrecision::Fp32;
    OptimizerKind optimizer = OptimizerKind::AdamW;
    bool pagedOptimizer = false; // bitsandbytes paged optimizer: its state may move to host RAM on a spike
    int microBatch = 1; // sequences per forward/backward (gradient accumulation does not add memory)
    int sequenceLength = 2048;
    bool gradientCheckpointing = true;
    bool flashAttention = true; // FlashAttention/SDPA: the s x s attention matrices are never stored
    double frameworkOverheadBytes = kTrainingFrameworkOverheadBytes; // per device
};

// Fills layers, heads, KV heads and head dim from a catalog model (its first KV layer group) and takes
// the rest from the caller: what config.json says that ModelSpec does not.
Result<TrainingShape> trainingShapeFrom(const ModelSpec& model, int hiddenSize, int intermediateSize, int vocabSize,
                                        bool tiedEmbeddings);

} // namespace localrig::core
