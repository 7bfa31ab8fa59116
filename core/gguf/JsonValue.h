// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace localrig::core::gguf {

// A parsed JSON value (RFC 8259). Objects keep their members in file order.
struct JsonValue
{
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0.0;
    std::optional<std::int64_t> integer; // set when the number is written without fraction or exponent and fits
    std::string string;
    std::vector<JsonValue> items; // array items
    std::vector<std::string> keys; // object member names
    std::vector<JsonValue> values; // object member values, parallel to keys

    bool isNull() const { return kind == Kind::Null; }
    bool isObject() const { return kind == Kind::Object; }
    bool isArray() const { return kind == Kind::Array; }
    bool isString() const { return kind == Kind::String; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isBool() const { return kind == Kind::Bool; }
    // The member's value, or nullptr when this is not an object or has no such member.
    const JsonValue* member(std::string_view key) const;
};

} // namespace localrig::core::gguf
