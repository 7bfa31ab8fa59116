// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GgufMetadataReader.h"

#include <bit>

namespace localrig::core::gguf {

namespace {

Error corrupt(std::string detail)
{
    return makeError(ErrorCode::CorruptCatalog, std::move(detail));
}

template <class T>
std::int64_t signExtend(std::uint64_t raw)
{
    return static_cast<std::int64_t>(static_cast<T>(raw));
}

} // namespace

GgufMetadataReader::GgufMetadataReader(GgufInput& input)
    : m_input(input)
{ }

Result<GgufValue> GgufMetadataReader::readValue(std::uint32_t type)
{
    return readValue(type, 0, true);
}

Result<GgufValue> GgufMetadataReader::readValue(std::uint32_t type, int depth, bool keep)
{
    if (!isKnownGgufValueType(type)) {
        return corrupt("unknown value type " + std::to_string(type) + " at byte " + std::to_string(m_input.position()));
    }
    const auto valueType = static_cast<GgufValueType>(type);
    if (valueType == GgufValueType::Array) {
        return readArray(depth + 1, keep);
    }
    if (valueType == GgufValueType::String) {
        const bool keepString = keep && m_stringBytesKept < kMaxStringBytesKept;
        BOOST_OUTCOME_TRY(text, m_input.readString("string", kMaxStringLength, keepString));
        m_stringBytesKept += text.size();
        if (m_stringBytesKept > kMaxStringBytesKept) {
            return corrupt("metadata strings exceed " + std::to_string(kMaxStringBytesKept) + " bytes in total");
        }
        return GgufValue{valueType, std::move(text)};
    }
    return readScalar(valueType);
}

Result<GgufValue> GgufMetadataReader::readScalar(GgufValueType type)
{
    const std::string what = ggufValueTypeName(static_cast<std::uint32_t>(type)) + " value";
    switch (type) {
    case GgufValueType::UInt8: {
        BOOST_OUTCOME_TRY(raw, m_input.readU8(what));
        return GgufValue{type, std::uint64_t{raw}};
    }
    case GgufValueType::Int8: {
        BOOST_OUTCOME_TRY(raw, m_input.readU8(what));
        return GgufValue{type, signExtend<std::int8_t>(raw)};
    }
    case GgufValueType::UInt16: {
        BOOST_OUTCOME_TRY(raw, m_input.readU16(what));
        return GgufValue{type, std::uint64_t{raw}};
    }
    case GgufValueType::Int16: {
        BOOST_OUTCOME_TRY(raw, m_input.readU16(what));
        return GgufValue{type, signExtend<std::int16_t>(raw)};
    }
    case GgufValueType::UInt32: {
        BOOST_OUTCOME_TRY(raw, m_input.readU32(what));
        return GgufValue{type, std::uint64_t{raw}};
    }
    case GgufValueType::Int32: {
        BOOST_OUTCOME_TRY(raw, m_input.readU32(what));
        return GgufValue{type, signExtend<std::int32_t>(raw)};
    }
    case GgufValueType::UInt64: {
        BOOST_OUTCOME_TRY(raw, m_input.readU64(what));
        return GgufValue{type, std::uint64_t{raw}};
    }
    case GgufValueType::Int64: {
        BOOST_OUTCOME_TRY(raw, m_input.readU64(what));
        return GgufValue{type, static_cast<std::int64_t>(raw)};
    }
    case GgufValueType::Float32: {
        BOOST_OUTCOME_TRY(raw, m_input.readU32(what));
        return GgufValue{type, static_cast<double>(std::bit_cast<float>(raw))};
    }
    case GgufValueType::Float64: {
        BOOST_OUTCOME_TRY(raw, m_input.readU64(what));
        return GgufValue{type, std::bit_cast<double>(raw)};
    }
    case GgufValueType::Bool: {
        const std::uint64_t at = m_input.position();
        BOOST_OUTCOME_TRY(raw, m_input.readU8(what));
        if (raw > 1) {
            return corrupt("bool value " + std::to_string(raw) + " at byte " + std::to_string(at)
                           + " is neither 0 nor 1");
        }
        return GgufValue{type, raw == 1};
    }
    case GgufValueType::String:
    case GgufValueType::Array:
        break;
    }
    return corrupt("value type " + ggufValueTypeName(static_cast<std::uint32_t>(type)) + " is not a scalar");
}

Result<GgufValue> GgufMetadataReader::readArray(int depth, bool keep)
{
    const std::uint64_t at = m_input.position();
    if (depth > kMaxArrayDepth) {
        return corrupt("arrays nested deeper than " + std::to_string(kMaxArrayDepth) + " levels at byte "
                       + std::to_string(at));
    }
    BOOST_OUTCOME_TRY(elementType, m_input.readU32("array element type"));
    BOOST_OUTCOME_TRY(length, m_input.readU64("array length"));
    if (!isKnownGgufValueType(elementType)) {
        return corrupt("array at byte " + std::to_string(at) + " has unknown element type "
                       + std::to_string(elementType));
    }
    const auto type = static_cast<GgufValueType>(elementType);
    // Smallest possible element: the scalar itself, a string's 8-byte length, an array's 12-byte header.
    const std::uint64_t scalar = ggufScalarSize(type);
    const std::uint64_t minimum = scalar != 0 ? scalar : (type == GgufValueType::String ? 8 : 12);
    if (length > kMaxArrayLength || length > m_input.remaining() / minimum) {
        return corrupt("array length " + std::to_string(length) + " of " + ggufValueTypeName(elementType) + " at byte "
                       + std::to_string(at) + " needs at least " + std::to_string(minimum)
                       + " bytes per element but only " + std::to_string(m_input.remaining()) + " bytes remain");
    }
    GgufArray array;
    array.elementType = type;
    array.length = length;
    const bool scalarItems = scalar != 0;
    array.retained = keep && scalarItems && length <= kMaxArrayItemsKept && m_itemsKept + length <= kMaxItemsKept;
    if (scalarItems && !array.retained) {
        BOOST_OUTCOME_TRYV(m_input.skip(length * scalar, "array items"));
        return GgufValue{GgufValueType::Array, std::move(array)};
    }
    if (array.retained) {
        array.items.reserve(static_cast<std::size_t>(length));
        m_itemsKept += length;
    }
    for (std::uint64_t i = 0; i < length; ++i) {
        auto item = readValue(elementType, depth, array.retained);
        if (!item) {
            return corrupt("array item " + std::to_string(i) + " of " + std::to_string(length) + ": "
                           + item.error().detail);
        }
        if (array.retained) {
            array.items.push_back(std::move(item).value());
        }
    }
    return GgufValue{GgufValueType::Array, std::move(array)};
}

} // namespace localrig::core::gguf
