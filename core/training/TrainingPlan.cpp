// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingPlan.h"

#include "core/Validation.h"

#include <string>

namespace localrig::core {

namespace {

constexpr double kMaxDatasetTokens = 1e15; // as estimateTrainingSpeed accepts
constexpr double kFlopsPerTflops = 1e12;

} // namespace

bool isTrainingWorkload(std::string_view slug)
{
    return slug == kFineTuningWorkload;
}

std::string_view toString(TrainingMethod method)
{
    switch (method) {
    case TrainingMethod::Full:
        return "full";
    case TrainingMethod::Lora:
        return "lora";
    case TrainingMethod::Qlora:
        return "qlora";
    }
    return "lora";
}

std::string_view toString(OptimizerKind optimizer)
{
    switch (optimizer) {
    case OptimizerKind::AdamW:
        return "adamw";
    case OptimizerKind::AdamW8bit:
        return "adamw_8bit";
    case OptimizerKind::Sgd:
        return "sgd";
    }
    return "adamw";
}

Result<TrainingMethod> parseTrainingMethod(std::string_view text)
{
    for (const TrainingMethod method : {TrainingMethod::Full, TrainingMethod::Lora, TrainingMethod::Qlora}) {
        if (text == toString(method)) {
            return method;
        }
    }
    return makeError(ErrorCode::InvalidInput,
                     "training method '" + std::string(text) + "' is not one of: full, lora, qlora");
}

Result<OptimizerKind> parseOptimizer(std::string_view text)
{
    for (const OptimizerKind kind : {OptimizerKind::AdamW, OptimizerKind::AdamW8bit, OptimizerKind::Sgd}) {
        if (text == toString(kind)) {
            return kind;
        }
    }
    return makeError(ErrorCode::InvalidInput,
                     "optimizer '" + std::string(text) + "' is not one of: adamw, adamw_8bit, sgd");
}

Result<TrainingRequest> trainingRequestFor(const ModelSpec& model, const TrainingSettings& settings)
{
    if (!model.trainingDims) {
        return makeError(ErrorCode::NotFound,
                         "model " + model.id
                             + " has no sourced hidden size, MLP width and vocabulary in the "
                               "catalog, so its fine-tuning memory is not estimated");
    }
    if (model.isMixtureOfExperts()) {
        return makeError(ErrorCode::InvalidInput,
                         "model " + model.id
                             + " is a mixture of experts; fine-tuning memory is sized for dense models");
    }
    BOOST_OUTCOME_TRYV(requirePositive(settings.datasetTokens, "dataset tokens", kMaxDatasetTokens));
    const ModelTrainingDims& dims = *model.trainingDims;
    BOOST_OUTCOME_TRY(
        shape, trainingShapeFrom(model, dims.hiddenSize, dims.intermediateSize, dims.vocabSize, dims.tiedEmbeddings));
    TrainingRequest request;
    request.totalParams = model.totalParams;
    request.shape = shape;
    request.method = settings.method;
    request.loraRank = settings.loraRank;
    request.microBatch = settings.microBatch;
    request.sequenceLength = settings.sequenceLength;
    request.gradientCheckpointing = settings.gradientCheckpointing;
    request.optimizer = settings.optimizer;
    return validated(request);
}

MemoryBreakdown asFootprint(const TrainingMemory& memory)
{
    MemoryBreakdown footprint;
    footprint.weightsBytes = memory.weightsBytes;
    footprint.overheadBytes = memory.totalBytes - memory.weightsBytes;
    footprint.totalBytes = memory.totalBytes;
    return footprint;
}

Result<std::optional<TrainingSpeed>> trainingSpeedOn(const Platform& platform, const ModelSpec& model,
                                                     const TrainingSettings& settings)
{
    if (!platform.fp16Tflops || *platform.fp16Tflops <= 0.0) {
        return std::optional<TrainingSpeed>{};
    }
    // Parameters touched per token: all of a dense model's (TrainingSpeed.h).
    const TrainingSpeedRequest request{model.activeParams, settings.method, *platform.fp16Tflops * kFlopsPerTflops,
                                       settings.datasetTokens, 1.0};
    BOOST_OUTCOME_TRY(speed, estimateTrainingSpeed(request));
    return std::optional<TrainingSpeed>{speed};
}

} // namespace localrig::core
