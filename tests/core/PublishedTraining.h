// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fine-tuning memory as published (papers, READMEs and docs, each with its settings), as training requests to
// check core/training against, and the config.json shapes of the models they name.

#include "core/Units.h"
#include "core/training/TrainingMemory.h"

#include <vector>

namespace localrig::core::published {

// config.json shapes: layers, hidden, intermediate, heads, KV heads, head dim, vocabulary, tied.
inline const TrainingShape kLlama3_8B{32, 4096, 14336, 32, 8, 128, 128256, false};
inline const TrainingShape kLlama3_70B{80, 8192, 28672, 64, 8, 128, 128256, false};
inline const TrainingShape kLlama65B{80, 8192, 22016, 64, 64, 128, 32000, false};
inline const TrainingShape kQwen7B{32, 4096, 11008, 32, 32, 128, 151936, false};
inline const TrainingShape kQwen14B{40, 5120, 13696, 40, 40, 128, 152064, false};
inline const TrainingShape kQwen72B{80, 8192, 24576, 64, 64, 128, 152064, false};
inline const TrainingShape kYi34B{60, 7168, 20480, 56, 8, 128, 64000, false};
inline const TrainingShape kGpt2Xl{48, 1600, 6400, 25, 25, 64, 50257, true};
// T5 encoder-decoder counted as 24 + 24 layers of d_model, d_ff, 64-wide heads (T0_3B, mt0-xxl configs).
inline const TrainingShape kT0_3B{48, 2048, 5120, 32, 32, 64, 32128, false};
inline const TrainingShape kMt0Xxl{48, 4096, 10240, 64, 64, 64, 250112, false};
inline const TrainingShape kBloomz7B{30, 4096, 16384, 32, 32, 128, 250880, true};

inline TrainingRequest request(double params, const TrainingShape& shape, TrainingMethod method)
{
    TrainingRequest r;
    r.totalParams = params;
    r.shape = shape;
    r.method = method;
    return r;
}

// Qwen README "Profiling of Memory and Speed": one A100-80G, batch 1, flash attention 2, gradient
// checkpointing (finetune_lora_single_gpu.sh), LoRA r=64 on c_attn, c_proj, w1, w2 (all linear), AdamW.
inline TrainingRequest qwen(double params, const TrainingShape& shape, TrainingMethod method, int tokens)
{
    TrainingRequest r = request(params, shape, method);
    r.loraRank = 64;
    r.sequenceLength = tokens;
    return r;
}

// PEFT README, ought/raft twitter_complaints: fp32 model (from_pretrained default), batch 8 x 64 tokens
// as in PEFT's example scripts for that dataset, LoRA r=8, no checkpointing, eager attention.
inline TrainingRequest peft(double params, const TrainingShape& shape, TrainingMethod method, unsigned targets)
{
    TrainingRequest r = request(params, shape, method);
    r.basePrecision = WeightPrecision::Fp32;
    r.loraRank = 8;
    r.loraTargets = targets;
    r.microBatch = 8;
    r.sequenceLength = 64;
    r.gradientCheckpointing = false;
    r.flashAttention = false;
    return r;
}

// Unsloth's notebooks: r=16 on all linear layers, adamw_8bit, batch 2 x 2048 tokens, checkpointing.
inline TrainingRequest unsloth(double params, const TrainingShape& shape, TrainingMethod method)
{
    TrainingRequest r = request(params, shape, method);
    r.optimizer = OptimizerKind::AdamW8bit;
    r.microBatch = 2;
    return r;
}

// Tolerances: 15 % where the settings are published and weights dominate; 20 % where activations and logits
// weigh more (8192 tokens) or where batch and length are PEFT's example defaults, not stated with the figure.
// Qwen's "G", PEFT's "GB" and Unsloth's "GB" are read as GiB, as PyTorch and nvidia-smi report them.
// How a figure is checked. Measured: |error| <= tolerance. Fits: a claim that the run fits in that memory, so
// our estimate must not exceed it. Minimum: Unsloth's floors come from unpublished settings (offloaded
// checkpoints, chunked loss), so only the frozen base weights, which no setting shrinks, must fit under them.
enum class Check { Measured, Fits, Minimum };

struct Published
{
    const char* what;
    const char* source;
    double figureGiB; // GPU memory is binary: a "48 GB" card holds 48 GiB (core/Units.h)
    TrainingRequest request;
    Check check;
    double tolerance = 0.0; // for Measured rows
    bool modelStatesOnly = false; // the figure counts weights + gradients + optimizer only
};

inline std::vector<Published> publishedFigures()
{
    TrainingRequest llama65 = request(65.2e9, kLlama65B, TrainingMethod::Qlora);
    llama65.loraRank = 64; // qlora.py: r=64 on all linear layers, bf16 adapters, paged AdamW 32-bit,
    llama65.adapterPrecision = WeightPrecision::Bf16; // batch 1 x 512 tokens (paper, Figure 6)
    llama65.pagedOptimizer = true;
    llama65.sequenceLength = 512;
    TrainingRequest gpt2 = request(1.5e9, kGpt2Xl, TrainingMethod::Full); // fp16 + fp32 master + Adam
    TrainingRequest yi = request(34.39e9, kYi34B, TrainingMethod::Qlora); // axolotl yi-34B-chat/qlora.yml:
    yi.loraRank = 32; // r=32 all linear, paged_adamw_8bit, micro-batch 1 x 1024, checkpointing, flash
    yi.optimizer = OptimizerKind::AdamW8bit;
    yi.pagedOptimizer = true;
    yi.sequenceLength = 1024;
    const char* qwenReadme = "https://github.com/QwenLM/Qwen/blob/main/README.md (Profiling of Memory and Speed)";
    const char* peftReadme = "https://github.com/huggingface/peft/blob/main/README.md (consumer hardware table)";
    const char* unslothDocs = "https://unsloth.ai/docs/get-started/fine-tuning-for-beginners/unsloth-requirements";
    return {
        {"LLaMA-65B QLoRA fits one 48 GB GPU", "https://arxiv.org/abs/2305.14314 (abstract)", 48.0, llama65,
         Check::Fits},
        {"GPT-2 1.5B mixed-precision Adam states >= 24 GB",
         "https://arxiv.org/abs/1910.02054 (section 3.1: 16 x 1.5e9 B)", gbToBytes(24.0) / kBytesPerGiB, gpt2,
         Check::Measured, 0.001, true},
        {"T0_3B full fine-tuning 47.14 GB", peftReadme, 47.14, peft(2.85e9, kT0_3B, TrainingMethod::Full, kLoraQv),
         Check::Measured, 0.15},
        {"T0_3B LoRA 14.4 GB", peftReadme, 14.4, peft(2.85e9, kT0_3B, TrainingMethod::Lora, kLoraQv), Check::Measured,
         0.20},
        {"bloomz-7b1 LoRA 32 GB", peftReadme, 32.0,
         peft(7.07e9, kBloomz7B, TrainingMethod::Lora, LoraQ | LoraK | LoraV), Check::Measured, 0.20},
        {"mt0-xxl LoRA 56 GB", peftReadme, 56.0, peft(12.9e9, kMt0Xxl, TrainingMethod::Lora, kLoraQv), Check::Measured,
         0.20},
        {"Qwen-7B LoRA 2048 tokens 23.8 GB", qwenReadme, 23.8, qwen(7.72e9, kQwen7B, TrainingMethod::Lora, 2048),
         Check::Measured, 0.15},
        {"Qwen-7B LoRA 8192 tokens 36.6 GB", qwenReadme, 36.6, qwen(7.72e9, kQwen7B, TrainingMethod::Lora, 8192),
         Check::Measured, 0.20},
        {"Qwen-7B Q-LoRA 2048 tokens 13.9 GB", qwenReadme, 13.9, qwen(7.72e9, kQwen7B, TrainingMethod::Qlora, 2048),
         Check::Measured, 0.15},
        {"Qwen-14B Q-LoRA 2048 tokens 19.9 GB", qwenReadme, 19.9, qwen(14.17e9, kQwen14B, TrainingMethod::Qlora, 2048),
         Check::Measured, 0.15},
        {"Qwen-72B Q-LoRA 2048 tokens 64.1 GB", qwenReadme, 64.1, qwen(72.3e9, kQwen72B, TrainingMethod::Qlora, 2048),
         Check::Measured, 0.15},
        {"Yi-34B QLoRA on an RTX 4090: 97 % of 24 GB",
         "https://github.com/axolotl-ai-cloud/axolotl/blob/main/examples/yi-34B-chat/README.md", 0.97 * 24.0, yi,
         Check::Measured, 0.15},
        {"8B QLoRA minimum 6 GB", unslothDocs, 6.0, unsloth(8.03e9, kLlama3_8B, TrainingMethod::Qlora), Check::Minimum},
        {"70B QLoRA minimum 41 GB", unslothDocs, 41.0, unsloth(70.55e9, kLlama3_70B, TrainingMethod::Qlora),
         Check::Minimum},
        {"8B LoRA minimum 22 GB", unslothDocs, 22.0, unsloth(8.03e9, kLlama3_8B, TrainingMethod::Lora), Check::Minimum},
        {"70B LoRA minimum 164 GB", unslothDocs, 164.0, unsloth(70.55e9, kLlama3_70B, TrainingMethod::Lora),
         Check::Minimum},
    };
}

} // namespace localrig::core::published
