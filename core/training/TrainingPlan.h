// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrainingMemory.h"
#include "TrainingSpeed.h"
#include "core/MemoryEstimate.h"
#include "core/Platform.h"

#include <optional>
#include <string_view>

// The fine-tuning workload: the user's training choices, the request they make of a catalog model, and
// the training speed on one machine. The recommender sizes a machine for this workload by the training total
// (TrainingMemory) instead of inference memory (issue 18).
namespace localrig::core {

// The use case (db/catalog/use_cases.csv) that is sized as training.
inline constexpr std::string_view kFineTuningWorkload = "fine-tuning";

// Ten million tokens, e.g. 5,000 examples of 2,000 tokens: a LocalRig assumption (2026-12) for "an epoch".
inline constexpr double kDefaultDatasetTokens = 10e6;

struct TrainingSettings
{
    TrainingMethod method = TrainingMethod::Lora; // the workload runs its model at BF16: LoRA on a 16-bit base
    int loraRank = 16; // Unsloth's notebooks' r=16 (TrainingRequest's default)
    int microBatch = 1;
    int sequenceLength = 0; // 0: the workload's context
    bool gradientCheckpointing = true;
    OptimizerKind optimizer = OptimizerKind::AdamW;
    double datasetTokens = kDefaultDatasetTokens; // one epoch
};

bool isTrainingWorkload(std::string_view slug);

// "full", "lora", "qlora" and "adamw", "adamw_8bit", "sgd" (the names PEFT and Transformers use).
std::string_view toString(TrainingMethod method);
std::string_view toString(OptimizerKind optimizer);
Result<TrainingMethod> parseTrainingMethod(std::string_view text);
Result<OptimizerKind> parseOptimizer(std::string_view text);

// The request for this model: its catalog shape (ModelSpec::trainingDims) and the settings. A model without
// a sourced shape, a MoE model (experts are not adapted here) or bad settings give an error naming why.
Result<TrainingRequest> trainingRequestFor(const ModelSpec& model, const TrainingSettings& settings);

// Training memory as the fit rules read a footprint: the base weights as weights (the part that could spill),
// every other term (adapters, gradients, master weights, optimizer, activations, overhead) as overhead.
MemoryBreakdown asFootprint(const TrainingMemory& memory);

// Tokens/s and the epoch's time on this machine; empty when the machine publishes no 16-bit FLOPS.
Result<std::optional<TrainingSpeed>> trainingSpeedOn(const Platform& platform, const ModelSpec& model,
                                                     const TrainingSettings& settings);

} // namespace localrig::core
