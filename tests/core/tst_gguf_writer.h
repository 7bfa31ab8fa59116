// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

// A small GGUF writer for the tests (docs/gguf.md, versions 2 and 3): metadata of every value type,
// tensor infos and zero-filled tensor data. It records where each field lands ("landmarks"), so the
// corruption tests can damage exactly one field. Written from the specification, independent of the
// reader in core/gguf.
namespace ggufTest {

// ggml type ids used by the fixtures (docs/gguf.md enum ggml_type).
enum GgmlTypeId : std::uint32_t {
    F32 = 0,
    F16 = 1,
    Q4_0 = 2,
    Q4_1 = 3,
    Q5_0 = 6,
    Q5_1 = 7,
    Q8_0 = 8,
    Q2_K = 10,
    Q3_K = 11,
    Q4_K = 12,
    Q5_K = 13,
    Q6_K = 14,
    IQ4_NL = 20,
    IQ4_XS = 23,
    BF16 = 30,
    MXFP4 = 39,
};

class GgufTestWriter
{
public:
    explicit GgufTestWriter(std::uint32_t version = 3, std::uint64_t alignment = 32);

    void addUInt32(const std::string& key, std::uint32_t value);
    void addUInt64(const std::string& key, std::uint64_t value);
    void addInt32(const std::string& key, std::int32_t value);
    void addFloat32(const std::string& key, float value);
    void addBool(const std::string& key, bool value);
    void addString(const std::string& key, const std::string& value);
    void addUInt32Array(const std::string& key, const std::vector<std::uint32_t>& values);
    void addInt32Array(const std::string& key, const std::vector<std::int32_t>& values);
    void addFloat32Array(const std::string& key, const std::vector<float>& values);
    void addBoolArray(const std::string& key, const std::vector<bool>& values);
    void addStringArray(const std::string& key, const std::vector<std::string>& values);
    // A value written verbatim after its type tag (for nested arrays and other hand-made values).
    void addRaw(const std::string& key, std::uint32_t type, const std::string& payload);

    // Data size follows the type's block layout (this file's own table); dims[0] is the row length.
    void addTensor(const std::string& name, const std::vector<std::uint64_t>& dims, std::uint32_t type);
    // Seeds for the fuzzer: every tensor shrinks to a single block, so files stay a few KB.
    void shrinkTensorsToOneBlock() { m_oneBlock = true; }

    std::string build();
    // Byte position of a field recorded by the last build(), e.g. "tensor_count",
    // "kv:general.name" (key length), "kv:general.name:type", "kv:general.name:value",
    // "tensor:blk.0.attn_q.weight" (name length), ":ndims", ":dim0", ":type", ":offset", "data".
    std::size_t at(const std::string& landmark) const;

    static std::string u32(std::uint32_t value);
    static std::string u64(std::uint64_t value);
    static std::string str(const std::string& text);

private:
    struct Entry
    {
        std::string key;
        std::uint32_t type = 0;
        std::string payload;
        std::size_t arrayHeader = 0; // 1 if payload starts with an array's element type and length
    };
    struct Tensor
    {
        std::string name;
        std::vector<std::uint64_t> dims;
        std::uint32_t type = 0;
    };

    std::uint32_t m_version = 3;
    std::uint64_t m_alignment = 32;
    bool m_oneBlock = false;
    std::vector<Entry> m_entries;
    std::vector<Tensor> m_tensors;
    std::map<std::string, std::size_t> m_landmarks;
};

// Patch helpers for corruption tests: overwrite little-endian integers in place.
void patchU32(std::string& bytes, std::size_t at, std::uint32_t value);
void patchU64(std::string& bytes, std::size_t at, std::uint64_t value);

// The three fixture models (tensor shapes and expected sums are worked out in tst_gguf_reader.cpp).
GgufTestWriter denseLlamaFixture(); // llama: 2 layers, 4 heads, 2 KV heads, head dim 64
GgufTestWriter moeFixture(); // qwen3moe, GGUF v2: 3 layers, KV heads per layer [2, 2, 1], 8 experts, 2 used
GgufTestWriter slidingGemmaFixture(); // gemma3: 8 layers, window 512 on 7 of them, alignment 64

} // namespace ggufTest
