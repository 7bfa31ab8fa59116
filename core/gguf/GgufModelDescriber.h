// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GgufFile.h"
#include "ModelFileReport.h"
#include "core/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace localrig::core::gguf {

// Turns a GGUF header into a model: parameters and exact weight bytes from the tensor infos, the
// attention layout from the `[arch].*` metadata (GQA, per-layer KV heads, sliding-window layers, MLA,
// experts), and a core::ModelSpec whose KV groups follow that layout.
class GgufModelDescriber
{
public:
    static Result<ModelFileReport> describe(const GgufFile& file);

private:
    explicit GgufModelDescriber(const GgufFile& file);

    Result<ModelFileReport> run();
    Result<void> countTensors();
    Result<void> readShape();
    Result<void> readSlidingLayers();
    void buildSpec();

    // `[arch].<key>` as an integer in [minValue, maxValue]; nullopt when absent.
    Result<std::optional<std::int64_t>> integer(std::string_view key, std::int64_t minValue, std::int64_t maxValue);
    // `[arch].<key>` given once for all layers or as an array with one entry per layer.
    Result<std::vector<int>> perLayer(std::string_view key, int fallback, std::int64_t maxValue);
    const GgufValue* archValue(std::string_view key) const;
    std::string archKey(std::string_view key) const;
    std::string text(std::string_view key) const;

    const GgufFile& m_file;
    ModelFileReport m_report;
    std::string m_arch;
    std::vector<int> m_kvHeads; // per layer
    std::vector<bool> m_sliding; // per layer
    bool m_recurrent = false; // SSM/linear layers beside attention
};

} // namespace localrig::core::gguf
