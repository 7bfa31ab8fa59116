// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <optional>
#include <string>
#include <vector>

namespace localrig::core {

// What a catalog model produces (issue 18): text from an LLM, or images or video from a diffusion pipeline.
enum class ModelKind {
    Text,
    ImageGeneration,
    VideoGeneration,
};

// One file of a diffusion pipeline: the transformer or UNet, a text encoder, the VAE.
struct GenerationComponent
{
    std::string role; // "transformer", "unet", "text_encoder", "vae"
    std::string name; // e.g. "T5-XXL"
    double paramsB = 0.0; // billions; 0 = not published
    std::string precision; // "bf16", "fp16", "fp8", "fp32"
    double fileBytes = 0.0; // the published file size; 0 = size it from params x precision
};

// A published time on one machine: seconds per image, or seconds per second of video.
struct GenerationSpeed
{
    std::string platformId;
    double seconds = 0.0;
    bool perVideoSecond = false; // false: seconds per image
    std::string setting; // resolution, steps or frames the measurement used
};

// An image or video generation model: a pipeline of components that are all loaded to generate.
struct GenerationModel
{
    std::string id; // e.g. "flux1_dev"
    std::string name;
    ModelKind kind = ModelKind::ImageGeneration;
    std::vector<GenerationComponent> components;
    double overheadBytes = 0.0; // activations and latents, only where a source states them (else 0)
    std::vector<GenerationSpeed> speeds;
};

struct GenerationFootprint
{
    double componentBytes = 0.0; // sum of the components at their precision
    double overheadBytes = 0.0;
    double totalBytes = 0.0;
};

// Bytes per weight of a stored precision: bf16/fp16 2, fp8 1, fp32 4 (IEEE / OCP FP8 widths); empty when unknown.
std::optional<double> bytesPerWeight(const std::string& precision);

// The component's published file size, else params x bytes per weight; an error when neither is known.
Result<double> componentBytes(const GenerationComponent& component);

// Everything resident while it generates: the sum of the components + the sourced activation overhead.
Result<GenerationFootprint> generationFootprint(const GenerationModel& model);

// The published measurement on `platformId`, when there is one; otherwise the speed is "not estimated".
std::optional<GenerationSpeed> measuredSpeed(const GenerationModel& model, const std::string& platformId);

// "text", "image", "video" (CLI and JSON); parse accepts the same words.
std::string modelKindName(ModelKind kind);
Result<ModelKind> parseModelKind(std::string_view text);

// A vision projector (mmproj GGUF) that llama.cpp loads beside a multimodal LLM to read images.
struct VisionProjector
{
    std::string modelId;
    std::string fileName;
    std::string precision;
    double fileBytes = 0.0;
};

// What a workload loads beside its LLM (issue 18): the LLM's vision projector, or a generation model that runs at
// the same time. Its bytes add to the need's footprint; they never change the LLM's own speed estimate.
enum class CompanionKind {
    VisionProjector,
    ImageGeneration,
    VideoGeneration,
};

struct Companion
{
    std::string id; // projector: the LLM's model id; generation: the generation model's id
    std::string name;
    CompanionKind kind = CompanionKind::VisionProjector;
    double bytes = 0.0;
};

// "vision_projector", "image_generation", "video_generation" (JSON).
std::string companionKindName(CompanionKind kind);

const VisionProjector* findProjector(const std::vector<VisionProjector>& projectors, const std::string& modelId);
const GenerationModel* findGenerationModel(const std::vector<GenerationModel>& models, const std::string& id);

} // namespace localrig::core
