// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrainingRequest.h"
#include "core/Result.h"

// Memory of one fine-tuning run on one device, term by term, in bytes (decimal and binary conversions are
// the caller's; core/Units.h). Each constant and formula names its source in TrainingMemory.cpp.
//
// Usage (the fine-tuning workload):
//   TrainingRequest request;
//   request.totalParams = 8.03e9;
//   request.shape = {32, 4096, 14336, 32, 8, 128, 128256, false}; // or trainingShapeFrom(model, ...)
//   request.method = TrainingMethod::Qlora;
//   BOOST_OUTCOME_TRY(memory, estimateTrainingMemory(request));
//   // memory.totalBytes against VRAM (or the unified pool); memory.deviceBytesWhenPaged with paged optimizers.
// Limits: one device (no ZeRO/FSDP sharding, no CPU offload of activations as Unsloth does); dense MLPs;
// the activation formula is Korthikanti et al.'s for a GPT block, used as is for SwiGLU and GQA blocks.
namespace localrig::core {

struct TrainingMemory
{
    double weightsBytes = 0.0; // the base (or, for full fine-tuning, the trained) weights at their precision
    double adapterBytes = 0.0; // LoRA A and B matrices (0 for full fine-tuning)
    double gradientBytes = 0.0; // one gradient per trainable parameter
    double masterWeightsBytes = 0.0; // fp32 copy kept by mixed-precision full fine-tuning
    double optimizerBytes = 0.0; // optimizer state of the trainable parameters
    double activationBytes = 0.0; // saved for backward, including the loss's logits
    double overheadBytes = 0.0; // CUDA context, kernels, allocator
    double totalBytes = 0.0;
    double trainableParams = 0.0;
    double deviceBytesWhenPaged = 0.0; // totalBytes less the optimizer state a paged optimizer may evict
};

// The terms, public so that each can be checked by hand. Parameter counts are plain numbers.
double embeddingParams(const TrainingShape& shape); // vocab x hidden, twice unless tied
double loraAdapterParams(const TrainingShape& shape, int rank, unsigned targets); // rank x (in + out) per module
double bytesPerWeight(WeightPrecision precision); // fp32 4, bf16 2, NF4 (4 + 0.127) / 8
double optimizerBytesPerParam(OptimizerKind optimizer); // AdamW 8, 8-bit AdamW 2, SGD 4
double activationBytesPerLayer(const TrainingShape& shape, int microBatch, int sequenceLength, bool flashAttention);
double logitBytes(const TrainingShape& shape, int microBatch, int sequenceLength);

// The precision the base weights actually have: the request's, or the method's default.
WeightPrecision effectiveBasePrecision(const TrainingRequest& request);

// Checks every field; OutOfRange/InvalidInput name the field. Never throws.
Result<TrainingRequest> validated(const TrainingRequest& request);

Result<TrainingMemory> estimateTrainingMemory(const TrainingRequest& request);

} // namespace localrig::core
