// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace localrig::core::gguf {

// model.safetensors.index.json: the exact bytes of all shards and, in newer files, the parameter count.
struct SafetensorsIndex
{
    std::uint64_t totalBytes = 0; // metadata.total_size
    std::optional<std::uint64_t> totalParameters; // metadata.total_parameters, when written
    std::uint64_t tensors = 0; // entries in weight_map

    static Result<SafetensorsIndex> parse(std::string_view json);
};

// The whole text of a small file, refused when it is larger than maxBytes.
Result<std::string> readTextFile(const std::filesystem::path& path, std::uintmax_t maxBytes);

} // namespace localrig::core::gguf
