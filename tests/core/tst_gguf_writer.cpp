// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_gguf_writer.h"

#include <bit>
#include <stdexcept>

namespace ggufTest {

namespace {

enum ValueType : std::uint32_t {
    UInt32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    UInt64 = 10,
};

struct Block
{
    std::uint64_t elements;
    std::uint64_t bytes;
};

// Block layouts from ggml-common.h (elements per block, bytes per block).
Block blockOf(std::uint32_t type)
{
    switch (type) {
    case F32:
        return {1, 4};
    case F16:
    case BF16:
        return {1, 2};
    case Q4_0:
    case IQ4_NL:
        return {32, 18};
    case Q4_1:
        return {32, 20};
    case Q5_0:
        return {32, 22};
    case Q5_1:
        return {32, 24};
    case Q8_0:
        return {32, 34};
    case MXFP4:
        return {32, 17};
    case Q2_K:
        return {256, 84};
    case Q3_K:
        return {256, 110};
    case Q4_K:
        return {256, 144};
    case Q5_K:
        return {256, 176};
    case Q6_K:
        return {256, 210};
    case IQ4_XS:
        return {256, 136};
    default:
        throw std::invalid_argument("fixture uses a ggml type the test writer does not know");
    }
}

std::string arrayPayload(std::uint32_t elementType, std::uint64_t length, const std::string& items)
{
    return GgufTestWriter::u32(elementType) + GgufTestWriter::u64(length) + items;
}

} // namespace

GgufTestWriter::GgufTestWriter(std::uint32_t version, std::uint64_t alignment)
    : m_version(version)
    , m_alignment(alignment)
{ }

std::string GgufTestWriter::u32(std::uint32_t value)
{
    std::string out;
    for (int i = 0; i < 4; ++i) {
        out += static_cast<char>((value >> (8 * i)) & 0xFFU);
    }
    return out;
}

std::string GgufTestWriter::u64(std::uint64_t value)
{
    std::string out;
    for (int i = 0; i < 8; ++i) {
        out += static_cast<char>((value >> (8 * i)) & 0xFFU);
    }
    return out;
}

std::string GgufTestWriter::str(const std::string& text)
{
    return u64(text.size()) + text;
}

void GgufTestWriter::addUInt32(const std::string& key, std::uint32_t value)
{
    m_entries.push_back({key, UInt32, u32(value), 0});
}

void GgufTestWriter::addUInt64(const std::string& key, std::uint64_t value)
{
    m_entries.push_back({key, UInt64, u64(value), 0});
}

void GgufTestWriter::addInt32(const std::string& key, std::int32_t value)
{
    m_entries.push_back({key, Int32, u32(static_cast<std::uint32_t>(value)), 0});
}

void GgufTestWriter::addFloat32(const std::string& key, float value)
{
    m_entries.push_back({key, Float32, u32(std::bit_cast<std::uint32_t>(value)), 0});
}

void GgufTestWriter::addBool(const std::string& key, bool value)
{
    m_entries.push_back({key, Bool, std::string(1, value ? '\1' : '\0'), 0});
}

void GgufTestWriter::addString(const std::string& key, const std::string& value)
{
    m_entries.push_back({key, String, str(value), 0});
}

void GgufTestWriter::addUInt32Array(const std::string& key, const std::vector<std::uint32_t>& values)
{
    std::string items;
    for (const std::uint32_t v : values) {
        items += u32(v);
    }
    m_entries.push_back({key, Array, arrayPayload(UInt32, values.size(), items), 1});
}

void GgufTestWriter::addInt32Array(const std::string& key, const std::vector<std::int32_t>& values)
{
    std::string items;
    for (const std::int32_t v : values) {
        items += u32(static_cast<std::uint32_t>(v));
    }
    m_entries.push_back({key, Array, arrayPayload(Int32, values.size(), items), 1});
}

void GgufTestWriter::addFloat32Array(const std::string& key, const std::vector<float>& values)
{
    std::string items;
    for (const float v : values) {
        items += u32(std::bit_cast<std::uint32_t>(v));
    }
    m_entries.push_back({key, Array, arrayPayload(Float32, values.size(), items), 1});
}

void GgufTestWriter::addBoolArray(const std::string& key, const std::vector<bool>& values)
{
    std::string items;
    for (const bool v : values) {
        items += v ? '\1' : '\0';
    }
    m_entries.push_back({key, Array, arrayPayload(Bool, values.size(), items), 1});
}

void GgufTestWriter::addStringArray(const std::string& key, const std::vector<std::string>& values)
{
    std::string items;
    for (const std::string& v : values) {
        items += str(v);
    }
    m_entries.push_back({key, Array, arrayPayload(String, values.size(), items), 1});
}

void GgufTestWriter::addRaw(const std::string& key, std::uint32_t type, const std::string& payload)
{
    m_entries.push_back({key, type, payload, type == Array ? 1U : 0U});
}

void GgufTestWriter::addTensor(const std::string& name, const std::vector<std::uint64_t>& dims, std::uint32_t type)
{
    m_tensors.push_back({name, dims, type});
}

std::string GgufTestWriter::build()
{
    m_landmarks.clear();
    std::string out = "GGUF" + u32(m_version);
    m_landmarks["tensor_count"] = out.size();
    out += u64(m_tensors.size());
    m_landmarks["kv_count"] = out.size();
    out += u64(m_entries.size());
    for (const Entry& entry : m_entries) {
        const std::string at = "kv:" + entry.key;
        m_landmarks[at] = out.size();
        out += str(entry.key);
        m_landmarks[at + ":type"] = out.size();
        out += u32(entry.type);
        m_landmarks[at + ":value"] = out.size();
        if (entry.arrayHeader != 0) {
            m_landmarks[at + ":array_length"] = out.size() + 4;
        }
        out += entry.payload;
    }
    std::vector<std::uint64_t> sizes;
    std::uint64_t offset = 0;
    for (Tensor& tensor : m_tensors) {
        const Block block = blockOf(tensor.type);
        if (m_oneBlock) {
            tensor.dims = {block.elements};
        }
        std::uint64_t elements = 1;
        for (const std::uint64_t d : tensor.dims) {
            elements *= d;
        }
        const std::uint64_t bytes = elements / block.elements * block.bytes;
        const std::string at = "tensor:" + tensor.name;
        m_landmarks[at] = out.size();
        out += str(tensor.name);
        m_landmarks[at + ":ndims"] = out.size();
        out += u32(static_cast<std::uint32_t>(tensor.dims.size()));
        for (std::size_t d = 0; d < tensor.dims.size(); ++d) {
            m_landmarks[at + ":dim" + std::to_string(d)] = out.size();
            out += u64(tensor.dims[d]);
        }
        m_landmarks[at + ":type"] = out.size();
        out += u32(tensor.type);
        m_landmarks[at + ":offset"] = out.size();
        out += u64(offset);
        sizes.push_back(bytes);
        offset += (bytes + m_alignment - 1) / m_alignment * m_alignment;
    }
    m_landmarks["tensor_infos_end"] = out.size();
    out.resize((out.size() + m_alignment - 1) / m_alignment * m_alignment, '\0');
    m_landmarks["data"] = out.size();
    // Tensors are padded to the alignment between each other; the last one ends the file.
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        out.append(sizes[i], '\x5A');
        if (i + 1 < sizes.size()) {
            out.resize((out.size() + m_alignment - 1) / m_alignment * m_alignment, '\0');
        }
    }
    return out;
}

std::size_t GgufTestWriter::at(const std::string& landmark) const
{
    const auto found = m_landmarks.find(landmark);
    if (found == m_landmarks.end()) {
        throw std::out_of_range("no landmark " + landmark);
    }
    return found->second;
}

void patchU32(std::string& bytes, std::size_t at, std::uint32_t value)
{
    bytes.replace(at, 4, GgufTestWriter::u32(value));
}

void patchU64(std::string& bytes, std::size_t at, std::uint64_t value)
{
    bytes.replace(at, 8, GgufTestWriter::u64(value));
}

} // namespace ggufTest
