// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationModel.h"

#include <algorithm>
#include <cmath>

namespace localrig::core {

std::optional<double> bytesPerWeight(const std::string& precision)
{
    // IEEE 754 binary16 / bfloat16 = 2 bytes, binary32 = 4, OCP FP8 (e4m3 / e5m2) = 1.
    if (precision == "bf16" || precision == "fp16") {
        return 2.0;
    }
    if (precision == "fp8") {
        return 1.0;
    }
    if (precision == "fp32") {
        return 4.0;
    }
    return std::nullopt;
}

Result<double> componentBytes(const GenerationComponent& component)
{
    if (!std::isfinite(component.fileBytes) || component.fileBytes < 0.0 || !std::isfinite(component.paramsB)
        || component.paramsB < 0.0) {
        return makeError(ErrorCode::OutOfRange, "component '" + component.name + "' has a negative or invalid size");
    }
    if (component.fileBytes > 0.0) {
        return component.fileBytes; // a published file size wins (DESIGN.md: a measured size beats an estimate)
    }
    const auto width = bytesPerWeight(component.precision);
    if (!width || component.paramsB <= 0.0) {
        return makeError(ErrorCode::InvalidInput,
                         "component '" + component.name
                             + "' has neither a file size nor parameters at a known precision");
    }
    return component.paramsB * 1e9 * *width; // params x bytes per weight
}

Result<GenerationFootprint> generationFootprint(const GenerationModel& model)
{
    if (model.components.empty()) {
        return makeError(ErrorCode::InvalidInput, "generation model '" + model.id + "' lists no components");
    }
    if (!std::isfinite(model.overheadBytes) || model.overheadBytes < 0.0) {
        return makeError(ErrorCode::OutOfRange, "generation model '" + model.id + "' has a negative overhead");
    }
    GenerationFootprint footprint;
    for (const GenerationComponent& component : model.components) {
        BOOST_OUTCOME_TRY(bytes, componentBytes(component));
        footprint.componentBytes += bytes;
    }
    footprint.overheadBytes = model.overheadBytes;
    footprint.totalBytes = footprint.componentBytes + footprint.overheadBytes;
    return footprint;
}

std::optional<GenerationSpeed> measuredSpeed(const GenerationModel& model, const std::string& platformId)
{
    const auto it = std::find_if(model.speeds.begin(), model.speeds.end(),
                                 [&](const GenerationSpeed& s) { return s.platformId == platformId; });
    return it == model.speeds.end() ? std::nullopt : std::optional<GenerationSpeed>(*it);
}

std::string modelKindName(ModelKind kind)
{
    switch (kind) {
    case ModelKind::Text:
        return "text";
    case ModelKind::ImageGeneration:
        return "image";
    case ModelKind::VideoGeneration:
        return "video";
    }
    return "text";
}

Result<ModelKind> parseModelKind(std::string_view text)
{
    if (text == "text") {
        return ModelKind::Text;
    }
    if (text == "image") {
        return ModelKind::ImageGeneration;
    }
    if (text == "video") {
        return ModelKind::VideoGeneration;
    }
    return makeError(ErrorCode::InvalidInput,
                     "model kind '" + std::string(text) + "' is not one of: text, image, video");
}

std::string companionKindName(CompanionKind kind)
{
    switch (kind) {
    case CompanionKind::VisionProjector:
        return "vision_projector";
    case CompanionKind::ImageGeneration:
        return "image_generation";
    case CompanionKind::VideoGeneration:
        return "video_generation";
    }
    return "vision_projector";
}

const VisionProjector* findProjector(const std::vector<VisionProjector>& projectors, const std::string& modelId)
{
    const auto it = std::find_if(projectors.begin(), projectors.end(),
                                 [&](const VisionProjector& p) { return p.modelId == modelId; });
    return it == projectors.end() ? nullptr : &*it;
}

const GenerationModel* findGenerationModel(const std::vector<GenerationModel>& models, const std::string& id)
{
    const auto it = std::find_if(models.begin(), models.end(), [&](const GenerationModel& m) { return m.id == id; });
    return it == models.end() ? nullptr : &*it;
}

} // namespace localrig::core
