// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace localrig::core::gguf {

using Json = nlohmann::json;

// Parses a model config (RFC 8259, via nlohmann/json) with the limits a hostile file must not pass:
// at most kMaxJsonBytes, nesting at most kMaxJsonDepth levels, no duplicate member names. nlohmann/json
// itself rejects comments, trailing commas, malformed UTF-8 and numbers beyond a double. Nothing throws:
// errors are InvalidInput and name the line and column ("JSON line 3, column 5: ...").
constexpr std::size_t kMaxJsonBytes = 64U << 20U;
constexpr int kMaxJsonDepth = 64;

Result<Json> parseStrictJson(std::string_view text);

// The member `key` of an object, or nullptr when `value` is not an object or has no such member.
const Json* jsonMember(const Json& value, std::string_view key);

// "a string", "an array", ... for error messages.
std::string jsonTypeName(const Json& value);

} // namespace localrig::core::gguf
