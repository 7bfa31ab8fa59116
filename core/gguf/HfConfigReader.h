// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HfParamEstimate.h"
#include "ModelFileReport.h"
#include "SafetensorsIndex.h"
#include "core/Result.h"

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string_view>
#include <vector>

namespace localrig::core::gguf {

// Reads a Hugging Face config.json (plus, when given, model.safetensors.index.json for the exact
// weight bytes) into a model: layers, heads, KV heads, head dim, sliding-window layers (layer_types,
// sliding_window_pattern), experts and MLA ranks, with the common aliases and `text_config` nesting of
// multimodal configs. Parameters come from the index when it states them, else from the shapes.
class HfConfigReader
{
public:
    static constexpr std::uintmax_t kMaxConfigBytes = 16U << 20U;
    static constexpr std::uintmax_t kMaxIndexBytes = 64U << 20U;

    static Result<ModelFileReport> read(std::string_view configJson, std::string_view indexJson = {});
    // Reads `model.safetensors.index.json` beside the config when it exists.
    static Result<ModelFileReport> readFile(const std::filesystem::path& configPath);

private:
    explicit HfConfigReader(const nlohmann::json& root);

    Result<ModelFileReport> run(const SafetensorsIndex* index);
    Result<void> readShape();
    Result<void> readExperts();
    Result<void> readLayerKinds();
    void applyIndex(const SafetensorsIndex& index);
    void buildSpec();

    // The first of `names` present (and not null) in text_config, else in the root object.
    const nlohmann::json* find(std::initializer_list<std::string_view> names) const;
    Result<std::optional<std::int64_t>> integer(std::initializer_list<std::string_view> names, std::int64_t minValue,
                                                std::int64_t maxValue) const;

    const nlohmann::json& m_root;
    const nlohmann::json* m_text = nullptr; // text_config, when nested
    ModelFileReport m_report;
    HfShape m_shape;
    std::vector<int> m_layerWindow; // per layer: -1 caches nothing, 0 full attention, >0 window
};

} // namespace localrig::core::gguf
