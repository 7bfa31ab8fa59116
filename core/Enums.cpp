// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"

#include <array>
#include <string>
#include <utility>

namespace localrig::core {

namespace {

template <class E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

constexpr NameTable<AttentionKind, 4> kAttentionNames{{
    {AttentionKind::Gqa, "gqa"},
    {AttentionKind::Mla, "mla"},
    {AttentionKind::Sliding, "sliding"},
    {AttentionKind::HybridLinear, "hybrid_linear"},
}};
constexpr NameTable<MemoryKind, 3> kMemoryKindNames{{
    {MemoryKind::Unified, "unified"},
    {MemoryKind::Discrete, "discrete"},
    {MemoryKind::System, "system"},
}};
constexpr NameTable<Backend, 5> kBackendNames{{
    {Backend::Metal, "metal"},
    {Backend::Cuda, "cuda"},
    {Backend::Rocm, "rocm"},
    {Backend::Vulkan, "vulkan"},
    {Backend::Cpu, "cpu"},
}};
constexpr NameTable<KvCacheType, 3> kKvTypeNames{{
    {KvCacheType::F16, "f16"},
    {KvCacheType::Q8_0, "q8_0"},
    {KvCacheType::Q4_0, "q4_0"},
}};
constexpr NameTable<QuantFormat, 8> kQuantFormatNames{{
    {QuantFormat::Float, "float"},
    {QuantFormat::Gguf, "gguf"},
    {QuantFormat::Mlx, "mlx"},
    {QuantFormat::Awq, "awq"},
    {QuantFormat::Gptq, "gptq"},
    {QuantFormat::Fp8, "fp8"},
    {QuantFormat::MicroFloat4, "fp4"},
    {QuantFormat::Qat, "qat"},
}};
constexpr NameTable<QuantKernel, 7> kQuantKernelNames{{
    {QuantKernel::Float16, "float16"},
    {QuantKernel::Q8, "q8"},
    {QuantKernel::KQuant, "kquant"},
    {QuantKernel::Legacy4, "legacy4"},
    {QuantKernel::IQuant, "iquant"},
    {QuantKernel::Fp4, "fp4"},
    {QuantKernel::Other, "other"},
}};
constexpr NameTable<FitVerdict, 5> kVerdictNames{{
    {FitVerdict::Comfortable, "comfortable"},
    {FitVerdict::Tight, "tight"},
    {FitVerdict::FitsInVram, "fits_in_vram"},
    {FitVerdict::PartialOffload, "partial_offload"},
    {FitVerdict::WontFit, "wont_fit"},
}};

template <class E, std::size_t N>
std::string_view nameOf(const NameTable<E, N>& table, E value)
{
    for (const auto& [entry, name] : table) {
        if (entry == value) {
            return name;
        }
    }
    return "unknown";
}

template <class E, std::size_t N>
Result<E> parse(const NameTable<E, N>& table, std::string_view text, std::string_view what)
{
    std::string choices;
    for (const auto& [entry, name] : table) {
        if (name == text) {
            return entry;
        }
        choices += choices.empty() ? "" : ", ";
        choices += name;
    }
    return makeError(ErrorCode::InvalidInput,
                     std::string(what) + " '" + std::string(text) + "' is not one of: " + choices);
}

} // namespace

std::string_view toString(AttentionKind value)
{
    return nameOf(kAttentionNames, value);
}
std::string_view toString(MemoryKind value)
{
    return nameOf(kMemoryKindNames, value);
}
std::string_view toString(Backend value)
{
    return nameOf(kBackendNames, value);
}
std::string_view toString(KvCacheType value)
{
    return nameOf(kKvTypeNames, value);
}
std::string_view toString(QuantFormat value)
{
    return nameOf(kQuantFormatNames, value);
}
std::string_view toString(QuantKernel value)
{
    return nameOf(kQuantKernelNames, value);
}
std::string_view toString(FitVerdict value)
{
    return nameOf(kVerdictNames, value);
}

Result<AttentionKind> parseAttentionKind(std::string_view text)
{
    return parse(kAttentionNames, text, "attention kind");
}
Result<MemoryKind> parseMemoryKind(std::string_view text)
{
    return parse(kMemoryKindNames, text, "memory kind");
}
Result<Backend> parseBackend(std::string_view text)
{
    return parse(kBackendNames, text, "backend");
}
Result<KvCacheType> parseKvCacheType(std::string_view text)
{
    return parse(kKvTypeNames, text, "KV cache type");
}
Result<QuantFormat> parseQuantFormat(std::string_view text)
{
    return parse(kQuantFormatNames, text, "quantization format");
}
Result<QuantKernel> parseQuantKernel(std::string_view text)
{
    return parse(kQuantKernelNames, text, "quantization kernel");
}

} // namespace localrig::core
