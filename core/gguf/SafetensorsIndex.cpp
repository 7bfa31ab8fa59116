// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetensorsIndex.h"

#include "StrictJson.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace localrig::core::gguf {

namespace {

constexpr double kMaxBytes = 1e15; // 100 T parameters at 8 bytes each, with margin
constexpr double kMaxParams = 100e12;

} // namespace

Result<SafetensorsIndex> SafetensorsIndex::parse(std::string_view json)
{
    auto root = parseStrictJson(json);
    if (!root) {
        return makeError(root.error().code, "safetensors index: " + root.error().detail);
    }
    const Json* metadata = jsonMember(root.value(), "metadata");
    const Json* size = metadata ? jsonMember(*metadata, "total_size") : nullptr;
    if (!size || !size->is_number() || !(size->get<double>() > 0 && size->get<double>() <= kMaxBytes)) {
        return makeError(ErrorCode::InvalidInput,
                         "safetensors index: metadata.total_size must be a positive number of bytes");
    }
    SafetensorsIndex index;
    index.totalBytes = static_cast<std::uint64_t>(size->get<double>());
    const Json* counted = jsonMember(*metadata, "total_parameters");
    if (counted && counted->is_number() && counted->get<double>() > 0 && counted->get<double>() <= kMaxParams) {
        index.totalParameters = static_cast<std::uint64_t>(counted->get<double>());
    }
    if (const Json* map = jsonMember(root.value(), "weight_map"); map && map->is_object()) {
        index.tensors = map->size();
    }
    return index;
}

Result<std::string> readTextFile(const std::filesystem::path& path, std::uintmax_t maxBytes)
{
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        return makeError(ErrorCode::Io, "cannot read '" + path.string() + "': " + ec.message());
    }
    if (size > maxBytes) {
        return makeError(ErrorCode::InvalidInput,
                         "'" + path.string() + "' is " + std::to_string(size) + " bytes, over the limit of "
                             + std::to_string(maxBytes));
    }
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    if (!file) {
        return makeError(ErrorCode::Io, "cannot read '" + path.string() + "'");
    }
    return text.str();
}

} // namespace localrig::core::gguf
