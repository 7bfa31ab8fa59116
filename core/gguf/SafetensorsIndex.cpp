// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetensorsIndex.h"

#include "JsonParser.h"

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
    auto root = JsonParser::parse(json);
    if (!root) {
        return makeError(root.error().code, "safetensors index: " + root.error().detail);
    }
    const JsonValue* metadata = root.value().member("metadata");
    const JsonValue* size = metadata ? metadata->member("total_size") : nullptr;
    if (!size || !size->isNumber() || !(size->number > 0 && size->number <= kMaxBytes)) {
        return makeError(ErrorCode::InvalidInput,
                         "safetensors index: metadata.total_size must be a positive number of bytes");
    }
    SafetensorsIndex index;
    index.totalBytes = static_cast<std::uint64_t>(size->number);
    const JsonValue* counted = metadata->member("total_parameters");
    if (counted && counted->isNumber() && counted->number > 0 && counted->number <= kMaxParams) {
        index.totalParameters = static_cast<std::uint64_t>(counted->number);
    }
    if (const JsonValue* map = root.value().member("weight_map"); map && map->isObject()) {
        index.tensors = map->keys.size();
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
