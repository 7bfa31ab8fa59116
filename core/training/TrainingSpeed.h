// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrainingRequest.h"
#include "core/Result.h"

// How fast a fine-tuning run goes on one device and how long a dataset takes, as a band:
//   tokens/s = MFU x peak FLOP/s / model FLOPs per token,
//   model FLOPs per token = 6N for full fine-tuning, 4N for LoRA and QLoRA (frozen base: no weight gradients).
// MFU (model FLOPs utilisation) counts model FLOPs only, so recomputation for gradient checkpointing and
// QLoRA's dequantization show up as a lower MFU, not as extra FLOPs (Chowdhery et al. 2022, PaLM, 4.1).
//
// Usage:
//   TrainingSpeedRequest speed{.params = 8.03e9, .method = TrainingMethod::Lora, .peakFlops = 165e12,
//                              .datasetTokens = 20e6, .epochs = 3};
//   BOOST_OUTCOME_TRY(band, estimateTrainingSpeed(speed)); // band.seconds.typical for "an epoch takes ..."
namespace localrig::core {

struct Band
{
    double low = 0.0;
    double typical = 0.0;
    double high = 0.0;
};

// PaLM's Table 3 MFU for large dense training runs: GPT-3 21.3 %, Megatron-Turing NLG 30.2 %,
// Gopher 32.5 %, PaLM 46.2 % (Chowdhery et al. 2022): low and high are its ends, typical about its median
// (31 %). Single-GPU LoRA runs land inside it (Qwen's published s/it on A100s imply 23-35 %;
// tests/core/tst_training_memory.cpp).
inline constexpr Band kMfuBand{0.213, 0.31, 0.462};

struct TrainingSpeedRequest
{
    double params = 0.0; // parameters touched per token: total for dense models, active for MoE
    TrainingMethod method = TrainingMethod::Lora;
    double peakFlops = 0.0; // dense 16-bit FLOP/s of the device (catalog fp16 TFLOPS x 1e12)
    double datasetTokens = 0.0; // tokens in one pass over the data
    double epochs = 1.0;
    Band mfu = kMfuBand;
};

struct TrainingSpeed
{
    double flopsPerToken = 0.0;
    Band tokensPerSecond; // low MFU -> low
    Band seconds; // for datasetTokens x epochs; low = at the high MFU (the fastest case)
};

// Forward 2N + backward 4N (2N towards activations, 2N towards weights): Kaplan et al. 2020, section 2.1.
double trainingFlopsPerToken(double params, TrainingMethod method);

Result<TrainingSpeed> estimateTrainingSpeed(const TrainingSpeedRequest& request);

} // namespace localrig::core
