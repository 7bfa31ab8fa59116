// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GgufFile.h"
#include "GgufInput.h"
#include "core/Result.h"

#include <cstdint>
#include <filesystem>
#include <istream>

namespace localrig::core::gguf {

// Reads the header of a GGUF file (docs/gguf.md, versions 2 and 3): magic, version, counts, typed
// metadata and tensor infos. Tensor data is never read; the file is never mapped. Every count and
// length is checked against the bytes that remain before it is trusted, so a hostile header yields an
// Error naming what is wrong and where, never an exception or an allocation the file cannot back.
class GgufReader
{
public:
    static constexpr std::uint64_t kMaxTensors = 1ULL << 20U;
    static constexpr std::uint64_t kMaxKeyValues = 1ULL << 20U;
    static constexpr std::uint64_t kMaxKeyLength = 65535; // docs/gguf.md
    static constexpr std::uint64_t kMaxTensorNameLength = 64; // docs/gguf.md
    static constexpr std::uint32_t kMaxDimensions = 4; // GGML_MAX_DIMS
    static constexpr std::uint64_t kMaxAlignment = 1ULL << 20U;

    static Result<GgufFile> read(std::istream& in);
    static Result<GgufFile> readFile(const std::filesystem::path& path);

private:
    explicit GgufReader(std::istream& in);

    Result<GgufFile> run();
    Result<void> readHeader();
    Result<void> readMetadata();
    Result<void> readAlignment();
    Result<void> readTensorInfos();
    Result<void> readTensorInfo(std::uint64_t index);
    Result<void> checkTensorData();

    GgufInput m_input;
    GgufFile m_file;
    std::uint64_t m_tensorCount = 0;
    std::uint64_t m_keyValueCount = 0;
};

} // namespace localrig::core::gguf
