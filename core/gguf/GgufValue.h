// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// Typed GGUF metadata values (docs/gguf.md, gguf_metadata_value_type).
namespace localrig::core::gguf {

enum class GgufValueType : std::uint32_t {
    UInt8 = 0,
    Int8 = 1,
    UInt16 = 2,
    Int16 = 3,
    UInt32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    UInt64 = 10,
    Int64 = 11,
    Float64 = 12,
};

// "uint32", "string", ...; "type 13" for values outside the specification.
std::string ggufValueTypeName(std::uint32_t type);
bool isKnownGgufValueType(std::uint32_t type);
// Bytes of one scalar of this type on disk; 0 for string and array (variable length).
std::uint64_t ggufScalarSize(GgufValueType type);

struct GgufValue;

// An array keeps its element type and length; its items are kept only while small (a 262,144-token
// vocabulary is counted, not stored), so memory never follows a count read from the file.
struct GgufArray
{
    GgufValueType elementType = GgufValueType::UInt8;
    std::uint64_t length = 0;
    std::vector<GgufValue> items; // empty unless retained
    bool retained = false;
};

struct GgufValue
{
    GgufValueType type = GgufValueType::UInt8;
    std::variant<std::uint64_t, std::int64_t, double, bool, std::string, GgufArray> data;

    // The value as a signed integer if it is an integer type that fits; bool and floats do not convert.
    std::optional<std::int64_t> asInteger() const;
    std::optional<double> asNumber() const; // integers and floats
    std::optional<bool> asBool() const;
    const std::string* asString() const;
    const GgufArray* asArray() const;
};

} // namespace localrig::core::gguf
